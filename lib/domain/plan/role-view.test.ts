import { describe, expect, it } from "vitest";
import { demoPlanContent } from "./demo";
import { viewForRole } from "./role-view";

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
