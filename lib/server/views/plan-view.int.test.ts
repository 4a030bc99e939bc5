import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { toFormValues } from "@/lib/domain/plan";
import { demoPlanContent } from "@/lib/server/seed/demo-plan-content";
import { AppError } from "../errors";
import { publishContent } from "../plans/publish-content";
import { getPlanView } from "./plan-view";
import { newCaller, newOrganisation, newPatient, publishFirstVersion } from "@/test/fixtures";

const content = demoPlanContent().find((p) => p.homeAndAccess.accessInstructions)!;
let practiceId: string;
let otherOrgId: string;
let patientId: string;
let planlessId: string;

async function audits(): Promise<number> {
  return db().auditEvent.count({ where: { action: "plan.viewed", patientId } });
}

beforeAll(async () => {
  practiceId = (await newOrganisation("GP_PRACTICE", "Test Practice")).id;
  otherOrgId = (await newOrganisation("GP_PRACTICE", "Other Practice")).id;
  const patient = await newPatient({ registeredPracticeId: practiceId });
  patientId = patient.id;
  planlessId = (await newPatient({ registeredPracticeId: practiceId })).id;
  const author = await newCaller("GP", practiceId);
  await publishFirstVersion(author, patientId, content);
});

describe("reading a plan", () => {
  it("a paramedic sees the whole emergency content with a default reason, in one audit row", async () => {
    const before = await audits();
    const view = await getPlanView(await newCaller("PARAMEDIC"), { patientId });
    expect(view.plan?.version).toBe(1);
    expect(view.plan?.content.homeAndAccess.accessInstructions).toBe(content.homeAndAccess.accessInstructions);
    expect(await audits()).toBe(before + 1);
    const row = await db().auditEvent.findFirstOrThrow({ where: { action: "plan.viewed", patientId }, orderBy: { id: "desc" } });
    expect(row).toMatchObject({ reason: "Emergency call", version: 1, outcome: "SUCCESS", actorRole: "PARAMEDIC" });
  });

  it("a 111 call handler gets the summary subset, never the access instructions", async () => {
    const view = await getPlanView(await newCaller("CALL_HANDLER_111"), { patientId });
    expect(view.grants).toEqual({ accessInstructions: false, summaryOnly: true });
    expect(JSON.stringify(view.plan?.content)).not.toContain(content.homeAndAccess.accessInstructions!);
    expect(view.plan?.content.cpr.decision).toBe(content.cpr.decision);
    expect(view.plan?.withheld).toContain("homeAndAccess.accessInstructions");
  });

  it("an author in the care team needs no reason; one outside must break glass with a reason", async () => {
    const inside = await getPlanView(await newCaller("NURSE", practiceId), { patientId });
    expect(inside.plan?.version).toBe(1);
    const outsider = await newCaller("GP", otherOrgId);
    const before = await audits();
    const refused = await getPlanView(outsider, { patientId }).catch((e) => e);
    expect(refused).toBeInstanceOf(AppError);
    expect(refused.code).toBe("REASON_REQUIRED");
    expect(refused.fieldErrors.accessReason).toMatch(/Enter why you need to see this plan/);
    expect(await audits()).toBe(before + 1);
    const denied = await db().auditEvent.findFirstOrThrow({ where: { action: "plan.viewed", patientId }, orderBy: { id: "desc" } });
    expect(denied).toMatchObject({ outcome: "DENIED", actorId: outsider.actor!.userId, detail: expect.objectContaining({ code: "REASON_REQUIRED" }) });
    await getPlanView({ ...outsider, accessReason: "Referral from A&E" }, { patientId });
    const row = await db().auditEvent.findFirstOrThrow({ where: { action: "plan.viewed", patientId }, orderBy: { id: "desc" } });
    expect(row.reason).toBe("Referral from A&E");
    expect(row.detail).toMatchObject({ breakGlass: true });
  });

  it("a patient reads only their own plan; administrators read none", async () => {
    const own = await getPlanView(await newCaller("PATIENT", null, patientId), { patientId });
    expect(own.plan?.version).toBe(1);
    const other = await getPlanView(await newCaller("PATIENT", null, planlessId), { patientId }).catch((e) => e);
    expect(other.code).toBe("NOT_FOUND");
    const admin = await getPlanView(await newCaller("ADMIN"), { patientId }).catch((e) => e);
    expect(admin.code).toBe("FORBIDDEN");
  });

  it("says clearly when there is no plan", async () => {
    const view = await getPlanView(await newCaller("OOH_GP"), { patientId: planlessId });
    expect(view.plan).toBeNull();
    expect(view.hasDraftOnly).toBe(false);
  });
});

describe("what changed since the reader's version", () => {
  it("lists the changes a reader may see, and nothing they may not", async () => {
    const author = await newCaller("GP", practiceId);
    const patient = await newPatient({ registeredPracticeId: practiceId });
    const draft = await publishFirstVersion(author, patient.id, content);
    const changed = {
      ...content,
      homeAndAccess: { ...content.homeAndAccess, accessInstructions: "New key safe 4321" },
      cpr: { ...content.cpr, formLocation: "Kitchen drawer" },
    };
    await publishContent(author, { planId: draft.planId, baseVersion: 1, content: toFormValues(changed) });

    const paramedic = await getPlanView(await newCaller("PARAMEDIC"), { patientId: patient.id, changedFrom: 1 });
    expect(paramedic.changes.map((c) => c.field).sort()).toEqual(["cpr.formLocation", "homeAndAccess.accessInstructions"]);
    const handler = await getPlanView(await newCaller("CALL_HANDLER_111"), { patientId: patient.id, changedFrom: 1 });
    expect(handler.changes).toEqual([]);
    expect(JSON.stringify(handler)).not.toContain("4321");
  });
});

describe("what changed since the reader last looked", () => {
  it("compares with the version this reader last opened, then nothing once seen", async () => {
    const author = await newCaller("GP", practiceId);
    const patient = await newPatient({ registeredPracticeId: practiceId });
    const draft = await publishFirstVersion(author, patient.id, content);
    const ooh = await newCaller("OOH_GP");
    expect((await getPlanView(ooh, { patientId: patient.id })).changes).toEqual([]);
    const changed = { ...content, aboutMe: { ...content.aboutMe, whatMattersMost: "Being at home with my cat" } };
    await publishContent(author, { planId: draft.planId, baseVersion: 1, content: toFormValues(changed) });

    const reopened = await getPlanView(ooh, { patientId: patient.id });
    expect(reopened.changes.map((c) => c.field)).toEqual(["aboutMe.whatMattersMost"]);
    expect(reopened).toMatchObject({ changedSince: 1, changedWhileOpen: false });
    expect((await getPlanView(ooh, { patientId: patient.id })).changes).toEqual([]);
  });
});
