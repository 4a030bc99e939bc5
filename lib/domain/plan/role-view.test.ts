import { describe, expect, it } from "vitest";
import { demoPlanContent } from "@/lib/server/seed/demo-plan-content";
import { isVisibleField, viewForRole } from "./role-view";

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
