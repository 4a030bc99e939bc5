import { describe, expect, it } from "vitest";
import { grantFor, mayRecordConsent, seesPlanWhileWithdrawn, withheldWhileWithdrawn } from "./policy";
import type { Role } from "./roles";

// While the person has withdrawn consent to share: who still sees the plan, and who may record the decision.
const careTeam = new Set(["practice", "hospice"]);
const sees = (role: Role, organisationId: string | null = null) =>
  seesPlanWhileWithdrawn({ role, organisationId }, grantFor(role, "plan.viewEmergency"), careTeam);

describe("seesPlanWhileWithdrawn", () => {
  it("the person themselves (the own grant) and authors of the care team see the plan", () => {
    expect(sees("PATIENT")).toBe(true);
    expect(sees("GP", "practice")).toBe(true);
    expect(sees("NURSE", "hospice")).toBe(true);
  });

  it("authors outside the care team, emergency roles and everyone else do not", () => {
    expect(sees("GP", "elsewhere")).toBe(false);
    expect(sees("NURSE", null)).toBe(false);
    for (const role of ["PARAMEDIC", "CALL_HANDLER_111", "CLINICIAN_111", "OOH_GP", "ADMIN", "ED_CLINICIAN", "CARE_HOME_STAFF"] as Role[]) {
      // Even a role whose organisation is in the care team (a care home caring for a resident) is not an author.
      expect(sees(role, "practice"), role).toBe(false);
    }
  });

  it("withholds every action that shows or changes the plan's content, and nothing else", () => {
    expect([...withheldWhileWithdrawn].sort()).toEqual(["plan.edit", "plan.viewAccessInstructions", "plan.viewEmergency", "plan.viewHistory"]);
  });
});

describe("mayRecordConsent", () => {
  const may = (role: Role, organisationId: string | null = null) => mayRecordConsent({ role, organisationId }, grantFor(role, "consent.record"), careTeam);

  it("the person, and authors of their care team", () => {
    expect(may("PATIENT")).toBe(true);
    expect(may("GP", "practice")).toBe(true);
    expect(may("NURSE", "hospice")).toBe(true);
  });

  it("not an author outside the care team, nor any other role", () => {
    expect(may("GP", "elsewhere")).toBe(false);
    for (const role of ["PARAMEDIC", "CALL_HANDLER_111", "CLINICIAN_111", "OOH_GP", "ADMIN"] as Role[]) expect(may(role, "practice"), role).toBe(false);
  });

  it("never someone acting for the person: consent is not a proxy action, whatever the link's basis", () => {
    expect(may("PROXY")).toBe(false);
  });
});
