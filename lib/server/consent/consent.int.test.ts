import type { Bundle, Consent, OperationOutcome } from "@medplum/fhirtypes";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Role } from "@/lib/domain/roles";
import type { Caller } from "../actor";
import { onPlanChanged, type PlanChanged } from "../events/plan-events";
import { getPlanHistory } from "../plans/versions";
import { getPlanView } from "../views/plan-view";
import { watchPlan } from "../views/watch";
import { restoreSharing } from "./restore-sharing";
import { getSharingStatus } from "./sharing-status";
import { withdrawSharing } from "./withdraw-sharing";
import { fhirGet, newToken, setUpFhirFixture, type Fixture } from "@/test/fhir-api";
import { newCaller, newOrganisation, resultCode } from "@/test/fixtures";

// Item 6 of issue P4: consent to share withdrawn, and given again. Real database, real FHIR handler.
let f: Fixture;
let practiceId: string;
let gp: Caller;
let person: Caller;
let elsewhere: string;

const lastRow = (c: Caller, action: string) => db().auditEvent.findFirst({ where: { actorId: c.actor!.userId, action }, orderBy: { id: "desc" } });
const reader = (role: Role) => newCaller(role, elsewhere);

/** The next change announced for this patient, once this process is listening. */
async function nextChange(patientId: string): Promise<{ heard: Promise<PlanChanged> }> {
  let resolve!: (e: PlanChanged) => void;
  const heard = new Promise<PlanChanged>((r) => (resolve = r));
  const stop = await onPlanChanged(patientId, (e) => resolve(e));
  return { heard: heard.finally(stop) };
}

beforeAll(async () => {
  f = await setUpFhirFixture();
  practiceId = (await db().organisation.findUniqueOrThrow({ where: { odsCode: f.practiceOds } })).id;
  elsewhere = (await newOrganisation("AMBULANCE_SERVICE", "Consent Test Ambulance")).id;
  gp = await newCaller("GP", practiceId);
  person = await newCaller("PATIENT", null, f.patientId);
});

describe("while the person has withdrawn consent to share", () => {
  let withdrawnAt: Date;
  beforeAll(async () => {
    const { heard } = await nextChange(f.patientId);
    ({ withdrawnAt } = await withdrawSharing(person, { patientId: f.patientId, reason: "I want to keep it private" }));
    expect(await heard).toMatchObject({ kind: "consent", patientId: f.patientId, planId: f.planId });
  });

  it("records the withdrawal: the patient row, the consent row closed, an audit row naming who and why", async () => {
    expect((await db().patient.findUniqueOrThrow({ where: { id: f.patientId } })).sharingWithdrawnAt).toEqual(withdrawnAt);
    const consents = await db().consent.findMany({ where: { patientId: f.patientId } });
    expect(consents.every((c) => c.withdrawnAt !== null && c.withdrawnById === person.actor!.userId)).toBe(true);
    expect(await lastRow(person, "consent.withdrawn")).toMatchObject({
      outcome: "SUCCESS",
      patientId: f.patientId,
      planId: f.planId,
      detail: expect.objectContaining({ by: "person", withdrawalReason: "I want to keep it private" }),
    });
  });

  it("the care team's author and the person still see the plan, told it is not shared", async () => {
    for (const c of [gp, person]) {
      const view = await getPlanView(c, { patientId: f.patientId });
      expect(view.withheld).toBe(false);
      expect(view.plan?.version).toBe(2);
      expect(view.sharingWithdrawnAt).toEqual(withdrawnAt);
    }
  });

  it.each(["PARAMEDIC", "CALL_HANDLER_111", "CLINICIAN_111", "OOH_GP"] as const)(
    "a %s sees that it is not shared, with the date, and nothing of the plan; the read is audited",
    async (role) => {
      const c = await reader(role);
      const view = await getPlanView(c, { patientId: f.patientId });
      expect(view).toMatchObject({ withheld: true, plan: null, hasDraftOnly: false, changes: [], sharingWithdrawnAt: withdrawnAt });
      expect(JSON.stringify(view)).not.toMatch(/Key safe|Version one|whatMattersMost/);
      expect(await lastRow(c, "plan.viewed")).toMatchObject({
        outcome: "SUCCESS",
        patientId: f.patientId,
        version: null,
        detail: expect.objectContaining({ sharingWithdrawn: true }),
      });
    },
  );

  it("an author outside the care team does not see it even with a break-glass reason", async () => {
    const outsider = await newCaller("GP", elsewhere, null, { accessReason: "Covering a colleague" });
    expect((await getPlanView(outsider, { patientId: f.patientId })).withheld).toBe(true);
  });

  it("plan history is refused (SHARING_WITHDRAWN), and the refusal audited", async () => {
    const c = await reader("CLINICIAN_111");
    expect(await resultCode(getPlanHistory(c, { patientId: f.patientId }))).toBe("SHARING_WITHDRAWN");
    expect(await lastRow(c, "plan.historyViewed")).toMatchObject({
      outcome: "DENIED",
      patientId: f.patientId,
      detail: expect.objectContaining({ code: "SHARING_WITHDRAWN" }),
    });
    expect(await resultCode(getPlanHistory(gp, { patientId: f.patientId }))).toBe("OK");
  });

  it("FHIR: CarePlan read, search and $everything answer 403 'suppressed' saying so, never an empty answer", async () => {
    const token = f.tokens.PARAMEDIC;
    for (const path of [`/CarePlan/${f.planId}`, `/CarePlan?patient=Patient/${f.patientId}`, `/Patient/${f.patientId}/$everything`]) {
      const answer = await fhirGet(path, token);
      expect(answer.status, path).toBe(403);
      const outcome = answer.body as OperationOutcome;
      expect(outcome.issue[0]).toMatchObject({ severity: "error", code: "suppressed" });
      expect(outcome.issue[0].diagnostics).toMatch(/^This person has asked for their care plan not to be shared \(since \d{1,2} \w+ \d{4}\)$/);
    }
    expect((await fhirGet(`/CarePlan/${f.planId}/_history`, f.tokens.CLINICIAN_111)).status).toBe(403);
  });

  it("FHIR: the Consent search tells any emergency client it is withdrawn (inactive, with its end)", async () => {
    const answer = await fhirGet(`/Consent?patient=Patient/${f.patientId}`, f.tokens.PARAMEDIC);
    expect(answer.status).toBe(200);
    const consents = ((answer.body as Bundle).entry ?? []).map((e) => e.resource as Consent);
    expect(consents.length).toBeGreaterThan(0);
    expect(consents.every((c) => c.status === "inactive" && c.provision?.period?.end === withdrawnAt.toISOString())).toBe(true);
    expect(await db().auditEvent.findFirst({ where: { action: "consent.read", patientId: f.patientId }, orderBy: { id: "desc" } })).toMatchObject({
      outcome: "SUCCESS",
    });
  });

  it("FHIR: the care team's own GP system still reads the plan", async () => {
    const own = await fhirGet(`/CarePlan/${f.planId}`, f.tokens.GP);
    expect(own.status).toBe(200);
  });

  it("withdrawing again changes nothing", async () => {
    const again = await withdrawSharing(gp, { patientId: f.patientId });
    expect(again).toEqual({ withdrawnAt, changed: false });
  });
});

