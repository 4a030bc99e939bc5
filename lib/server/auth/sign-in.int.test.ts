import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { hashPassword } from "./password";
import { signInWithPassword, throttle } from "./sign-in";

const PASSWORD = "correct horse battery staple";
let passwordHash: string;

// Unique-local IPv6 addresses: random enough that no two tests share one.
const uniqueIp = () => `fd99::${[0, 1, 2].map(() => randomBytes(2).toString("hex")).join(":")}`;
const uniqueEmail = (tag: string) => `${tag}-${randomBytes(5).toString("hex")}@signin.test`;

async function createUser(overrides: { active?: boolean; role?: "GP" | "NURSE" | "ADMIN" } = {}) {
  return db().user.create({
    data: { email: uniqueEmail("user"), name: "Test User", role: overrides.role ?? "GP", passwordHash, active: overrides.active ?? true },
  });
}

/** An account that signs in only through an identity provider: no password hash at all. */
async function createIdentityProviderUser(provider: "cis2" | "nhs-login") {
  const email = uniqueEmail(provider);
  return db().user.create({
    data: { email, name: "SSO User", role: provider === "cis2" ? "GP" : "PATIENT", identityProvider: provider, externalId: email },
  });
}

/** The fixed string the timing hash was once made from (it signed in as any SSO account). */
const OLD_DUMMY_PASSWORD = "not-a-real-password-used-for-timing-only";

async function signInRows(ip: string) {
  return db().auditEvent.findMany({ where: { action: "auth.signIn", ip }, orderBy: { id: "asc" } });
}

beforeAll(async () => {
  passwordHash = await hashPassword(PASSWORD);
});

