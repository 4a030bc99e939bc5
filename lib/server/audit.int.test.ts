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

  it("records input holding U+0000 (which text and jsonb cannot store) instead of failing the request", async () => {
    // The page fuzz found it: a search term with a NUL in an action's audit detail answered 500.
    const at = new Date("2026-12-01T12:00:00Z");
    await writeAudit(db(), { actor: null, ip: "127.0.0.1" }, "test.nul" as AuditAction, "SUCCESS", {
      reason: "why\u0000not",
      detail: { q: "a\u0000b", list: ["\u0000"], nested: { "k\u0000": 1 }, at: at as never },
    });
    const row = await db().auditEvent.findFirstOrThrow({ where: { action: "test.nul" }, orderBy: { id: "desc" } });
    expect(row.reason).toBe("why\uFFFDnot");
    expect(row.detail).toEqual({ q: "a\uFFFDb", list: ["\uFFFD"], nested: { "k\uFFFD": 1 }, at: at.toISOString() });
  });
});