describe("who may record the decision", () => {
  it("an author outside the care team may not, with or without a reason: FORBIDDEN, audited", async () => {
    const outsider = await newCaller("GP", elsewhere, null, { accessReason: "Asked by the family" });
    expect(await resultCode(withdrawSharing(outsider, { patientId: f.patientId }))).toBe("FORBIDDEN");
    expect(await lastRow(outsider, "consent.withdrawn")).toMatchObject({ outcome: "DENIED", patientId: f.patientId });
    expect(await resultCode(getSharingStatus(outsider, { patientId: f.patientId }))).toBe("FORBIDDEN");
  });

  it.each(["PARAMEDIC", "CALL_HANDLER_111", "CLINICIAN_111", "OOH_GP", "ADMIN"] as const)("a %s may not", async (role) => {
    expect(await resultCode(restoreSharing(await reader(role), { patientId: f.patientId, basis: "explicit-consent" }))).toBe("FORBIDDEN");
  });

  it("a patient may not for someone else: not found", async () => {
    const other = await newCaller("PATIENT", null, (await db().patient.findFirstOrThrow({ where: { id: { not: f.patientId } } })).id);
    expect(await resultCode(withdrawSharing(other, { patientId: f.patientId }))).toBe("NOT_FOUND");
  });
});

describe("consent given again", () => {
  it("restores the plan to every reader, records a new active consent, audits it, and changes the state token", async () => {
    const paramedic = await reader("PARAMEDIC");
    // Withdrawn by the describe above (files run their describes in order).
    const before = await watchPlan(paramedic, { patientId: f.patientId });
    const { heard } = await nextChange(f.patientId);
    await restoreSharing(gp, { patientId: f.patientId, basis: "explicit-consent", notes: "Told me in clinic she is happy to share again" });
    expect((await heard).kind).toBe("consent");
    const after = await watchPlan(paramedic, { patientId: f.patientId });
    expect(after.token).not.toBe(before.token);

    const view = await getPlanView(paramedic, { patientId: f.patientId });
    expect(view).toMatchObject({ withheld: false, sharingWithdrawnAt: null });
    expect(view.plan?.version).toBe(2);
    const active = await db().consent.findFirst({ where: { patientId: f.patientId, withdrawnAt: null } });
    expect(active).toMatchObject({ basis: "EXPLICIT_CONSENT", recordedById: gp.actor!.userId, notes: "Told me in clinic she is happy to share again" });
    expect(await lastRow(gp, "consent.given")).toMatchObject({
      outcome: "SUCCESS",
      patientId: f.patientId,
      detail: expect.objectContaining({ by: "care-team" }),
    });

    expect((await fhirGet(`/CarePlan/${f.planId}`, f.tokens.PARAMEDIC)).status).toBe(200);
    const consents = ((await fhirGet(`/Consent?patient=Patient/${f.patientId}`, f.tokens.PARAMEDIC)).body as Bundle).entry!.map((e) => e.resource as Consent);
    expect(consents.map((c) => c.status)).toContain("active");
  });

  it("the person's own re-consent is explicit consent whatever the form says; twice is once", async () => {
    await withdrawSharing(gp, { patientId: f.patientId });
    await restoreSharing(person, { patientId: f.patientId, basis: "best-interests" });
    expect(await db().consent.findFirst({ where: { patientId: f.patientId, withdrawnAt: null } })).toMatchObject({ basis: "EXPLICIT_CONSENT" });
    expect(await restoreSharing(person, { patientId: f.patientId, basis: "explicit-consent" })).toEqual({ changed: false });
  });

  it("a token minted for another organisation's ambulance client reads the plan again too", async () => {
    const { token } = await newToken("PARAMEDIC", f.otherOds, "Another ambulance ePCR");
    expect((await fhirGet(`/CarePlan/${f.planId}`, token)).status).toBe(200);
  });
});
