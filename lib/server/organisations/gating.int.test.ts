import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { defaultCis2RoleTable } from "@/lib/domain/identity/cis2-roles";
import { newCaller, newOrganisation, resultCode } from "@/test/fixtures";
import { fhirGet, newToken } from "@/test/fhir-api";
import { loadActor, loadActorState, type Caller } from "../actor";
import { linkCis2Identity } from "../auth/link-identity";
import { hashPassword } from "../auth/password";
import { openRefusal } from "../auth/refusal-token";
import { startSession } from "../auth/sessions";
import { signInWithPassword } from "../auth/sign-in";
import { reinstateOrganisation, suspendOrganisation, updateOrganisation } from "./manage";

// Staff of an organisation that is suspended, or has not signed the sharing agreement, are nobody:
// at sign-in (password, CIS2), on every request (loadActor), and its API clients get 401.
process.env.NEXTAUTH_SECRET ||= randomBytes(32).toString("base64url");
const PASSWORD = "gated organisation password";
let passwordHash: string;
let admin: Caller;
const uniqueIp = () => `fd98::${[0, 1, 2].map(() => randomBytes(2).toString("hex")).join(":")}`;

async function staffOf(organisationId: string) {
  const email = `staff-${randomBytes(5).toString("hex")}@gating.test`;
  const user = await db().user.create({ data: { email, name: "Gated Nurse", role: "NURSE", organisationId, passwordHash } });
  return { user, email };
}

const cis2Claims = (odsCode: string, sub: string) => ({
  sub,
  acr: "AAL3_ANY",
  name: "Dr Gated Person",
  selected_roleid: "9001",
  nhsid_nrbac_roles: [{ person_roleid: "9001", org_code: odsCode, role_code: "S8000:G8000:R8000", role_name: "Clinical Practitioner Access Role" }],
});

beforeAll(async () => {
  passwordHash = await hashPassword(PASSWORD);
  admin = await newCaller("ADMIN");
});

describe("a suspended organisation", () => {
  it("ends its staff's open sessions at once; the next request knows why; reinstating lets them sign in again", async () => {
    const org = await newOrganisation("COMMUNITY", "Gated Community Team");
    const orgAdmin = await db().user.create({
      data: { email: `oa-${randomBytes(4).toString("hex")}@gating.test`, name: "Olu Admin", role: "ORG_ADMIN", organisationId: org.id },
    });
    const { user, email } = await staffOf(org.id);
    const { sessionId } = await startSession(user.id, "credentials");
    expect(await loadActor(user.id, { sessionId })).toMatchObject({ userId: user.id });

    await suspendOrganisation(admin, { id: org.id, reason: "DSPT standards not met" });
    expect(await db().userSession.findUniqueOrThrow({ where: { id: sessionId } })).toMatchObject({ endedAt: expect.any(Date) });
    expect(await loadActorState(user.id, { sessionId })).toEqual({ actor: null, blocked: { reason: "suspended", organisationId: org.id } });
    // The organisation's administrators are nobody too: they belong to it.
    expect(await loadActor(orgAdmin.id)).toBeNull();

    const refused = await signInWithPassword({ email, password: PASSWORD }, { ip: uniqueIp() });
    expect(refused).toEqual({ ok: false, reason: "organisation", blocked: { reason: "suspended", organisationId: org.id } });
    const row = await db().auditEvent.findFirst({ where: { action: "auth.signIn", detail: { path: ["userId"], equals: user.id } }, orderBy: { id: "desc" } });
    expect(row).toMatchObject({ outcome: "FAILURE", detail: expect.objectContaining({ reason: "organisation-suspended" }) });
    // A wrong password still says only "wrong email or password".
    expect(await signInWithPassword({ email, password: "wrong" }, { ip: uniqueIp() })).toEqual({ ok: false, reason: "invalid" });

    await reinstateOrganisation(admin, { id: org.id });
    expect(await loadActor(user.id, { sessionId })).toBeNull(); // the ended session stays ended
    expect(await signInWithPassword({ email, password: PASSWORD }, { ip: uniqueIp() })).toMatchObject({ ok: true, user: { id: user.id } });
  });

  it("the explanation page's details name the organisation and its administrators", async () => {
    const { organisationUnavailablePath } = await import("../auth/organisation-block");
    const org = await newOrganisation("HOSPICE", "Gated Hospice");
    await db().user.create({
      data: { email: `oa-${randomBytes(4).toString("hex")}@gating.test`, name: "Bea Boss", role: "ORG_ADMIN", organisationId: org.id },
    });
    await db().user.create({
      data: { email: `oa-${randomBytes(4).toString("hex")}@gating.test`, name: "Gone Admin", role: "ORG_ADMIN", organisationId: org.id, active: false },
    });
    const path = await organisationUnavailablePath({ reason: "no-agreement", organisationId: org.id });
    expect(path).toMatch(/^\/signin\/organisation-unavailable\?r=/);
    const details = await openRefusal(new URL(path, "http://x").searchParams.get("r")!);
    expect(details).toMatchObject({ reason: "no-agreement", organisationName: "Gated Hospice", odsCode: org.odsCode, administrators: ["Bea Boss"] });
  });

  it("refuses its staff's CIS2 sign-in with the explanation page, audited", async () => {
    const org = await newOrganisation("GP_PRACTICE", "Gated Practice");
    const sub = `gated-${randomBytes(4).toString("hex")}`;
    expect(await linkCis2Identity(cis2Claims(org.odsCode, sub), defaultCis2RoleTable, { ip: "127.0.0.1" })).toMatchObject({ ok: true });
    await suspendOrganisation(admin, { id: org.id, reason: "Practice merger" });
    const outcome = await linkCis2Identity(cis2Claims(org.odsCode, sub), defaultCis2RoleTable, { ip: "127.0.0.1" });
    expect(outcome).toMatchObject({ ok: false, redirect: expect.stringMatching(/^\/signin\/organisation-unavailable\?r=/) });
    const row = await db().auditEvent.findFirst({ where: { action: "auth.signIn", detail: { path: ["sub"], equals: sub } }, orderBy: { id: "desc" } });
    expect(row).toMatchObject({ outcome: "FAILURE", detail: expect.objectContaining({ provider: "cis2", reason: "organisation-suspended" }) });
  });

  it("its API clients get 401 with an OperationOutcome, audited; reinstated, they work again", async () => {
    const org = await newOrganisation("AMBULANCE_SERVICE", "Gated Ambulance");
    const { token, id } = await newToken("PARAMEDIC", org.odsCode);
    expect((await fhirGet("/Patient?identifier=9990000018", token)).status).toBe(200);
    await suspendOrganisation(admin, { id: org.id, reason: "Contract ended" });
    const refused = await fhirGet("/Patient?identifier=9990000018", token);
    expect(refused.status).toBe(401);
    expect(refused.body).toMatchObject({
      resourceType: "OperationOutcome",
      issue: [expect.objectContaining({ diagnostics: expect.stringContaining("suspended") })],
    });
    const row = await db().auditEvent.findFirst({
      where: { action: "api.authenticate", detail: { path: ["apiClientId"], equals: id } },
      orderBy: { id: "desc" },
    });
    expect(row).toMatchObject({ outcome: "FAILURE", detail: expect.objectContaining({ reason: "organisation-suspended" }) });
    await reinstateOrganisation(admin, { id: org.id });
    expect((await fhirGet("/Patient?identifier=9990000018", token)).status).toBe(200);
  });
});

