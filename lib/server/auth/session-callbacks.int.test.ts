import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { authOptions, SESSION_IDLE_SECONDS } from "./options";

const jwt = authOptions.callbacks!.jwt!;

async function makeUser(active: boolean) {
  return db().user.create({ data: { email: `jwt-${randomUUID()}@example.org`, name: "Jo Test", role: "NURSE", active } });
}

describe("session", () => {
  it("is a JWT with a 15-minute idle lifetime", () => {
    expect(authOptions.session?.strategy).toBe("jwt");
    expect(SESSION_IDLE_SECONDS).toBe(15 * 60);
    expect(authOptions.session?.maxAge).toBe(SESSION_IDLE_SECONDS);
  });

  it("carries id, role, organisation and patient from sign-in", async () => {
    const user = { id: "u1", email: "a@b", name: "A", role: "PATIENT" as const, organisationId: null, patientId: "p1" };
    const token = await jwt({ token: {}, user, account: null, trigger: "signIn" } as never);
    expect(token).toMatchObject({ sub: "u1", role: "PATIENT", patientId: "p1", organisationId: null });
  });

  it("re-checks the account after a minute: a deactivated account loses its session", async () => {
    const user = await makeUser(true);
    const stale = { sub: user.id, role: "NURSE" as const, checkedAt: Date.now() - 61_000 };
    await expect(jwt({ token: stale } as never)).resolves.toMatchObject({ sub: user.id });
    await db().user.update({ where: { id: user.id }, data: { active: false } });
    await expect(jwt({ token: stale } as never)).rejects.toThrow(/no longer active/);
  });

  it("does not hit the database again within the minute", async () => {
    const user = await makeUser(false);
    const fresh = { sub: user.id, role: "NURSE" as const, checkedAt: Date.now() };
    await expect(jwt({ token: fresh } as never)).resolves.toMatchObject({ sub: user.id });
  });
});
