import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { newCaller, newOrganisation, resultCode } from "@/test/fixtures";
import { loadActor } from "../actor";
import { startSession } from "../auth/sessions";
import { checkResetLink, setPasswordWithLink } from "../auth/password-reset";
import { verifyPassword } from "../auth/password";
import type { Caller } from "../actor";
import { AppError } from "../errors";
import { deactivateUser, getUser, listUsers, reactivateUser } from "../users";
import { changeUserRole } from "./change-role";
import { createUser } from "./create-user";
import { issuePasswordReset } from "./issue-password-reset";
import { hashResetToken } from "./reset-token";

const email = (what: string) => `${what}-${randomUUID().slice(0, 8)}@people.test`;
const nurse = (odsCode?: string) => ({
  name: "Nia Nurse",
  email: email("nurse"),
  odsCode,
  role: "NURSE",
  professionalBody: "NMC",
  registrationNumber: "15A1234E",
});

async function refusal(work: Promise<unknown>): Promise<AppError> {
  try {
    await work;
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error("expected a refusal");
}

async function practiceWithAdmin() {
  const practice = await newOrganisation("GP_PRACTICE", "People Practice");
  const admin = await newCaller("ORG_ADMIN", practice.id);
  return { practice, admin };
}

const rowsAbout = (subjectId: string) => db().auditEvent.findMany({ where: { subjectId }, orderBy: { id: "asc" } });

describe("organisation administrators act on their own organisation only", () => {
  it("adds a nurse to their own practice, audited with the new account as the subject", async () => {
    const { practice, admin } = await practiceWithAdmin();
    const created = await createUser(admin, nurse());
    const user = await db().user.findUniqueOrThrow({ where: { id: created.id } });
    expect(user).toMatchObject({
      organisationId: practice.id,
      role: "NURSE",
      professionalBody: "NMC",
      professionalRegistration: "15A1234E",
      passwordHash: null,
    });
    expect((await rowsAbout(created.id)).map((r) => [r.action, r.outcome, r.actorId])).toEqual([["admin.users.create", "SUCCESS", admin.actor!.userId]]);
  });

  it("cannot add someone to another organisation", async () => {
    const { admin } = await practiceWithAdmin();
    const other = await newOrganisation("GP_PRACTICE", "Another Practice");
    const error = await refusal(createUser(admin, nurse(other.odsCode)));
    expect(error.code).toBe("INVALID");
    expect(error.fieldErrors.odsCode).toContain("only to your own organisation");
  });

  it("sees, changes, deactivates and resets nobody of another organisation: not found, audited as DENIED naming them", async () => {
    const { admin } = await practiceWithAdmin();
    const other = await newOrganisation("GP_PRACTICE", "Elsewhere Surgery");
    const outsider = await newCaller("GP", other.id);
    const id = outsider.actor!.userId;
    const attempts: [string, () => Promise<unknown>][] = [
      ["admin.users.view", () => getUser(admin, { userId: id })],
      ["admin.users.roleChanged", () => changeUserRole(admin, { userId: id, role: "NURSE", professionalBody: "NMC", registrationNumber: "15A1234E" })],
      ["admin.users.deactivate", () => deactivateUser(admin, { userId: id })],
      ["admin.users.reactivate", () => reactivateUser(admin, { userId: id })],
      ["admin.users.passwordResetIssued", () => issuePasswordReset(admin, { userId: id })],
    ];
    for (const [, attempt] of attempts) expect(await resultCode(attempt())).toBe("NOT_FOUND");
    const rows = await rowsAbout(id);
    expect(rows.map((r) => [r.action, r.outcome, r.actorId])).toEqual(attempts.map(([action]) => [action, "DENIED", admin.actor!.userId]));
    expect((await db().user.findUniqueOrThrow({ where: { id } })).active).toBe(true);
    // A service administrator's account belongs to no organisation: out of scope too.
    const serviceAdmin = await newCaller("ADMIN");
    expect(await resultCode(deactivateUser(admin, { userId: serviceAdmin.actor!.userId }))).toBe("NOT_FOUND");
  });

  it("lists only their own organisation's accounts, whatever the filters ask", async () => {
    const { practice, admin } = await practiceWithAdmin();
    const mine = await createUser(admin, nurse());
    const other = await newOrganisation("COMMUNITY", "Other Team");
    const theirs = await newCaller("NURSE", other.id);
    const all = (await listUsers(admin, {})).rows.map((u) => u.id);
    expect(all).toContain(mine.id);
    expect(all).not.toContain(theirs.actor!.userId);
    expect((await listUsers(admin, { odsCode: other.odsCode })).rows).toEqual([]);
    const service = await newCaller("ADMIN");
    expect((await listUsers(service, { odsCode: other.odsCode })).rows.map((u) => u.id)).toEqual([theirs.actor!.userId]);
    expect((await listUsers(service, { odsCode: practice.odsCode, role: "NURSE" })).rows.map((u) => u.id)).toEqual([mine.id]);
  });

  it("is refused to clinical roles", async () => {
    const practice = await newOrganisation("GP_PRACTICE");
    const gp = await newCaller("GP", practice.id);
    expect(await resultCode(createUser(gp, nurse()))).toBe("FORBIDDEN");
    expect(await resultCode(listUsers(gp, {}))).toBe("FORBIDDEN");
  });
});

describe("roles allowed for the kind of organisation", () => {
  it("refuses a role the organisation's kind may not have, with a specific message", async () => {
    const { admin } = await practiceWithAdmin();
    const error = await refusal(createUser(admin, { ...nurse(), role: "PARAMEDIC", professionalBody: "HCPC", registrationNumber: "PA12345" }));
    expect(error.fieldErrors.role).toBe("A GP practice cannot have the role Paramedic: choose one of GP, Nurse, Organisation administrator");
  });

  it("an organisation administrator can never make a service administrator; a service administrator makes one with no organisation", async () => {
    const { admin } = await practiceWithAdmin();
    const asked = { name: "Sam Admin", email: email("admin"), role: "ADMIN" };
    expect((await refusal(createUser(admin, asked))).fieldErrors.role).toBe("Only a service administrator can make someone a service administrator");
    const service = await newCaller("ADMIN");
    const practice = await newOrganisation("GP_PRACTICE");
    expect((await refusal(createUser(service, { ...asked, odsCode: practice.odsCode }))).fieldErrors.odsCode).toContain("no organisation");
    const made = await createUser(service, asked);
    expect(made.role).toBe("ADMIN");
  });

  it("a role change is held to the same table, and needs the new role's registration", async () => {
    const { admin } = await practiceWithAdmin();
    const person = await createUser(admin, nurse());
    const gpWithoutGmc = await refusal(
      changeUserRole.fromUntrusted(admin, { userId: person.id, role: "GP", professionalBody: "NMC", registrationNumber: "15A1234E" }),
    );
    expect(gpWithoutGmc.fieldErrors.professionalBody).toBe("This role needs a GMC registration, not NMC");
    const forged = await refusal(changeUserRole.fromUntrusted(admin, { userId: person.id, role: "SUPERUSER" }));
    expect(forged.fieldErrors.role).toBe("Select a role from the list");
    expect((await refusal(changeUserRole(admin, { userId: person.id, role: "CARE_HOME_STAFF" }))).fieldErrors.role).toContain(
      "cannot have the role Care home staff",
    );
    await changeUserRole(admin, { userId: person.id, role: "GP", professionalBody: "GMC", registrationNumber: "7012345" });
    expect(await db().user.findUniqueOrThrow({ where: { id: person.id } })).toMatchObject({
      role: "GP",
      professionalBody: "GMC",
      professionalRegistration: "7012345",
    });
    const rows = await rowsAbout(person.id);
    expect(rows.filter((r) => r.outcome === "SUCCESS").map((r) => r.action)).toEqual(["admin.users.create", "admin.users.roleChanged"]);
  });

  it("an email address is one account, in any case", async () => {
    const { admin } = await practiceWithAdmin();
    const first = nurse();
    await createUser(admin, first);
    const again = await refusal(createUser(admin, { ...first, email: first.email.toUpperCase() }));
    expect(again.fieldErrors.email).toBe("Someone already has an account with this email address");
    expect((await refusal(createUser(admin, { ...nurse(), email: "not an email" }))).fieldErrors.email).toContain("correct format");
  });
});

describe("deactivation", () => {
  it("ends every session at once (the next request is nobody) and reactivation needs a new sign-in", async () => {
    const { admin } = await practiceWithAdmin();
    const person = await createUser(admin, nurse());
    const session = await startSession(person.id, "credentials");
    expect(await loadActor(person.id, session)).not.toBeNull();
    await deactivateUser(admin, { userId: person.id });
    expect(await loadActor(person.id, session)).toBeNull();
    expect((await db().userSession.findUniqueOrThrow({ where: { id: session.sessionId } })).endedAt).not.toBeNull();
    await reactivateUser(admin, { userId: person.id });
    expect(await loadActor(person.id, session)).toBeNull();
    expect(await loadActor(person.id, await startSession(person.id, "credentials"))).not.toBeNull();
    const rows = await rowsAbout(person.id);
    expect(rows.map((r) => r.action)).toEqual(["admin.users.create", "admin.users.deactivate", "admin.users.reactivate"]);
    expect(rows[1].detail).toMatchObject({ sessionsEnded: 1 });
  });

  it("nobody deactivates themselves", async () => {
    const { admin } = await practiceWithAdmin();
    expect((await refusal(deactivateUser(admin, { userId: admin.actor!.userId }))).message).toBe("You cannot deactivate your own account");
  });

  it("the last service administrator stays: of two switching each other off at once, one is refused", async () => {
    const a = await newCaller("ADMIN");
    const b = await newCaller("ADMIN");
    const others = await db().user.findMany({
      where: { role: "ADMIN", active: true, id: { notIn: [a.actor!.userId, b.actor!.userId] } },
      select: { id: true },
    });
    const ids = others.map((o) => o.id);
    await db().user.updateMany({ where: { id: { in: ids } }, data: { active: false } });
    try {
      const outcomes = await Promise.all([
        resultCode(deactivateUser(a, { userId: b.actor!.userId })),
        resultCode(deactivateUser(b, { userId: a.actor!.userId })),
      ]);
      expect(outcomes.sort()).toEqual(["INVALID", "OK"]);
      expect(await db().user.count({ where: { id: { in: [a.actor!.userId, b.actor!.userId] }, active: true } })).toBe(1);
    } finally {
      await db().user.updateMany({ where: { id: { in: ids } }, data: { active: true } });
    }
  });
});

describe("one-time links to set a password", () => {
  async function personWithLink(admin: Caller) {
    const person = await createUser(admin, nurse());
    const link = await issuePasswordReset(admin, { userId: person.id });
    return { person, link };
  }

  it("stores only the SHA-256 hash of the token, expiring in 24 hours", async () => {
    const { admin } = await practiceWithAdmin();
    const { person, link } = await personWithLink(admin);
    expect(link.url).toMatch(new RegExp(`/reset-password/${link.token}$`));
    const rows = await db().passwordResetToken.findMany({ where: { userId: person.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0].tokenHash).toBe(hashResetToken(link.token));
    expect(JSON.stringify(rows)).not.toContain(link.token);
    expect(Math.abs(rows[0].expiresAt.getTime() - Date.now() - 24 * 3600_000)).toBeLessThan(60_000);
    const audit = await rowsAbout(person.id);
    expect(JSON.stringify(audit.map((r) => r.detail))).not.toContain(link.token);
  });

  it("sets the password once, ends the account's sessions, and is refused (audited) the second time", async () => {
    const { admin } = await practiceWithAdmin();
    const { person, link } = await personWithLink(admin);
    const session = await startSession(person.id, "credentials");
    expect(await checkResetLink(link.token, {})).toMatchObject({ email: person.email });
    const password = "a long enough passphrase";
    const weak = await refusal(setPasswordWithLink({ token: link.token, password: "short", confirmPassword: "short" }, {}));
    expect(weak.fieldErrors.password).toBe("Password must be 12 characters or more");
    const asEmail = await refusal(setPasswordWithLink({ token: link.token, password: person.email, confirmPassword: person.email }, {}));
    expect(asEmail.fieldErrors.password).toBe("Password must not be your email address");
    await setPasswordWithLink({ token: link.token, password, confirmPassword: password }, {});
    const stored = await db().user.findUniqueOrThrow({ where: { id: person.id } });
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(stored.passwordHash!, password)).toBe(true);
    expect(await loadActor(person.id, session)).toBeNull();
    expect(
      await resultCode(setPasswordWithLink({ token: link.token, password: "another long passphrase", confirmPassword: "another long passphrase" }, {})),
    ).toBe("NOT_FOUND");
    expect(await resultCode(checkResetLink(link.token, {}))).toBe("NOT_FOUND");
    expect(await verifyPassword((await db().user.findUniqueOrThrow({ where: { id: person.id } })).passwordHash!, password)).toBe(true);
    const used = (await rowsAbout(person.id)).filter((r) => r.action === "auth.passwordReset");
    expect(used.map((r) => [r.outcome, (r.detail as { reason?: string }).reason ?? null])).toEqual([
      ["SUCCESS", null],
      ["FAILURE", "used"],
      ["FAILURE", "used"],
    ]);
  });

  it("an expired link, a superseded link and a made-up token are refused", async () => {
    const { admin } = await practiceWithAdmin();
    const { person, link } = await personWithLink(admin);
    await db().passwordResetToken.updateMany({ where: { userId: person.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const body = (token: string) => ({ token, password: "a long enough passphrase", confirmPassword: "a long enough passphrase" });
    expect(await resultCode(setPasswordWithLink(body(link.token), {}))).toBe("NOT_FOUND");
    const first = await issuePasswordReset(admin, { userId: person.id });
    const second = await issuePasswordReset(admin, { userId: person.id });
    expect(await resultCode(setPasswordWithLink(body(first.token), {}))).toBe("NOT_FOUND");
    expect(await resultCode(setPasswordWithLink(body("A".repeat(43)), {}))).toBe("NOT_FOUND");
    expect(await resultCode(setPasswordWithLink(body(second.token), {}))).toBe("OK");
    const reasons = (await rowsAbout(person.id)).filter((r) => r.outcome === "FAILURE").map((r) => (r.detail as { reason: string }).reason);
    expect(reasons).toEqual(["expired", "used"]);
  });

  it("is not issued for a deactivated account, and stops working when the account is deactivated", async () => {
    const { admin } = await practiceWithAdmin();
    const { person, link } = await personWithLink(admin);
    await deactivateUser(admin, { userId: person.id });
    expect((await refusal(issuePasswordReset(admin, { userId: person.id }))).fieldErrors.userId).toContain("deactivated");
    expect(await resultCode(checkResetLink(link.token, {}))).toBe("NOT_FOUND");
  });
});
