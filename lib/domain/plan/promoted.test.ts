import { describe, expect, it } from "vitest";
import { demoPlanContent } from "@/lib/server/seed/demo-plan-content";
import { promotedFields } from "./promoted";

describe("promotedFields", () => {
  it("copies the emergency answers as short codes", () => {
    const [frailty, cancer, heart, sickle] = demoPlanContent();
    expect(promotedFields(frailty)).toEqual({ cprDecision: "not-recommended", clinicalFocus: "comfort", preferredPlaceOfDeath: "care-home" });
    expect(promotedFields(cancer)).toEqual({ cprDecision: "not-recommended", clinicalFocus: "comfort", preferredPlaceOfDeath: "home" });
    expect(promotedFields(heart)).toEqual({ cprDecision: "recommended", clinicalFocus: "balance", preferredPlaceOfDeath: "undecided" });
    expect(promotedFields(sickle).preferredPlaceOfDeath).toBeNull();
  });

  it("fits the varchar(40) columns", () => {
    for (const plan of demoPlanContent()) {
      for (const value of Object.values(promotedFields(plan))) expect((value ?? "").length).toBeLessThanOrEqual(40);
    }
  });
});
