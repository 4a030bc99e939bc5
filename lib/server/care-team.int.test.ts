import { addDays, subDays } from "date-fns";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { londonDay } from "@/lib/domain/london-time";
import { demoPlanContent } from "@/lib/server/seed/demo-plan-content";
import { addCareTeamMember as addMember, newCaller, newOrganisation, newPatient, publishFirstVersion, resultCode } from "@/test/fixtures";
import type { Caller } from "./actor";
import { careOrganisationIds } from "./care-team";
import { listCareTeamPatients } from "./care-team-patients";
import { fhirEverything, fhirReadCarePlan, fhirSearchCarePlans, fhirSearchPatients } from "./fhir/reads";
import { getPatient, searchPatients } from "./patients";
import { openDraft } from "./plans/drafts";
import { publishContent } from "./plans/publish-content";
import { toFormValues } from "@/lib/domain/plan";
import { getPlanHistory } from "./plans/versions";
import { getPlanView } from "./views/plan-view";
import { rereadForStream } from "./views/watch-batch";
import { watchPlan } from "./views/watch";

// The explicit care team (issue P4 item 4) and the roles whose reach depends on it (item 3).
const content = demoPlanContent().find((p) => p.homeAndAccess.accessInstructions && p.clinicalBackground.diagnoses.length)!;
const day = (offset: number) => londonDay(offset < 0 ? subDays(new Date(), -offset) : addDays(new Date(), offset));

let practiceId: string;
let homeId: string;
let otherHomeId: string;
let councilId: string;
let hospiceId: string;
let resident: { id: string; nhsNumber: string; planId: string };
let outsider: { id: string; nhsNumber: string; planId: string };

const lastRow = (c: Caller, action: string) => db().auditEvent.findFirst({ where: { actorId: c.actor!.userId, action }, orderBy: { id: "desc" } });
const careTeam = (patientId: string) => db().$transaction((tx) => careOrganisationIds(tx, patientId));

async function patientWithPlan() {
  const patient = await newPatient({ registeredPracticeId: practiceId });
  const { planId } = await publishFirstVersion(await newCaller("GP", practiceId), patient.id, content);
  return { id: patient.id, nhsNumber: patient.nhsNumber, planId };
}

beforeAll(async () => {
  practiceId = (await newOrganisation("GP_PRACTICE", "Team Practice")).id;
  homeId = (await newOrganisation("CARE_HOME", "Team Care Home")).id;
  otherHomeId = (await newOrganisation("CARE_HOME", "Another Care Home")).id;
  councilId = (await newOrganisation("LOCAL_AUTHORITY", "Team Social Care")).id;
  hospiceId = (await newOrganisation("HOSPICE", "Team Hospice")).id;
  resident = await patientWithPlan();
  outsider = await patientWithPlan();
  await addMember(resident.id, homeId, "CARE_HOME");
});

describe("the care team is the current memberships", () => {
  it("holds from its since date to its until date (both days included); not once ended, not before it starts", async () => {
    const p = (await newPatient()).id;
    const orgs = await Promise.all(["a", "b", "c", "d", "e", "f"].map((n) => newOrganisation("COMMUNITY", `Dates ${n}`)));
    await addMember(p, orgs[0].id, "COMMUNITY_TEAM", { since: day(0) }); // starts today: in
    await addMember(p, orgs[1].id, "COMMUNITY_TEAM", { since: day(1) }); // starts tomorrow: not yet
    await addMember(p, orgs[2].id, "COMMUNITY_TEAM", { since: day(-30), until: day(0) }); // last day today: in
    await addMember(p, orgs[3].id, "COMMUNITY_TEAM", { since: day(-30), until: day(-1) }); // ended yesterday: out
    await addMember(p, orgs[4].id, "COMMUNITY_TEAM", { since: day(-30), endedAt: new Date() }); // ended by an author: out
    await addMember(p, orgs[5].id, "COMMUNITY_TEAM", { since: day(-30), until: day(10) }); // until later: in
    expect(await careTeam(p)).toEqual(new Set([orgs[0].id, orgs[2].id, orgs[5].id]));
  });

  it("is not the plan's authors: a break-glass publish does not add the author's organisation", async () => {
    const community = await newOrganisation("COMMUNITY", "Visiting Nurses");
    const p = await patientWithPlan();
    const nurse = await newCaller("NURSE", community.id, null, { accessReason: "Asked to visit by the GP" });
    await openDraft(nurse, { patientId: p.id });
    await publishContent(nurse, { planId: p.planId, baseVersion: 1, content: toFormValues(content), changeSummary: "Visit" });
    expect(await careTeam(p.id)).toEqual(new Set([practiceId]));
    const later = await newCaller("NURSE", community.id);
    expect(await resultCode(getPlanView(later, { patientId: p.id }))).toBe("REASON_REQUIRED");
  });
});

