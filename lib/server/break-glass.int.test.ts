import { randomUUID } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { toFormValues } from "@/lib/domain/plan";
import { demoPlanContent } from "@/lib/server/seed/demo-plan-content";
import type { Caller } from "./actor";
import { fhirCarePlanHistory, fhirEverything, fhirReadCarePlan, fhirSearchCarePlans } from "./fhir/reads";
import { getPatient } from "./patients";
import { getDraft, openDraft, saveDraft } from "./plans/drafts";
import { cancelPlan, recordDeath } from "./plans/lifecycle";
import { getPatientDraft } from "./plans/patient-draft";
import { publishPlan } from "./plans/publish";
import { publishContent } from "./plans/publish-content";
import { getPlanConflict, rebaseDraft } from "./plans/rebase";
import { saveDraftSection } from "./plans/save-section";
import { compareVersions, getPlanHistory } from "./plans/versions";
import { getAccessLog } from "./views/access-log";
import { giveAccessReason } from "./give-access-reason";
import { promptForAccessReason } from "./views/access-reason-prompt";
import { getPlanStatus } from "./views/plan-status";
import { getPlanView } from "./views/plan-view";
import { watchPlan } from "./views/watch";
import { newCaller, newOrganisation, newPatient } from "@/test/fixtures";

// Break glass, for every use case that reaches one patient (item 5 and 11 of issue P1).
const content = toFormValues(demoPlanContent()[0]);
let practiceId: string;
let otherOrgId: string;

interface Fixture {
  patientId: string;
  planId: string;
  draftRevision: number;
}

/** A patient of the practice with a plan published twice (by the practice's GP) and a draft open. */
async function fixture(): Promise<Fixture> {
  const patient = await newPatient({
    givenName: "Glass",
    familyName: "Tester",
    dateOfBirth: new Date("1938-04-05"),
    addressLine1: "1 Road",
    postcode: "SE5 8AA",
    registeredPracticeId: practiceId,
  });
  const gp = await newCaller("GP", practiceId);
  const first = await openDraft(gp, { patientId: patient.id });
  await publishContent(gp, { planId: first.planId, baseVersion: 0, content });
  await openDraft(gp, { patientId: patient.id });
  await publishContent(gp, { planId: first.planId, baseVersion: 1, content, changeSummary: "Second" });
  const draft = await openDraft(gp, { patientId: patient.id });
  return { patientId: patient.id, planId: first.planId, draftRevision: draft.draftRevision };
}

type Row = [name: string, auditAction: string, work: (c: Caller, f: Fixture) => Promise<unknown>];

const death = { dateOfDeath: { day: "1", month: "2", year: "2025" }, placeOfDeath: "home", diedAtPreferredPlace: "yes" } as const;

// One row per use case that opens or changes a patient's plan (the policy's reasoned actions).
const readRows: Row[] = [
  ["getPlanView", "plan.viewed", (c, f) => getPlanView(c, { patientId: f.patientId })],
  ["watchPlan", "plan.watched", (c, f) => watchPlan(c, { patientId: f.patientId })],
  ["getPlanHistory", "plan.historyViewed", (c, f) => getPlanHistory(c, { patientId: f.patientId })],
  ["compareVersions", "plan.versionsCompared", (c, f) => compareVersions(c, { patientId: f.patientId, from: 1, to: 2 })],
  ["getPatientDraft", "plan.draftViewed", (c, f) => getPatientDraft(c, { patientId: f.patientId })],
  ["getDraft", "plan.draftViewed", (c, f) => getDraft(c, { planId: f.planId })],
  ["getPlanConflict", "plan.conflictViewed", (c, f) => getPlanConflict(c, { patientId: f.patientId })],
  ["getAccessLog", "plan.accessLogViewed", (c, f) => getAccessLog(c, { patientId: f.patientId })],
  ["fhirReadCarePlan", "plan.viewed", (c, f) => fhirReadCarePlan(c, { planId: f.planId })],
  ["fhirCarePlanHistory", "plan.historyViewed", (c, f) => fhirCarePlanHistory(c, { planId: f.planId })],
  ["fhirSearchCarePlans", "plan.viewed", (c, f) => fhirSearchCarePlans(c, { patientId: f.patientId })],
  ["fhirEverything", "plan.viewed", (c, f) => fhirEverything(c, { patientId: f.patientId })],
  ["giveAccessReason", "plan.breakGlassGranted", (c, f) => giveAccessReason(c, { patientId: f.patientId })],
];
const writeRows: Row[] = [
  ["openDraft", "plan.draftOpened", (c, f) => openDraft(c, { patientId: f.patientId })],
  ["saveDraft", "plan.draftSaved", (c, f) => saveDraft(c, { planId: f.planId, draftRevision: f.draftRevision, draft: content })],
  [
    "saveDraftSection",
    "plan.draftSaved",
    (c, f) =>
      saveDraftSection(c, {
        planId: f.planId,
        section: "aboutMe",
        draftRevision: f.draftRevision,
        baseVersion: 2,
        loaded: content.aboutMe,
        values: content.aboutMe,
      }),
  ],
  ["publishPlan", "plan.published", (c, f) => publishPlan(c, { planId: f.planId, baseVersion: 2, draftRevision: f.draftRevision, changeSummary: "Third" })],
  ["rebaseDraft", "plan.draftRebased", (c, f) => rebaseDraft(c, { planId: f.planId, draftRevision: f.draftRevision })],
  ["cancelPlan", "plan.cancelled", (c, f) => cancelPlan(c, { planId: f.planId, reason: "Withdrawn" })],
  ["recordDeath", "patient.deathRecorded", (c, f) => recordDeath(c, { patientId: f.patientId, ...death })],
];
const reasonedRows = [...readRows, ...writeRows];

