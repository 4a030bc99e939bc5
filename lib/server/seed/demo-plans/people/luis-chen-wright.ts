import type { PlanContent } from "@/lib/domain/plan/schema";

/** Luis Chen-Wright, 94, a resident of Dulwich Grove Care Home: his plan is a draft so far (About me only). */
export const luisChenWrightAboutMe: PlanContent["aboutMe"] = {
  preferredName: "Lou",
  communicationNeeds: "Dementia: short sentences, one question at a time. Wears glasses and a hearing aid on the right.",
  interpreterNeeded: "no",
  language: "English",
  whatMattersMost: "His morning paper, jazz records, and his daughter Grace's visits on Wednesdays.",
  fearsOrWishesToAvoid: "Being moved from Dulwich Grove. Loud, busy places.",
  religiousOrCulturalNeeds: null,
};