describe("break glass with memberships", () => {
  it.each([
    ["current", { since: "2020-01-01" }, "OK"],
    ["ended by an author", { since: "2020-01-01", endedAt: new Date() }, "REASON_REQUIRED"],
    ["until yesterday", { since: "2020-01-01", until: day(-1) }, "REASON_REQUIRED"],
    ["until today", { since: "2020-01-01", until: day(0) }, "OK"],
    ["from tomorrow", { since: day(1) }, "REASON_REQUIRED"],
  ] as const)("a hospice doctor whose membership is %s: %s", async (_label, dates, expected) => {
    const p = await patientWithPlan();
    await addMember(p.id, hospiceId, "HOSPICE", dates);
    const doctor = await newCaller("SPECIALIST_DOCTOR", hospiceId);
    expect(await resultCode(getPlanView(doctor, { patientId: p.id }))).toBe(expected);
    expect(await resultCode(openDraft(doctor, { patientId: p.id }))).toBe(expected);
  });
});

describe("care home staff: their residents only", () => {
  it("reads a resident's emergency summary: the plain summary, no clinical detail, no access instructions, as their care team", async () => {
    const staff = await newCaller("CARE_HOME_STAFF", homeId);
    const view = await getPlanView(staff, { patientId: resident.id });
    expect(view.grants).toEqual({ accessInstructions: false, summaryOnly: true });
    expect(view.plan?.content.cpr.decision).toBe(content.cpr.decision);
    expect(view.plan?.content.clinicalBackground).toEqual({});
    expect(JSON.stringify(view.plan)).not.toContain(content.homeAndAccess.accessInstructions!);
    expect(await lastRow(staff, "plan.viewed")).toMatchObject({ outcome: "SUCCESS", reason: "Care team", patientId: resident.id });
  });

  it("anyone else is not found, in every read, and each refusal is audited naming the patient", async () => {
    const staff = await newCaller("CARE_HOME_STAFF", homeId);
    const reads: [string, () => Promise<unknown>][] = [
      ["plan.viewed", () => getPlanView(staff, { patientId: outsider.id })],
      ["patient.view", () => getPatient(staff, { patientId: outsider.id })],
      ["plan.watched", () => watchPlan(staff, { patientId: outsider.id })],
    ];
    for (const [action, read] of reads) {
      expect(await resultCode(read()), action).toBe("NOT_FOUND");
      expect(await lastRow(staff, action), action).toMatchObject({
        outcome: "DENIED",
        patientId: outsider.id,
        detail: expect.objectContaining({ code: "NOT_FOUND" }),
      });
    }
    // Staff of another care home do not reach this one's residents either.
    expect(await resultCode(getPlanView(await newCaller("CARE_HOME_NURSE", otherHomeId), { patientId: resident.id }))).toBe("NOT_FOUND");
    // History and writing are not theirs at all.
    expect(await resultCode(getPlanHistory(staff, { patientId: resident.id }))).toBe("FORBIDDEN");
    expect(await resultCode(openDraft(await newCaller("CARE_HOME_NURSE", homeId), { patientId: resident.id }))).toBe("FORBIDDEN");
  });

  it("search and the residents list show residents only", async () => {
    const staff = await newCaller("CARE_HOME_STAFF", homeId);
    expect((await searchPatients(staff, { by: "nhs-number", nhsNumber: resident.nhsNumber })).map((p) => p.id)).toEqual([resident.id]);
    expect(await searchPatients(staff, { by: "nhs-number", nhsNumber: outsider.nhsNumber })).toEqual([]);
    const { patients } = await listCareTeamPatients(staff, {});
    expect(patients.map((p) => p.id)).toEqual([resident.id]);
    expect(await lastRow(staff, "patient.careTeamListed")).toMatchObject({ outcome: "SUCCESS", detail: { resultCount: 1 } });
    expect((await listCareTeamPatients(await newCaller("CARE_HOME_STAFF", otherHomeId), {})).patients).toEqual([]);
  });

  it("a care home's API client is held to the same scope", async () => {
    const client = await newCaller("CARE_HOME_NURSE", homeId, null, { via: "fhir-api" });
    expect(await fhirSearchPatients(client, { nhsNumber: outsider.nhsNumber })).toEqual([]);
    expect(await resultCode(fhirReadCarePlan(client, { planId: outsider.planId }))).toBe("NOT_FOUND");
    expect(await resultCode(fhirSearchCarePlans(client, { patientId: outsider.id }))).toBe("NOT_FOUND");
    expect(await resultCode(fhirEverything(client, { patientId: outsider.id }))).toBe("NOT_FOUND");
    expect((await fhirSearchPatients(client, { nhsNumber: resident.nhsNumber })).length).toBe(1);
    const read = await fhirReadCarePlan(client, { planId: resident.planId });
    expect(read.grants).toEqual({ accessInstructions: false, summaryOnly: false });
  });

  it("a registered nurse at the home sees the full plan (clinical detail), still no access instructions", async () => {
    const view = await getPlanView(await newCaller("CARE_HOME_NURSE", homeId), { patientId: resident.id });
    expect(view.plan?.content.clinicalBackground.diagnoses).toEqual(content.clinicalBackground.diagnoses);
    expect(view.plan?.withheld).toEqual(["homeAndAccess.accessInstructions"]);
  });

  it("once the resident leaves (membership ended), the home loses them at once: reads, search and open live views", async () => {
    const p = await patientWithPlan();
    const m = await addMember(p.id, homeId, "CARE_HOME");
    const nurse = await newCaller("CARE_HOME_NURSE", homeId);
    expect(await rereadForStream(nurse, p.id, "change")).toMatchObject({ kind: "state", version: 1 });
    await db().careTeamMembership.update({ where: { id: m.id }, data: { endedAt: new Date() } });
    expect(await resultCode(getPlanView(nurse, { patientId: p.id }))).toBe("NOT_FOUND");
    expect(await searchPatients(nurse, { by: "nhs-number", nhsNumber: p.nhsNumber })).toEqual([]);
    expect(await rereadForStream(nurse, p.id, "change")).toEqual({ kind: "session-ended" });
  });

  it("a care home account with no organisation reaches nobody", async () => {
    const orphan = await newCaller("CARE_HOME_STAFF", null);
    expect(await resultCode(searchPatients(orphan, { by: "nhs-number", nhsNumber: resident.nhsNumber }))).toBe("FORBIDDEN");
    expect(await resultCode(getPlanView(orphan, { patientId: resident.id }))).toBe("FORBIDDEN");
  });
});

