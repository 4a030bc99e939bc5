import { describe, expectTypeOf, it } from "vitest";
import type { PlanContent, PlanDraft, PlanFormValues } from "./schema";

// Checked by tsc (npm run typecheck); at run time these are no-ops.
describe("plan types", () => {
  it("saved content is normalised", () => {
    expectTypeOf<PlanContent["aboutMe"]["whatMattersMost"]>().toEqualTypeOf<string>();
    expectTypeOf<PlanContent["aboutMe"]["preferredName"]>().toEqualTypeOf<string | null>();
    expectTypeOf<PlanContent["cpr"]["decision"]>().toEqualTypeOf<"recommended" | "not-recommended" | "not-decided">();
    expectTypeOf<PlanContent["cpr"]["decisionDate"]>().toEqualTypeOf<string | null>();
    expectTypeOf<PlanContent["planDetails"]["reviewDate"]>().toEqualTypeOf<string>();
    expectTypeOf<PlanContent["preferences"]["preferredPlaceOfDeath"]>().toEqualTypeOf<
      "home" | "care-home" | "hospice" | "hospital" | "other" | "no-preference" | "undecided" | "declined" | null
    >();
    expectTypeOf<PlanContent["contacts"]["people"][number]["phone"]>().toEqualTypeOf<string | null>();
  });

  it("form values are strings, date boxes and '' for not answered", () => {
    expectTypeOf<PlanFormValues["cpr"]["decision"]>().toEqualTypeOf<"" | "recommended" | "not-recommended" | "not-decided">();
    expectTypeOf<PlanFormValues["cpr"]["decisionDate"]>().toEqualTypeOf<{ day: string; month: string; year: string }>();
    expectTypeOf<PlanFormValues["aboutMe"]["preferredName"]>().toEqualTypeOf<string>();
    expectTypeOf<PlanDraft>().toEqualTypeOf<PlanFormValues>();
  });
});
