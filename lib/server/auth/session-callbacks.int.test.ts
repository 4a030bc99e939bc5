import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { loadActor, type Caller } from "../actor";
import { stillSignedIn } from "../session";
import { deactivateUser } from "../users";
import { authOptions, SESSION_IDLE_SECONDS } from "./options";
import { idleMinutes, SESSION_ABSOLUTE_SECONDS } from "./sessions";

const jwt = authOptions.callbacks!.jwt!;
const signOut = authOptions.events!.signOut!;
const MINUTE_AGO = () => Date.now() - 61_000;

async function makeUser(active: boolean, role: "NURSE" | "ADMIN" = "NURSE") {
  return db().user.create({ data: { email: `jwt-${randomUUID()}@example.org`, name: "Jo Test", role, active } });
}

/** What the jwt callback makes at sign-in: the cookie's contents. */
async function signIn(user: { id: string; email: string; name: string; role: "NURSE" | "ADMIN" }) {
  const token = await jwt({ token: {}, user: { ...user, organisationId: null, patientId: null }, account: null, trigger: "signIn" } as never);
  return token as { sub: string; sessionId: string; signedInAt: number; checkedAt: number };
}

const identity = (token: { sessionId: string; signedInAt: number }) => ({ sessionId: token.sessionId, signedInAt: token.signedInAt });

describe("session", () => {
  it("is a JWT with a 15-minute idle lifetime and a 12-hour absolute one", () => {
    expect(authOptions.session?.strategy).toBe("jwt");
    expect(SESSION_IDLE_SECONDS).toBe(15 * 60);
    expect(SESSION_ABSOLUTE_SECONDS).toBe(12 * 60 * 60);
    expect(authOptions.session?.maxAge).toBe(SESSION_IDLE_SECONDS);
  });

  it("takes another idle lifetime only as whole minutes from 1 to 720 (UCP_SESSION_IDLE_MINUTES)", () => {
    expect(idleMinutes(undefined)).toBe(15);
    expect(idleMinutes("")).toBe(15);
    expect(idleMinutes("30")).toBe(30);
    for (const bad of ["0", "721", "1.5", "-5", "ten", "15m"]) expect(() => idleMinutes(bad), bad).toThrow(/UCP_SESSION_IDLE_MINUTES/);
  });

  it("carries id, role, the session and the sign-in time from sign-in", async () => {
    const user = await makeUser(true);
    const token = await signIn({ ...user, role: "NURSE" });
    expect(token).toMatchObject({ sub: user.id, role: "NURSE", organisationId: null, sessionId: expect.any(String) });
    expect(Math.abs(token.signedInAt - Date.now())).toBeLessThan(5_000);
    expect(await loadActor(user.id, identity(token))).toMatchObject({ userId: user.id });
  });

  it("re-checks the account after a minute: a deactivated account loses its session", async () => {
    const user = await makeUser(true);
    const stale = { ...(await signIn({ ...user, role: "NURSE" })), checkedAt: MINUTE_AGO() };
    await expect(jwt({ token: stale } as never)).resolves.toMatchObject({ sub: user.id });
    await db().user.update({ where: { id: user.id }, data: { active: false } });
    await expect(jwt({ token: stale } as never)).rejects.toThrow(/no longer active/);
  });

  it("does not hit the database again within the minute", async () => {
    const user = await makeUser(true);
    const fresh = await signIn({ ...user, role: "NURSE" });
    await db().user.update({ where: { id: user.id }, data: { active: false } });
    await expect(jwt({ token: fresh } as never)).resolves.toMatchObject({ sub: user.id });
  });

  it("sign-out ends every copy of the session, not just the cookie that signed out", async () => {
    const user = await makeUser(true);
    const token = await signIn({ ...user, role: "NURSE" });
    const copy = { ...token };
    const other = await signIn({ ...user, role: "NURSE" }); // the same person on another computer
    const caller: Caller = { actor: await loadActor(user.id, identity(copy)), session: identity(copy) };
    expect(await stillSignedIn(caller)).toBe(true);

    await signOut({ token } as never);

    expect(await loadActor(user.id, identity(copy))).toBeNull();
    expect(await stillSignedIn(caller)).toBe(false);
    await expect(jwt({ token: { ...copy, checkedAt: MINUTE_AGO() } } as never)).rejects.toThrow(/session has ended/);
    expect(await loadActor(user.id, identity(other))).not.toBeNull();
  });

  it("ends 12 hours after sign-in however often it is renewed", async () => {
    const user = await makeUser(true);
    const token = await signIn({ ...user, role: "NURSE" });
    const twelveHoursAgo = new Date(Date.now() - SESSION_ABSOLUTE_SECONDS * 1000 - 1000);
    await db().userSession.update({ where: { id: token.sessionId }, data: { signedInAt: twelveHoursAgo } });
    // The database says so even if the cookie claims a later sign-in...
    expect(await loadActor(user.id, identity(token))).toBeNull();
    // ...and a cookie saying so is refused at once, without waiting for the minute's re-check.
    await expect(jwt({ token: { ...token, signedInAt: twelveHoursAgo.getTime(), checkedAt: Date.now() } } as never)).rejects.toThrow(/over/);
  });

  it("refuses a cookie that names no session, or another person's session", async () => {
    const user = await makeUser(true);
    const someoneElse = await signIn({ ...(await makeUser(true)), role: "NURSE" });
    await expect(jwt({ token: { sub: user.id, role: "NURSE", checkedAt: Date.now() } } as never)).rejects.toThrow(/over/);
    expect(await loadActor(user.id, { sessionId: null })).toBeNull();
    expect(await loadActor(user.id, { sessionId: "not-a-uuid" })).toBeNull();
    expect(await loadActor(user.id, identity(someoneElse))).toBeNull();
  });

  it("deactivation ends every session of the account", async () => {
    const admin = await makeUser(true, "ADMIN");
    const adminToken = await signIn({ ...admin, role: "ADMIN" });
    const user = await makeUser(true);
    const sessions = [await signIn({ ...user, role: "NURSE" }), await signIn({ ...user, role: "NURSE" })];
    const adminCaller: Caller = { actor: await loadActor(admin.id, identity(adminToken)), session: identity(adminToken) };

    await deactivateUser(adminCaller, { userId: user.id });

    const open = await db().userSession.count({ where: { userId: user.id, endedAt: null } });
    expect(open).toBe(0);
    for (const token of sessions) expect(await loadActor(user.id, identity(token))).toBeNull();
    // Reactivated, the old sessions stay ended: a new sign-in is needed.
    await db().user.update({ where: { id: user.id }, data: { active: true } });
    for (const token of sessions) expect(await loadActor(user.id, identity(token))).toBeNull();
  });
});
