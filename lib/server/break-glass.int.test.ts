import { randomUUID } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { toFormValues } from "@/lib/domain/plan";
import { demoPlanContent } from "@/lib/server/seed/demo-plan-content";
import type { Caller } from "./actor";
import { restoreSharing } from "./consent/restore-sharing";
import { getSharingStatus } from "./consent/sharing-status";
import { withdrawSharing } from "./consent/withdraw-sharing";
import { fhirCarePlanHistory, fhirEverything, fhirReadCarePlan, fhirSearchCarePlans, fhirSearchConsents } from "./fhir/reads";
import { addCareTeamMember, endCareTeamMember, getCareTeam } from "./care-team-members";
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
import { answerChangeRequest, getChangeRequest, listOwnChangeRequests } from "./plans/change-requests";
import { requestChange } from "./plans/request-change";
import { endProxyLink } from "./proxies/end-link";
import { listProxyLinks } from "./proxies/links";
import { nominateCarer, recordProxyLink } from "./proxies/record-link";
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
  ["fhirSearchConsents", "consent.read", (c, f) => fhirSearchConsents(c, { patientId: f.patientId })],
  ["giveAccessReason", "plan.breakGlassGranted", (c, f) => giveAccessReason(c, { patientId: f.patientId })],
  ["listProxyLinks", "proxy.linksViewed", (c, f) => listProxyLinks(c, { patientId: f.patientId })],
  ["getChangeRequest", "changeRequest.opened", async (c, f) => getChangeRequest(c, { patientId: f.patientId, changeRequestId: await aRequest(f) })],
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
  [
    "recordProxyLink",
    "proxy.linkRecorded",
    async (c, f) => recordProxyLink(c, { patientId: f.patientId, email: await aProxyEmail(), basis: "NOMINATED_CARER", relationship: "Neighbour" }),
  ],
  ["endProxyLink", "proxy.linkEnded", async (c, f) => endProxyLink(c, { patientId: f.patientId, linkId: await aLink(f), reason: "No longer caring" })],
  [
    "answerChangeRequest",
    "changeRequest.answered",
    async (c, f) => answerChangeRequest(c, { patientId: f.patientId, changeRequestId: await aRequest(f), outcome: "DONE" }),
  ],
  [
    "addCareTeamMember",
    "careTeam.memberAdded",
    (c, f) =>
      addCareTeamMember(c, {
        patientId: f.patientId,
        organisation: "Glass Community Team",
        role: "COMMUNITY_TEAM",
        since: { day: "1", month: "1", year: "2026" },
        until: { day: "", month: "", year: "" },
      }),
  ],
  [
    "endCareTeamMember",
    "careTeam.memberEnded",
    async (c, f) => {
      const m = await db().careTeamMembership.findFirstOrThrow({ where: { patientId: f.patientId, endedAt: null } });
      return endCareTeamMember(c, { patientId: f.patientId, membershipId: m.id });
    },
  ],
];

async function aProxyEmail(): Promise<string> {
  return (await newCaller("PROXY")).actor!.email;
}

async function aLink(f: Fixture): Promise<string> {
  const proxy = await newCaller("PROXY");
  const link = await db().proxyLink.create({
    data: {
      patientId: f.patientId,
      proxyUserId: proxy.actor!.userId,
      basis: "NOMINATED_CARER",
      relationship: "Friend",
      recordedById: proxy.actor!.userId,
      recordedByRole: "GP",
    },
  });
  return link.id;
}

async function aRequest(f: Fixture): Promise<string> {
  const person = await db().user.create({ data: { email: `person-${randomUUID()}@example.org`, name: "Person", role: "PATIENT", patientId: f.patientId } });
  return (await db().changeRequest.create({ data: { patientId: f.patientId, planId: f.planId, text: "Please call my son", requestedById: person.id } })).id;
}
const reasonedRows = [...readRows, ...writeRows];