describe("the other new roles", () => {
  it("an emergency department clinician reads any plan and its history with their default reason, never the key safe, never writes", async () => {
    const ed = await newCaller("ED_CLINICIAN", (await newOrganisation("HOSPITAL", "Team Hospital")).id);
    const view = await getPlanView(ed, { patientId: outsider.id });
    expect(view.plan?.content.clinicalBackground.diagnoses).toEqual(content.clinicalBackground.diagnoses);
    expect(view.plan?.withheld).toEqual(["homeAndAccess.accessInstructions"]);
    expect(await lastRow(ed, "plan.viewed")).toMatchObject({ reason: "Attending the emergency department", outcome: "SUCCESS" });
    expect(await resultCode(getPlanHistory(ed, { patientId: outsider.id }))).toBe("OK");
    expect(await resultCode(openDraft(ed, { patientId: outsider.id }))).toBe("FORBIDDEN");
  });

  it("a social worker gives a reason outside the care team (flagged break glass) and sees the plain subset: no CPR decision", async () => {
    const social = await newCaller("SOCIAL_WORKER", councilId);
    expect(await resultCode(getPlanView(social, { patientId: outsider.id }))).toBe("REASON_REQUIRED");
    const view = await getPlanView({ ...social, accessReason: "Care Act assessment" }, { patientId: outsider.id });
    expect(view.grants).toEqual({ accessInstructions: false, summaryOnly: true, plainOnly: true });
    expect(view.plan?.content.cpr).toEqual({});
    expect(view.plan?.content.clinicalRecommendations).toEqual({});
    expect(view.plan?.content.aboutMe.whatMattersMost).toBe(content.aboutMe.whatMattersMost);
    expect(view.plan?.withheld).toContain("cpr.decision");
    expect(await lastRow(social, "plan.viewed")).toMatchObject({ reason: "Care Act assessment", detail: expect.objectContaining({ breakGlass: true }) });
    expect(await resultCode(openDraft({ ...social, accessReason: "x" }, { patientId: outsider.id }))).toBe("FORBIDDEN");
  });

  it("a social worker in the person's care team needs no reason and is not flagged", async () => {
    const p = await patientWithPlan();
    await addMember(p.id, councilId, "SOCIAL_CARE");
    const social = await newCaller("SOCIAL_WORKER", councilId);
    await getPlanView(social, { patientId: p.id });
    const row = await lastRow(social, "plan.viewed");
    expect(row).toMatchObject({ reason: "Care team", outcome: "SUCCESS" });
    expect(row?.detail).not.toHaveProperty("breakGlass");
  });
});
