import { isAllowed, planCuts, type PolicySubject } from "../policy";
import type { PlanContent } from "./schema";
import { sensitiveFields } from "./sensitive";

/**
 * What one reader may see of a plan. The policy decides the grants (lib/domain/policy.ts);
 * this only cuts the content to match, so views, APIs and prints all cut the same way.
 */
export interface ViewGrants {
  /** plan.viewAccessInstructions: the key safe and how to get in. */
  accessInstructions: boolean;
  /** A reduced view (policy planCuts: NHS 111 call handlers, care home staff, social workers): a plain summary, no clinical detail. */
  summaryOnly: boolean;
  /** The smallest view (social workers): plainFields only, not the CPR decision nor clinical recommendations. */
  plainOnly?: boolean;
}

/** The fields a non-clinical call handler sees: decisions, wishes and who to call. */
export const summaryFields = [
  "aboutMe.preferredName",
  "aboutMe.communicationNeeds",
  "aboutMe.interpreterNeeded",
  "aboutMe.language",
  "aboutMe.whatMattersMost",
  "clinicalRecommendations.clinicalFocus",
  "cpr.decision",
  "cpr.decisionDate",
  "capacityAndLegal.hasLpaHealthWelfare",
  "capacityAndLegal.attorneys",
  "preferences.preferredPlaceOfCare",
  "preferences.preferredPlaceOfDeath",
  "preferences.preferredPlaceOfDeathOther",
  "medicines.anticipatoryIssued",
  "contacts.whoToCallFirst",
  "contacts.people",
  "contacts.professionals",
  "planDetails.reviewDate",
] as const;

/** What social care sees (a subset of summaryFields): the person, their wishes and who to contact; nothing clinical. */
export const plainFields = [
  "aboutMe.preferredName",
  "aboutMe.communicationNeeds",
  "aboutMe.interpreterNeeded",
  "aboutMe.language",
  "aboutMe.whatMattersMost",
  "capacityAndLegal.hasLpaHealthWelfare",
  "capacityAndLegal.attorneys",
  "preferences.preferredPlaceOfCare",
  "preferences.preferredPlaceOfDeath",
  "preferences.preferredPlaceOfDeathOther",
  "contacts.whoToCallFirst",
  "contacts.people",
  "contacts.professionals",
  "planDetails.reviewDate",
] as const satisfies readonly (typeof summaryFields)[number][];

export type RoleView = { [S in keyof PlanContent]: Partial<PlanContent[S]> };

/** The policy's answer for this reader and patient, as the grants every view, API and print cuts by. */
export function viewGrantsFor(reader: PolicySubject, patientId: string): ViewGrants {
  return {
    accessInstructions: isAllowed(reader, "plan.viewAccessInstructions", { patientId }),
    summaryOnly: planCuts[reader.role] !== undefined,
    ...(planCuts[reader.role] === "plain" ? { plainOnly: true } : {}),
  };
}

export interface CutPlan {
  content: RoleView;
  /** Paths left out for this reader, so views can say "not shown to your role". */
  withheld: string[];
}

export function viewForRole(content: PlanContent, grants: ViewGrants): CutPlan {
  const withheld: string[] = [];
  const out: Record<string, Record<string, unknown>> = {};
  for (const [sectionKey, section] of Object.entries(content) as [string, Record<string, unknown>][]) {
    out[sectionKey] = {};
    for (const [field, value] of Object.entries(section)) {
      const path = `${sectionKey}.${field}`;
      const sensitive = (sensitiveFields as readonly string[]).includes(path) && !grants.accessInstructions;
      const outsideSummary = grants.summaryOnly && !(summaryFields as readonly string[]).includes(path);
      const outsidePlain = grants.plainOnly && !(plainFields as readonly string[]).includes(path);
      if (sensitive || outsideSummary || outsidePlain) {
        if (value !== null && !(Array.isArray(value) && value.length === 0)) withheld.push(path);
        continue;
      }
      out[sectionKey][field] = value;
    }
  }
  return { content: out as RoleView, withheld };
}

/** Whether a field path (as in diffs: "cpr.decision", "contacts.people.2.phone") is visible to this reader. */
export function isVisibleField(path: string, grants: ViewGrants): boolean {
  const field = path.split(".").slice(0, 2).join(".");
  if (!grants.accessInstructions && (sensitiveFields as readonly string[]).includes(field)) return false;
  if (grants.plainOnly && !(plainFields as readonly string[]).includes(field)) return false;
  return !grants.summaryOnly || (summaryFields as readonly string[]).includes(field);
}
