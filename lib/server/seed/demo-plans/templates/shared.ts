import type { PlanContent } from "@/lib/domain/plan/schema";

/** A plan built for a day: dates relative to it, so plans stay valid (decisions in the past, reviews in the future). */
export type Builder = (daysAgo: (n: number) => string, monthsAhead: (n: number) => string) => PlanContent;

/** No attorney, no advance decision. */
export const noLegal = (): Omit<PlanContent["capacityAndLegal"], "hasCapacity"> => ({
  capacityDetails: null,
  hasLpaHealthWelfare: "no",
  attorneys: [],
  hasAdrt: "no",
  adrtDetails: null,
  adrtLocation: null,
});
