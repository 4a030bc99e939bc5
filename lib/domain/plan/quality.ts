import { addMonths, isAfter, parseISO, startOfDay } from "date-fns";
import { blank } from "./guards";
import type { PlanContent, SectionKey } from "./schema";

/** Something worth a second look before publishing. Warnings never block publishing. */
export interface QualityWarning {
  section: SectionKey;
  message: string;
}

export function dataQualityWarnings(content: PlanContent, today: Date = new Date()): QualityWarning[] {
  const warnings: QualityWarning[] = [];
  const warn = (section: SectionKey, message: string) => warnings.push({ section, message });
  const { cpr, preferences, medicines, planDetails, contacts, capacityAndLegal } = content;

  if (cpr.decision === "not-recommended" && cpr.discussedWithPatient !== "yes" && cpr.familyInformed !== "yes") {
    warn("cpr", "CPR attempts are not recommended but there is no record that this was discussed with the person or their family");
  }
  // Dying at home usually needs "just in case" medicines in the house (NICE NG31).
  if (preferences.preferredPlaceOfDeath === "home" && medicines.anticipatoryIssued !== "yes") {
    warn("medicines", "The person would prefer to die at home but no anticipatory medicines are recorded as issued");
  }
  if (isAfter(parseISO(planDetails.reviewDate), addMonths(startOfDay(today), 12))) {
    warn("planDetails", "The review date is more than 12 months away: plans should be reviewed at least once a year");
  }
  for (const person of contacts.people) {
    if (blank(person.phone)) warn("contacts", `There is no phone number for ${person.name}`);
  }
  for (const professional of contacts.professionals) {
    if (blank(professional.phone)) warn("contacts", `There is no phone number for ${professional.name}`);
  }
  if (capacityAndLegal.hasLpaHealthWelfare === "yes" && capacityAndLegal.attorneys.every((a) => blank(a.phone))) {
    warn("capacityAndLegal", "There is a lasting power of attorney but no phone number for an attorney");
  }
  // The publish schema requires the location; this catches versions saved before that rule.
  if (capacityAndLegal.hasAdrt === "yes" && blank(capacityAndLegal.adrtLocation)) {
    warn("capacityAndLegal", "There is an advance decision to refuse treatment but not where it is kept");
  }
  return warnings;
}
