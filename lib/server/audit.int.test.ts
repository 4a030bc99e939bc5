import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { AuditAction } from "@/lib/domain/audit-actions";
import { writeAudit } from "./audit";

describe("audit trail", () => {
  it("accepts new rows and the database refuses UPDATE, DELETE and TRUNCATE", async () => {
    await writeAudit(db(), { actor: null, ip: "127.0.0.1" }, "test.append" as AuditAction, "SUCCESS", { reason: "first" });
    const row = await db().auditEvent.findFirstOrThrow({ where: { action: "test.append" } });
    expect(row.reason).toBe("first");

    await expect(db().$executeRaw`UPDATE "AuditEvent" SET reason = 'changed' WHERE id = ${row.id}`).rejects.toThrow(/append-only/);
    await expect(db().$executeRaw`DELETE FROM "AuditEvent" WHERE id = ${row.id}`).rejects.toThrow(/append-only/);
    await expect(db().$executeRaw`TRUNCATE "AuditEvent"`).rejects.toThrow(/append-only/);
    await expect(db().auditEvent.update({ where: { id: row.id }, data: { reason: "x" } })).rejects.toThrow();

    const after = await db().auditEvent.findUniqueOrThrow({ where: { id: row.id } });
    expect(after.reason).toBe("first");
  });
});
