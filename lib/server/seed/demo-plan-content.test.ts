import { describe, expect, it } from "vitest";
import { demoPlanContent, demoPlanKinds } from "./demo-plan-content";
import { planContentSchema, toFormValues } from "@/lib/domain/plan/schema";

describe("demoPlanContent", () => {
  const plans = demoPlanContent();

  it("gives one plan per kind", () => {
    expect(plans).toHaveLength(demoPlanKinds.length);
  });

  it.each(demoPlanKinds.map((kind, i) => [kind, i] as const))("%s is a valid plan that round-trips", (_kind, i) => {
    const result = planContentSchema.safeParse(toFormValues(plans[i]));
    expect(result.success ? [] : result.error.issues).toEqual([]);
    expect(result.data).toStrictEqual(plans[i]);
  });

  it("is varied: both CPR decisions, every clinical focus, an ADRT with an LPA, crisis guidance", () => {
    expect(new Set(plans.map((p) => p.cpr.decision))).toEqual(new Set(["recommended", "not-recommended"]));
    expect(new Set(plans.map((p) => p.clinicalRecommendations.clinicalFocus))).toEqual(new Set(["comfort", "balance", "extend-life"]));
    expect(plans.some((p) => p.capacityAndLegal.hasAdrt === "yes" && p.capacityAndLegal.hasLpaHealthWelfare === "yes")).toBe(true);
    expect(plans.some((p) => p.crisisGuidance.items.length > 1)).toBe(true);
  });

  it("moves its dates with 'today'", () => {
    const later = demoPlanContent(new Date(Date.now() + 5 * 86_400_000));
    expect(later[0].cpr.decisionDate! > plans[0].cpr.decisionDate!).toBe(true);
  });
});
