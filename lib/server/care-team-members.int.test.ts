import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { newCaller, newOrganisation, newPatient, resultCode } from "@/test/fixtures";
import type { Caller } from "./actor";
import { careOrganisationIds } from "./care-team";
import { addCareTeamMember, endCareTeamMember, getCareTeam } from "./care-team-members";

// Authors add and end care team memberships (issue P4 item 4): audited with the patient, bad input next to its field.
let practiceId: string;
let home: { id: string; odsCode: string; name: string };
let gp: Caller;

const noEnd = { day: "", month: "", year: "" };
const add = (c: Caller, patientId: string, organisation: string, extra: Partial<Parameters<typeof addCareTeamMember>[1]> = {}) =>
  addCareTeamMember(c, { patientId, organisation, role: "CARE_HOME", since: { day: "1", month: "6", year: "2026" }, until: noEnd, ...extra });
const fieldError = async (work: Promise<unknown>, field: string) => {
  const e = await work.then(
    () => null,
    (err: { code: string; fieldErrors: Record<string, string> }) => err,
  );
  expect(e?.code).toBe("INVALID");
  return e!.fieldErrors[field];
};

beforeAll(async () => {
  practiceId = (await newOrganisation("GP_PRACTICE", "Members Practice")).id;
  home = await newOrganisation("CARE_HOME", `Members Lodge ${Math.random().toString(36).slice(2, 8)}`);
  gp = await newCaller("GP", practiceId);
});

describe("adding and ending care team memberships", () => {
  it("adds by ODS code (any case), shows it on the care team, and audits it with the patient", async () => {
    const p = await newPatient({ registeredPracticeId: practiceId });
    const { id } = await add(gp, p.id, home.odsCode.toLowerCase(), { until: { day: "31", month: "12", year: "2099" } });
    const team = await getCareTeam(gp, { patientId: p.id });
    expect(team.members.map((m) => [m.organisation.odsCode, m.role, m.since, m.until, m.state, m.addedBy])).toEqual([
      [expect.any(String), "REGISTERED_PRACTICE", "2020-01-01", null, "current", null],
      [home.odsCode, "CARE_HOME", "2026-06-01", "2099-12-31", "current", gp.actor!.name],
    ]);
    const row = await db().auditEvent.findFirstOrThrow({ where: { action: "careTeam.memberAdded", patientId: p.id } });
    expect(row).toMatchObject({
      outcome: "SUCCESS",
      actorId: gp.actor!.userId,
      detail: expect.objectContaining({ membershipId: id, odsCode: home.odsCode, role: "CARE_HOME" }),
    });
    expect(await db().$transaction((tx) => careOrganisationIds(tx, p.id))).toEqual(new Set([practiceId, home.id]));
  });

  it("adds by full name (any case); part of a name suggests, never picks; an unknown one says so", async () => {
    const p = await newPatient({ registeredPracticeId: practiceId });
    expect(await fieldError(add(gp, p.id, home.name.slice(0, 12)), "organisation")).toMatch(new RegExp(`Did you mean .*\\(${home.odsCode}\\)`));
    expect(await fieldError(add(gp, p.id, "No Such Place At All"), "organisation")).toMatch(/No organisation on this service has the ODS code or name/);
    await add(gp, p.id, home.name.toUpperCase());
    expect(await fieldError(add(gp, p.id, home.odsCode), "organisation")).toMatch(/already in the care team/);
    const twin = `Twin House ${Math.random().toString(36).slice(2, 8)}`;
    await newOrganisation("CARE_HOME", twin);
    await newOrganisation("HOSPICE", twin);
    expect(await fieldError(add(gp, p.id, twin), "organisation")).toMatch(/More than one organisation is called .*: enter its ODS code/);
  });

  it("refuses bad dates and roles next to their fields, adding nothing", async () => {
    const p = await newPatient({ registeredPracticeId: practiceId });
    expect(await fieldError(add(gp, p.id, home.odsCode, { until: { day: "1", month: "1", year: "2026" } }), "until")).toMatch(
      /same as or after the start date/,
    );
    expect(await fieldError(add(gp, p.id, home.odsCode, { since: { day: "31", month: "2", year: "2026" } }), "since")).toMatch(/real date/);
    expect(await fieldError(add(gp, p.id, home.odsCode, { until: { day: "3", month: "", year: "2027" } }), "until")).toMatch(/must include a month/);
    expect(await fieldError(add(gp, p.id, home.odsCode, { role: "LANDLORD" as never }), "role")).toMatch(/Select what the organisation does/);
    expect(await fieldError(add(gp, p.id, "  "), "organisation")).toMatch(/ODS code or full name/);
    expect(await db().careTeamMembership.count({ where: { patientId: p.id } })).toBe(1);
  });

  it("ends a membership from now (past, who ended it), audited; ending it again is not found", async () => {
    const p = await newPatient({ registeredPracticeId: practiceId });
    const { id } = await add(gp, p.id, home.odsCode);
    await endCareTeamMember(gp, { patientId: p.id, membershipId: id });
    const ended = (await getCareTeam(gp, { patientId: p.id })).members.find((m) => m.id === id)!;
    expect(ended).toMatchObject({ state: "past", endedBy: gp.actor!.name, endedAt: expect.any(Date) });
    expect(await db().auditEvent.findFirstOrThrow({ where: { action: "careTeam.memberEnded", patientId: p.id } })).toMatchObject({
      outcome: "SUCCESS",
      detail: expect.objectContaining({ membershipId: id, odsCode: home.odsCode }),
    });
    expect(await resultCode(endCareTeamMember(gp, { patientId: p.id, membershipId: id }))).toBe("NOT_FOUND");
    // A membership of someone else's care team cannot be ended through this patient.
    const other = await newPatient({ registeredPracticeId: practiceId });
    const theirs = await db().careTeamMembership.findFirstOrThrow({ where: { patientId: other.id } });
    expect(await resultCode(endCareTeamMember(gp, { patientId: p.id, membershipId: theirs.id }))).toBe("NOT_FOUND");
    // Once ended it may be added again (a resident who comes back).
    expect(await resultCode(add(gp, p.id, home.odsCode))).toBe("OK");
  });

  it("only authors change the care team; outside it they give a reason first (break glass)", async () => {
    const p = await newPatient({ registeredPracticeId: practiceId });
    for (const role of ["PARAMEDIC", "ED_CLINICIAN", "SOCIAL_WORKER"] as const) {
      expect(await resultCode(add(await newCaller(role, home.id), p.id, home.odsCode)), role).toBe("FORBIDDEN");
    }
    expect(await resultCode(add(await newCaller("CARE_HOME_NURSE", home.id), p.id, home.odsCode))).toBe("FORBIDDEN");
    const outsider = await newCaller("NURSE", (await newOrganisation("COMMUNITY", "Members Community")).id);
    expect(await resultCode(add(outsider, p.id, home.odsCode))).toBe("REASON_REQUIRED");
    expect(await resultCode(add({ ...outsider, accessReason: "New resident's admission" }, p.id, home.odsCode))).toBe("OK");
    const row = await db().auditEvent.findFirstOrThrow({ where: { action: "careTeam.memberAdded", patientId: p.id, outcome: "SUCCESS" } });
    expect(row.detail).toMatchObject({ breakGlass: true, accessReason: "New resident's admission" });
  });
});