describe("an organisation without a signed sharing agreement", () => {
  it("its staff cannot sign in, and clearing the date signs them out", async () => {
    const odsCode = `V${randomBytes(3).toString("hex").slice(0, 5).toUpperCase()}`; // a code the form accepts
    const org = await newOrganisation("CARE_HOME", "Unsigned Care Home", { odsCode, sharingAgreementSignedOn: null });
    const { user, email } = await staffOf(org.id);
    expect(await loadActorState(user.id)).toEqual({ actor: null, blocked: { reason: "no-agreement", organisationId: org.id } });
    expect(await signInWithPassword({ email, password: PASSWORD }, { ip: uniqueIp() })).toMatchObject({ ok: false, reason: "organisation" });
    const { token } = await newToken("NURSE", org.odsCode);
    expect((await fhirGet("/Patient?identifier=9990000018", token)).status).toBe(401);

    const fields = { odsCode: org.odsCode, name: org.name, kind: "CARE_HOME" as const };
    const signed = { day: "5", month: "1", year: "2026" };
    await updateOrganisation(admin, { id: org.id, ...fields, sharingAgreementSignedOn: signed });
    expect(await signInWithPassword({ email, password: PASSWORD }, { ip: uniqueIp() })).toMatchObject({ ok: true });
    const { sessionId } = await startSession(user.id, "credentials");
    await updateOrganisation(admin, { id: org.id, ...fields });
    expect(await db().userSession.findUniqueOrThrow({ where: { id: sessionId } })).toMatchObject({ endedAt: expect.any(Date) });
    expect(await loadActor(user.id)).toBeNull();
  });

  it("patients and service administrators belong to no organisation and are not affected", async () => {
    const patientUser = await db().user.create({ data: { email: `p-${randomBytes(4).toString("hex")}@gating.test`, name: "P", role: "PATIENT" } });
    expect(await loadActor(patientUser.id)).toMatchObject({ role: "PATIENT" });
    expect(await loadActor(admin.actor!.userId)).toMatchObject({ role: "ADMIN" });
  });

  it("an administrator cannot suspend their own organisation", async () => {
    const org = await newOrganisation("HOSPITAL", "Admin's Own Trust");
    const ownAdmin = await newCaller("ADMIN", org.id);
    expect(await resultCode(suspendOrganisation(ownAdmin, { id: org.id, reason: "test" }))).toBe("INVALID");
  });
});