describe("signInWithPassword", () => {
  it("signs in with the right password and audits SUCCESS with the actor", async () => {
    const user = await createUser({ role: "NURSE" });
    const ip = uniqueIp();
    const result = await signInWithPassword({ email: user.email, password: PASSWORD }, { ip, userAgent: "vitest" });
    expect(result).toEqual({ ok: true, user: expect.objectContaining({ id: user.id, email: user.email, role: "NURSE" }) });

    const rows = await signInRows(ip);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ outcome: "SUCCESS", actorId: user.id, actorRole: "NURSE", userAgent: "vitest" });
    const after = await db().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.lastLoginAt).not.toBeNull();
  });

  it("refuses a wrong password as invalid and audits FAILURE with the email", async () => {
    const user = await createUser();
    const ip = uniqueIp();
    expect(await signInWithPassword({ email: user.email, password: "wrong" }, { ip })).toEqual({ ok: false, reason: "invalid" });

    const rows = await signInRows(ip);
    expect(rows).toHaveLength(1);
    expect(rows[0].outcome).toBe("FAILURE");
    expect(rows[0].actorId).toBeNull();
    expect(rows[0].detail).toMatchObject({ email: user.email, reason: "invalid" });
  });

  it("refuses an unknown email the same way", async () => {
    const email = uniqueEmail("nobody");
    expect(await signInWithPassword({ email, password: PASSWORD }, { ip: uniqueIp() })).toEqual({ ok: false, reason: "invalid" });
  });

  it("matches the email case-insensitively", async () => {
    const user = await createUser();
    const result = await signInWithPassword({ email: `  ${user.email.toUpperCase()} `, password: PASSWORD }, { ip: uniqueIp() });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.user.id).toBe(user.id);
  });

  it("refuses malformed input without throwing", async () => {
    expect(await signInWithPassword(null, { ip: uniqueIp() })).toEqual({ ok: false, reason: "invalid" });
    expect(await signInWithPassword({ email: 42, password: [] }, { ip: uniqueIp() })).toEqual({ ok: false, reason: "invalid" });
  });

  it("locks the account after too many failures, even for the right password", async () => {
    const user = await createUser();
    for (let i = 0; i < throttle.maxFailuresPerAccount; i++) {
      // A fresh IP each time, so only the per-account limit is in play.
      expect(await signInWithPassword({ email: user.email, password: `wrong-${i}` }, { ip: uniqueIp() })).toEqual({ ok: false, reason: "invalid" });
    }
    const ip = uniqueIp();
    expect(await signInWithPassword({ email: user.email, password: PASSWORD }, { ip })).toEqual({ ok: false, reason: "throttled" });
    const rows = await signInRows(ip);
    expect(rows.map((r) => r.outcome)).toEqual(["FAILURE"]);
    expect(rows[0].detail).toMatchObject({ reason: "throttled", userId: user.id });
  });

  it("throttles an IP after too many failures, for any account, but not other IPs", async () => {
    const ip = uniqueIp();
    for (let i = 0; i < throttle.maxFailuresPerIp; i++) {
      const result = await signInWithPassword({ email: uniqueEmail("probe"), password: "guess" }, { ip });
      expect(result).toEqual({ ok: false, reason: "invalid" });
    }
    const user = await createUser();
    expect(await signInWithPassword({ email: user.email, password: PASSWORD }, { ip })).toEqual({ ok: false, reason: "throttled" });
    const elsewhere = await signInWithPassword({ email: user.email, password: PASSWORD }, { ip: uniqueIp() });
    expect(elsewhere.ok).toBe(true);
  });

  it("refuses a deactivated account with the right password", async () => {
    const user = await createUser({ active: false });
    const ip = uniqueIp();
    expect(await signInWithPassword({ email: user.email, password: PASSWORD }, { ip })).toEqual({ ok: false, reason: "inactive" });
    const rows = await signInRows(ip);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ outcome: "FAILURE", actorId: null });
    // With the wrong password it does not reveal that the account exists but is inactive.
    expect(await signInWithPassword({ email: user.email, password: "wrong" }, { ip: uniqueIp() })).toEqual({ ok: false, reason: "invalid" });
  });

  it("never writes a password or its hash into the audit trail", async () => {
    const user = await createUser();
    await signInWithPassword({ email: user.email, password: "not-the-password" }, { ip: uniqueIp() });
    await signInWithPassword({ email: user.email, password: PASSWORD }, { ip: uniqueIp() });
    const rows = await db().auditEvent.findMany({ where: { action: "auth.signIn" } });
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const text = JSON.stringify(row.detail ?? null);
      expect(text).not.toContain(passwordHash);
      expect(text).not.toContain("$argon2");
      expect(text).not.toContain(PASSWORD);
      expect(text).not.toContain("not-the-password");
    }
  });

  it("never signs an identity-provider account in with a password, not even the old dummy string", async () => {
    for (const provider of ["cis2", "nhs-login"] as const) {
      const user = await createIdentityProviderUser(provider);
      for (const password of [OLD_DUMMY_PASSWORD, "", "anything"]) {
        expect(await signInWithPassword({ email: user.email, password }, { ip: uniqueIp() })).toEqual({ ok: false, reason: "invalid" });
      }
    }
  });

  it("lets at most the limit of parallel wrong guesses reach the hash check", async () => {
    const user = await createUser();
    // A fresh address for each guess, so only the per-account counter is in play.
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => signInWithPassword({ email: user.email, password: `guess-${i}` }, { ip: uniqueIp() })),
    );
    const verified = results.filter((r) => !r.ok && r.reason === "invalid").length;
    expect(verified).toBe(throttle.maxFailuresPerAccount);
    expect(results.filter((r) => !r.ok && r.reason === "throttled")).toHaveLength(20 - throttle.maxFailuresPerAccount);
    // And the right password is refused afterwards too.
    expect(await signInWithPassword({ email: user.email, password: PASSWORD }, { ip: uniqueIp() })).toEqual({ ok: false, reason: "throttled" });
  });

  it("lets at most the limit of parallel guesses from one address through", async () => {
    const ip = uniqueIp();
    const results = await Promise.all(Array.from({ length: 30 }, () => signInWithPassword({ email: uniqueEmail("spray"), password: "guess" }, { ip })));
    expect(results.filter((r) => !r.ok && r.reason === "invalid")).toHaveLength(throttle.maxFailuresPerIp);
  });

  it("throttles an unknown email exactly like a known one", async () => {
    const known = await createUser();
    const unknown = uniqueEmail("nobody");
    const outcomes = async (email: string) => {
      const seen = [];
      for (let i = 0; i <= throttle.maxFailuresPerAccount; i++) seen.push(await signInWithPassword({ email, password: `wrong-${i}` }, { ip: uniqueIp() }));
      return seen;
    };
    const forKnown = await outcomes(known.email);
    expect(await outcomes(unknown)).toEqual(forKnown);
    expect(forKnown.at(-1)).toEqual({ ok: false, reason: "throttled" });
  });

  it("a successful sign-in starts the account's count afresh", async () => {
    const user = await createUser();
    for (let i = 0; i < throttle.maxFailuresPerAccount - 1; i++) await signInWithPassword({ email: user.email, password: "wrong" }, { ip: uniqueIp() });
    expect((await signInWithPassword({ email: user.email, password: PASSWORD }, { ip: uniqueIp() })).ok).toBe(true);
    for (let i = 0; i < throttle.maxFailuresPerAccount - 1; i++) await signInWithPassword({ email: user.email, password: "wrong" }, { ip: uniqueIp() });
    expect((await signInWithPassword({ email: user.email, password: PASSWORD }, { ip: uniqueIp() })).ok).toBe(true);
  });

  it("guesses at a locked account do not use up the address's allowance for everyone else there", async () => {
    const target = await createUser();
    const colleague = await createUser();
    const ip = uniqueIp();
    for (let i = 0; i < throttle.maxFailuresPerIp + 5; i++) await signInWithPassword({ email: target.email, password: `guess-${i}` }, { ip });
    expect((await signInWithPassword({ email: colleague.email, password: PASSWORD }, { ip })).ok).toBe(true);
  });
});