// Use cases that name one patient but only find them (demographics, status, the prompt): no reason.
const findingRows: Row[] = [
  ["getPatient", "patient.view", (c, f) => getPatient(c, { patientId: f.patientId })],
  ["getPlanStatus", "plan.statusViewed", (c, f) => getPlanStatus(c, { patientId: f.patientId })],
  [
    "promptForAccessReason",
    "plan.breakGlassPrompted",
    (c, f) => promptForAccessReason(c, { patientId: f.patientId, returnTo: `/patients/${f.patientId}/plan` }),
  ],
];
// Use cases that reach no single patient: searches, lists of the actor's own work, administration.
const untargeted = [
  "searchPatients",
  "addPatient",
  "fhirSearchPatients",
  "plansDueForReview",
  "openChangeRequests",
  "requestChange",
  "listUsers",
  "deactivateUser",
  "getUser",
  "reactivateUser",
  "createUser",
  "changeUserRole",
  "issuePasswordReset",
  "checkUserImport",
  "importUsers",
  "searchAudit",
  "exportAudit",
  "createApiClient",
  "rotateApiClient",
  "revokeApiClient",
  "listApiClients",
  "listOrganisations",
  "getOrganisation",
  "addOrganisation",
  "updateOrganisation",
  "suspendOrganisation",
  "reinstateOrganisation",
  "previewOrganisationImport",
  "importOrganisations",
];

const lastRow = (c: Caller, action: string) => db().auditEvent.findFirst({ where: { actorId: c.actor!.userId, action }, orderBy: { id: "desc" } });

async function failure(work: Promise<unknown>): Promise<{ code?: string }> {
  return work.then(
    () => ({ code: "OK" }),
    (e: { code?: string }) => e,
  );
}

beforeAll(async () => {
  const org = (name: string, kind: "GP_PRACTICE" | "COMMUNITY") => newOrganisation(kind, name);
  practiceId = (await org("Glass Practice", "GP_PRACTICE")).id;
  otherOrgId = (await org("Glass Community Team", "COMMUNITY")).id;
});