// Use cases that name one patient but only find them (demographics, status, the prompt): no reason.
const findingRows: Row[] = [
  ["getPatient", "patient.view", (c, f) => getPatient(c, { patientId: f.patientId })],
  ["getPlanStatus", "plan.statusViewed", (c, f) => getPlanStatus(c, { patientId: f.patientId })],
  ["getCareTeam", "careTeam.viewed", (c, f) => getCareTeam(c, { patientId: f.patientId })],
  [
    "promptForAccessReason",
    "plan.breakGlassPrompted",
    (c, f) => promptForAccessReason(c, { patientId: f.patientId, returnTo: `/patients/${f.patientId}/plan` }),
  ],
];
// Recording the person's decision about sharing: the care team's authors only, never by break glass (policy mayRecordConsent).
const careTeamOnlyRows: Row[] = [
  ["withdrawSharing", "consent.withdrawn", (c, f) => withdrawSharing(c, { patientId: f.patientId })],
  ["restoreSharing", "consent.given", (c, f) => restoreSharing(c, { patientId: f.patientId, basis: "explicit-consent" })],
  ["getSharingStatus", "consent.viewed", (c, f) => getSharingStatus(c, { patientId: f.patientId })],
];

// The person's own use cases (and those acting for them): targeted, with the person's default reason, never for staff.
const personalRows: Row[] = [
  ["requestChange", "changeRequest.created", (c, f) => requestChange(c, { patientId: f.patientId, text: "Please add my son" })],
  ["listOwnChangeRequests", "changeRequest.ownListViewed", (c, f) => listOwnChangeRequests(c, { patientId: f.patientId })],
  ["nominateCarer", "proxy.linkRecorded", async (c, f) => nominateCarer(c, { patientId: f.patientId, email: await aProxyEmail(), relationship: "Friend" })],
];

// Use cases that reach no single patient: searches, lists of the actor's own work, administration.
const untargeted = [
  "searchPatients",
  "addPatient",
  "fhirSearchPatients",
  "plansDueForReview",
  "openChangeRequests",
  "listActingFor",
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
  "listCareTeamPatients",
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
      [...reasonedRows, ...findingRows, ...careTeamOnlyRows, ...personalRows]
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

describe.each(careTeamOnlyRows)("care team only: %s", (_name, auditAction, work) => {
  it("an author outside the care team, even with a reason: FORBIDDEN, and a DENIED row naming the patient", async () => {
    const f = await fixture();
    const outsider = await newCaller("NURSE", otherOrgId, null, { accessReason: "Visiting after a fall" });
    expect((await failure(work(outsider, f))).code).toBe("FORBIDDEN");
    expect(await lastRow(outsider, auditAction)).toMatchObject({ outcome: "DENIED", patientId: f.patientId, planId: f.planId });
  });

  it("inside the care team: done, no reason needed", async () => {
    const f = await fixture();
    const member = await newCaller("GP", practiceId);
    await work(member, f);
    expect(await lastRow(member, auditAction)).toMatchObject({ outcome: "SUCCESS", patientId: f.patientId });
  });
});

// Reads of the plan itself; drafts and the access log are for authors and the person only.
const authorsOnly = ["getPatientDraft", "getDraft", "getPlanConflict", "getAccessLog", "listProxyLinks", "getChangeRequest"];
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

describe.each(personalRows)("the person's own: %s", (_name, auditAction, work) => {
  it("the person does it with their default reason; a GP of their practice is refused, the DENIED row naming the patient", async () => {
    const f = await fixture();
    const person = await newCaller("PATIENT", null, f.patientId);
    await work(person, f);
    expect(await lastRow(person, auditAction)).toMatchObject({ outcome: "SUCCESS", patientId: f.patientId });
    const gp = await newCaller("GP", practiceId);
    expect((await failure(work(gp, f))).code).toBe("FORBIDDEN");
    expect(await lastRow(gp, auditAction)).toMatchObject({ outcome: "DENIED", patientId: f.patientId });
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
