import type { CarePlanActivity, CarePlanActivityDetail, CodeableConcept } from "@medplum/fhirtypes";
import { clinicalFocuses, cprDecisions, interventionRecommendations, places, type RoleView } from "../plan";
import { present, snomedConcept } from "./common";

type Status = CarePlanActivityDetail["status"];
type Extra = Omit<CarePlanActivityDetail, "status" | "code" | "description">;

function activity(status: Status, code: CodeableConcept, description: string, extra: Extra = {}): CarePlanActivity {
  return { detail: { status, code, description, ...extra } };
}

/** A text-only activity when the answer is recorded, nothing otherwise. */
function textActivity(status: Status, title: string, value: string | null | undefined): CarePlanActivity[] {
  return present(value) ? [activity(status, { text: title }, value)] : [];
}

function placeActivity(
  status: Status,
  title: string,
  place: (typeof places.codes)[number] | null | undefined,
  other: string | null | undefined,
): CarePlanActivity[] {
  if (!place) return [];
  const label = place === "other" && present(other) ? other : places.label(place);
  return [activity(status, { text: title }, label)];
}

/**
 * The plan's wishes and recommendations as CarePlan activities (NHS England's end-of-life mapping
 * put advance treatment preferences there). Only what `content` holds is mapped: it is already cut
 * to the reader's grants, so access instructions appear only when granted.
 */
export function carePlanActivities(content: RoleView, status: Status): CarePlanActivity[] {
  const { aboutMe: me, clinicalRecommendations: rec, cpr, preferences: pref, medicines: med } = content;
  const out: CarePlanActivity[] = [
    ...textActivity(status, "What matters most to the person", me.whatMattersMost),
    ...textActivity(status, "What the person fears or wishes to avoid", me.fearsOrWishesToAvoid),
  ];
  if (rec.clinicalFocus) out.push(activity(status, { text: "Clinical focus" }, clinicalFocuses.label(rec.clinicalFocus)));
  for (const item of rec.interventions ?? []) {
    const label = interventionRecommendations.label(item.recommendation);
    const notes = present(item.notes) ? ` ${item.notes}` : "";
    out.push(
      activity(status, { text: item.intervention }, `${label}: ${item.intervention}.${notes}`, {
        doNotPerform: item.recommendation === "avoid",
      }),
    );
  }
  out.push(...textActivity(status, "Ceiling of treatment", rec.ceilingOfTreatment));
  if (cpr.decision) {
    const label = cprDecisions.label(cpr.decision);
    out.push(activity(status, snomedConcept(cprDecisions.snomed(cpr.decision), label), label));
  }
  out.push(
    ...textActivity(status, "Preferred place of care", pref.preferredPlaceOfCare),
    ...placeActivity(status, "Preferred place of death (first choice)", pref.preferredPlaceOfDeath, pref.preferredPlaceOfDeathOther),
    ...placeActivity(status, "Preferred place of death (second choice)", pref.secondPlaceOfDeath, pref.secondPlaceOfDeathOther),
    ...textActivity(status, "Organ and tissue donation wishes", pref.organDonation),
    ...textActivity(status, "Other wishes", pref.otherWishes),
  );
  if (med.anticipatoryIssued === "yes" && present(med.anticipatoryMedicines)) {
    const location = present(med.anticipatoryLocation) ? { location: { display: med.anticipatoryLocation } } : {};
    out.push(activity(status, { text: "Anticipatory (just in case) medicines" }, med.anticipatoryMedicines, location));
  }
  for (const item of content.crisisGuidance.items ?? []) out.push(activity(status, { text: item.heading }, item.guidance));
  out.push(...textActivity(status, "Access instructions", content.homeAndAccess.accessInstructions));
  return out;
}