describe("every use case that reaches one patient is listed here", () => {
  it("matches the use cases defined in lib/server", () => {
    const root = path.resolve(import.meta.dirname);
    const files = readdirSync(root, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"));
    const defined = files.flatMap((f) => [...readFileSync(path.join(root, f), "utf8").matchAll(/export const (\w+) = defineUseCase\(/g)].map((m) => m[1]));
    expect([...defined].sort()).toEqual(
      [...reasonedRows, ...findingRows]
        .map(([name]) => name)
        .concat(untargeted)
        .sort(),
    );
  });
});

describe.each(reasonedRows)("break glass: %s", (name, auditAction, work) => {
  it.each(["GP", "NURSE"] as const)("a %s outside the care team without a reason: REASON_REQUIRED, and a DENIED row naming the patient", async (role) => {
    const f = await fixture();
    const outsider = await newCaller(role, otherOrgId);
    expect((await failure(work(outsider, f))).code).toBe("REASON_REQUIRED");
    const row = await lastRow(outsider, auditAction);
    expect(row).toMatchObject({ outcome: "DENIED", patientId: f.patientId, planId: f.planId, detail: expect.objectContaining({ code: "REASON_REQUIRED" }) });
  });

  it("with a reason: done, and the audit row is flagged break glass with the reason", async () => {
    const f = await fixture();
    const outsider = await newCaller("NURSE", otherOrgId, null, { accessReason: "Visiting after a fall" });
    await work(outsider, f);
    const row = await lastRow(outsider, auditAction);
    expect(row).toMatchObject({
      outcome: "SUCCESS",
      patientId: f.patientId,
      detail: expect.objectContaining({ breakGlass: true, accessReason: "Visiting after a fall" }),
    });
  });

  it("inside the care team: no reason needed, not flagged", async () => {
    const f = await fixture();
    const member = await newCaller("GP", practiceId);
    await work(member, f);
    const row = await lastRow(member, auditAction);
    expect(row).toMatchObject({ outcome: "SUCCESS", patientId: f.patientId });
    expect(row!.detail).not.toMatchObject({ breakGlass: true });
  });
});

// Reads of the plan itself; drafts and the access log are for authors and the person only.
const authorsOnly = ["getPatientDraft", "getDraft", "getPlanConflict", "getAccessLog"];
describe.each(readRows.filter(([name]) => !authorsOnly.includes(name)))("emergency roles: %s", (name, auditAction, work) => {
  it("an out-of-hours GP from another organisation reads with the default reason, not flagged", async () => {
    const f = await fixture();
    const ooh = await newCaller("OOH_GP", otherOrgId);
    await work(ooh, f);
    const row = await lastRow(ooh, auditAction);
    expect(row).toMatchObject({ outcome: "SUCCESS", patientId: f.patientId, reason: "Out-of-hours consultation" });
    expect(row!.detail).not.toMatchObject({ breakGlass: true });
  });
});

describe("emergency roles on plan actions they may not do", () => {
  it.each(writeRows)("%s by a paramedic: FORBIDDEN, and the DENIED row names the patient and plan", async (_name, auditAction, work) => {
    const f = await fixture();
    const paramedic = await newCaller("PARAMEDIC", otherOrgId);
    expect((await failure(work(paramedic, f))).code).toBe("FORBIDDEN");
    expect(await lastRow(paramedic, auditAction)).toMatchObject({ outcome: "DENIED", patientId: f.patientId, planId: f.planId });
  });

  it("a paramedic reads the summary with the default reason", async () => {
    const f = await fixture();
    const paramedic = await newCaller("PARAMEDIC", null);
    await getPlanView(paramedic, { patientId: f.patientId });
    expect(await lastRow(paramedic, "plan.viewed")).toMatchObject({ reason: "Emergency call" });
  });
});

describe("a reason holds for the shift in the app, never over the API", () => {
  it("after the break-glass form, every page and action goes ahead, flagged with that reason", async () => {
    const f = await fixture();
    const nurse = await newCaller("NURSE", otherOrgId);
    await giveAccessReason({ ...nurse, accessReason: "Community visit" }, { patientId: f.patientId });
    for (const [name, auditAction, work] of [...readRows.filter(([x]) => !x.startsWith("fhir")), ...writeRows.slice(0, 2)]) {
      if (name === "giveAccessReason") continue;
      await work(nurse, f);
      expect(await lastRow(nurse, auditAction), name).toMatchObject({
        outcome: "SUCCESS",
        detail: expect.objectContaining({ breakGlass: true, accessReason: "Community visit" }),
      });
    }
    expect((await failure(fhirReadCarePlan({ ...nurse, via: "fhir-api" }, { planId: f.planId }))).code).toBe("REASON_REQUIRED");
  });

  it("a grant is for that patient only, and an empty form never renews it", async () => {
    const [f, g] = [await fixture(), await fixture()];
    const gp = await newCaller("GP", otherOrgId);
    await giveAccessReason({ ...gp, accessReason: "Referral" }, { patientId: f.patientId });
    expect((await failure(getPlanView(gp, { patientId: g.patientId }))).code).toBe("REASON_REQUIRED");
    expect((await failure(giveAccessReason(gp, { patientId: f.patientId }))).code).toBe("REASON_REQUIRED");
  });

  it("a grant older than the shift no longer counts", async () => {
    const f = await fixture();
    const gp = await newCaller("GP", otherOrgId);
    // The audit trail is append-only: an old grant is written as it would have been 13 hours ago.
    await db().auditEvent.create({
      data: {
        action: "plan.breakGlassGranted",
        outcome: "SUCCESS",
        actorId: gp.actor!.userId,
        actorRole: "GP",
        patientId: f.patientId,
        reason: "Yesterday",
        detail: { breakGlass: true },
        at: new Date(Date.now() - 13 * 3600_000),
      },
    });
    expect((await failure(getPlanView(gp, { patientId: f.patientId }))).code).toBe("REASON_REQUIRED");
  });
});

describe("finding a patient needs no reason, and refusals name whom they were after", () => {
  it.each(findingRows)("%s by a GP outside the care team: done without a reason", async (_name, auditAction, work) => {
    const f = await fixture();
    const gp = await newCaller("GP", otherOrgId);
    await work(gp, f);
    expect(await lastRow(gp, auditAction)).toMatchObject({ outcome: "SUCCESS", patientId: f.patientId });
  });

  it("a patient opening someone else's plan: the DENIED row names the plan they asked for", async () => {
    const [own, other] = [await fixture(), await fixture()];
    const patient = await newCaller("PATIENT", null, own.patientId);
    expect((await failure(compareVersions(patient, { patientId: other.patientId, from: 1, to: 2 }))).code).toBe("NOT_FOUND");
    expect(await lastRow(patient, "plan.versionsCompared")).toMatchObject({ outcome: "DENIED", patientId: other.patientId, planId: other.planId });
  });

  it("an unknown plan: NOT_FOUND, and the DENIED row keeps the id asked for", async () => {
    const gp = await newCaller("GP", practiceId);
    const planId = randomUUID();
    expect((await failure(getDraft(gp, { planId }))).code).toBe("NOT_FOUND");
    expect(await lastRow(gp, "plan.draftViewed")).toMatchObject({ outcome: "DENIED", planId, patientId: null });
  });
});
