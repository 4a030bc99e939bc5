import { describe, expect, it } from "vitest";
import { demoPlanContent } from "@/lib/server/seed/demo-plan-content";
import { isVisibleField, plainFields, summaryFields, viewForRole, viewGrantsFor } from "./role-view";

const plan = demoPlanContent().find((p) => p.homeAndAccess.accessInstructions && p.clinicalBackground.diagnoses.length)!;

describe("viewForRole", () => {
  it("gives clinicians everything", () => {
    const { content, withheld } = viewForRole(plan, { accessInstructions: true, summaryOnly: false });
    expect(content).toEqual(plan);
    expect(withheld).toEqual([]);
  });

  it("drops the access instructions for roles without that grant, and says so", () => {
    const { content, withheld } = viewForRole(plan, { accessInstructions: false, summaryOnly: false });
    expect(content.homeAndAccess).not.toHaveProperty("accessInstructions");
    expect(JSON.stringify(content)).not.toContain(plan.homeAndAccess.accessInstructions!);
    expect(withheld).toEqual(["homeAndAccess.accessInstructions"]);
    expect(content.cpr).toEqual(plan.cpr);
  });

  it("gives call handlers the plain summary: decisions, wishes and contacts, no clinical detail or access codes", () => {
    const { content, withheld } = viewForRole(plan, { accessInstructions: false, summaryOnly: true });
    expect(content.cpr).toEqual({ decision: plan.cpr.decision, decisionDate: plan.cpr.decisionDate });
    expect(content.contacts).toEqual(plan.contacts);
    expect(content.clinicalBackground).toEqual({});
    expect(content.homeAndAccess).toEqual({});
    expect(withheld).toEqual(expect.arrayContaining(["clinicalBackground.diagnoses", "homeAndAccess.accessInstructions"]));
  });
});

describe("the plain view for social care", () => {
  const social = { accessInstructions: false, summaryOnly: true, plainOnly: true };

  it("is what matters to the person, their wishes and who to contact: no CPR decision, clinical focus or medicines", () => {
    const { content, withheld } = viewForRole(plan, social);
    expect(content.aboutMe.whatMattersMost).toBe(plan.aboutMe.whatMattersMost);
    expect(content.preferences.preferredPlaceOfCare).toBe(plan.preferences.preferredPlaceOfCare);
    expect(content.contacts).toEqual(plan.contacts);
    expect(content.cpr).toEqual({});
    expect(content.clinicalRecommendations).toEqual({});
    expect(content.medicines).toEqual({});
    expect(content.homeAndAccess).toEqual({});
    expect(withheld).toEqual(expect.arrayContaining(["cpr.decision", "clinicalRecommendations.clinicalFocus", "homeAndAccess.accessInstructions"]));
    expect(isVisibleField("cpr.decision", social)).toBe(false);
    expect(isVisibleField("contacts.people.0.phone", social)).toBe(true);
  });

  it("is a subset of the call handler's summary", () => {
    for (const field of plainFields) expect(summaryFields).toContain(field);
  });

  it("comes from the policy for each role", () => {
    const P = "11111111-1111-4111-8111-111111111111";
    expect(viewGrantsFor({ role: "SOCIAL_WORKER" }, P)).toEqual(social);
    expect(viewGrantsFor({ role: "CARE_HOME_STAFF", organisationId: "o" }, P)).toEqual({ accessInstructions: false, summaryOnly: true });
    expect(viewGrantsFor({ role: "CARE_HOME_NURSE", organisationId: "o" }, P)).toEqual({ accessInstructions: false, summaryOnly: false });
    expect(viewGrantsFor({ role: "ED_CLINICIAN" }, P)).toEqual({ accessInstructions: false, summaryOnly: false });
    expect(viewGrantsFor({ role: "SPECIALIST_DOCTOR" }, P)).toEqual({ accessInstructions: true, summaryOnly: false });
  });
});

describe("isVisibleField", () => {
  it("hides access instructions without the grant, and everything outside the summary for call handlers", () => {
    const clinician = { accessInstructions: true, summaryOnly: false };
    const handler = { accessInstructions: false, summaryOnly: true };
    expect(isVisibleField("homeAndAccess.accessInstructions", clinician)).toBe(true);
    expect(isVisibleField("homeAndAccess.accessInstructions", { accessInstructions: false, summaryOnly: false })).toBe(false);
    expect(isVisibleField("cpr.decision", handler)).toBe(true);
    expect(isVisibleField("contacts.people.2.phone", handler)).toBe(true);
    expect(isVisibleField("clinicalBackground.diagnoses.0.description", handler)).toBe(false);
  });
});
