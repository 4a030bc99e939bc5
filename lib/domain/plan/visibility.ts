import { isRecord } from "./guards";
import type { SectionKey } from "./schema";

/**
 * Conditional questions: a field listed here is asked only when another field of its section
 * has one of the given answers. These mirror the sections' "required when" rules and `clear`
 * functions, so a hidden question is never required.
 */
interface Condition {
  when: string;
  is: readonly string[];
}

const decided = ["recommended", "not-recommended"] as const;

const conditions: Partial<Record<SectionKey, Record<string, Condition>>> = {
  cpr: {
    decisionDate: { when: "decision", is: decided },
    reviewDate: { when: "decision", is: decided },
    madeBy: { when: "decision", is: decided },
    capacity: { when: "decision", is: decided },
    reasons: { when: "decision", is: ["not-recommended"] },
    discussedWithPatient: { when: "decision", is: ["not-recommended"] },
    discussionDetails: { when: "decision", is: ["not-recommended"] },
  },
  capacityAndLegal: {
    capacityDetails: { when: "hasCapacity", is: ["no", "fluctuates"] },
    attorneys: { when: "hasLpaHealthWelfare", is: ["yes"] },
    adrtDetails: { when: "hasAdrt", is: ["yes"] },
    adrtLocation: { when: "hasAdrt", is: ["yes"] },
  },
  preferences: {
    preferredPlaceOfDeathOther: { when: "preferredPlaceOfDeath", is: ["other"] },
    secondPlaceOfDeathOther: { when: "secondPlaceOfDeath", is: ["other"] },
  },
  medicines: {
    anticipatoryMedicines: { when: "anticipatoryIssued", is: ["yes"] },
    anticipatoryLocation: { when: "anticipatoryIssued", is: ["yes"] },
  },
};

/** Fields the check-your-answers page asks itself (the summary of changes). */
const askedElsewhere: Partial<Record<SectionKey, readonly string[]>> = { planDetails: ["changeSummary"] };

export function isAskedInForm(section: SectionKey, field: string): boolean {
  return !askedElsewhere[section]?.includes(field);
}

/** Whether `field` applies given the section's current answers. */
export function isAsked(section: SectionKey, field: string, values: unknown): boolean {
  const condition = conditions[section]?.[field];
  if (!condition) return true;
  const answer = isRecord(values) ? values[condition.when] : undefined;
  return typeof answer === "string" && condition.is.includes(answer);
}

/** The field whose answer reveals `field`, if any: the form shows it just after that field. */
export function revealedBy(section: SectionKey, field: string): string | null {
  return conditions[section]?.[field]?.when ?? null;
}
