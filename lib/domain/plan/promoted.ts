import type { PlanContent } from "./schema";

/**
 * The emergency answers copied into columns of CarePlanVersion (varchar(40)) so they can be
 * queried and shown in lists without reading the content JSON. Values are the value-set codes.
 */
export interface PromotedFields {
  cprDecision: PlanContent["cpr"]["decision"];
  clinicalFocus: PlanContent["clinicalRecommendations"]["clinicalFocus"];
  preferredPlaceOfDeath: PlanContent["preferences"]["preferredPlaceOfDeath"];
}

export function promotedFields(content: PlanContent): PromotedFields {
  return {
    cprDecision: content.cpr.decision,
    clinicalFocus: content.clinicalRecommendations.clinicalFocus,
    preferredPlaceOfDeath: content.preferences.preferredPlaceOfDeath,
  };
}
