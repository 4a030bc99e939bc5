import { describe, expect, it } from "vitest";
import { demoPlanContent } from "@/lib/server/seed/demo-plan-content";
import { planInPlainEnglish } from "./plain-english";

describe("planInPlainEnglish", () => {
  const plans = demoPlanContent();
  it("explains a 'CPR not recommended' decision without jargon", () => {
    const plan = plans.find((p) => p.cpr.decision === "not-recommended")!;
    const text = planInPlainEnglish(plan)
      .flatMap((s) => s.sentences)
      .join(" ");
    expect(text).toContain("If your heart stops, the team will not try to restart it");
    expect(text).not.toMatch(/DNACPR|450476008|not-recommended/);
  });

  it("explains 'CPR recommended' and the clinical focus in the second person", () => {
    const plan = plans.find((p) => p.cpr.decision === "recommended")!;
    const sentences = planInPlainEnglish(plan).flatMap((s) => s.sentences);
    expect(sentences).toContain("If your heart stops, the team will try to restart it (this is called CPR).");
    expect(sentences.some((s) => s.startsWith("In an emergency, your care will"))).toBe(true);
  });

  it("leaves out sections with nothing recorded", () => {
    for (const plan of plans) {
      for (const section of planInPlainEnglish(plan)) expect(section.sentences.length).toBeGreaterThan(0);
    }
  });
});
