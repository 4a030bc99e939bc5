import type { CodeableConcept, Observation } from "@medplum/fhirtypes";
import { places } from "../plan";
import { derivedId, meta, patientReference, present, snomedConcept, visibleContent } from "./common";
import type { PatientRecord, PlanVersionRecord, ViewGrants } from "./types";

/** Questionnaire-style answers (NHS England mapped preferences as questionnaire answers). */
const surveyCategory: CodeableConcept = {
  coding: [{ system: "http://terminology.hl7.org/CodeSystem/observation-category", code: "survey", display: "Survey" }],
};

type Place = (typeof places.codes)[number];

function observation(
  version: PlanVersionRecord,
  patient: PatientRecord,
  suffix: string,
  code: CodeableConcept,
  value: Pick<Observation, "valueCodeableConcept" | "valueString">,
): Observation {
  return {
    resourceType: "Observation",
    id: derivedId(version, suffix),
    meta: meta("Observation", version),
    status: version.status === "CANCELLED" ? "cancelled" : "final",
    category: [surveyCategory],
    code,
    subject: patientReference(patient),
    effectiveDateTime: version.publishedAt.toISOString(),
    ...value,
  };
}

/**
 * The question has no SNOMED code in docs/domain.md, so the Observation code is text only; the answer
 * uses the place's SNOMED code ("Preferred place of death: home" etc.) when it has one.
 */
function placeOfDeath(
  version: PlanVersionRecord,
  patient: PatientRecord,
  choice: 1 | 2,
  place: Place | null | undefined,
  other: string | null | undefined,
): Observation[] {
  if (!place) return [];
  const label = place === "other" && present(other) ? other : places.label(place);
  const code = { text: `Preferred place of death (${choice === 1 ? "first" : "second"} choice)` };
  return [observation(version, patient, `place-of-death-${choice}`, code, { valueCodeableConcept: snomedConcept(places.snomed(place), label) })];
}

/** Preferred place of death (first and second choice) and what matters most, as UKCore-Observations. */
export function toObservations(version: PlanVersionRecord, patient: PatientRecord, grants: ViewGrants): Observation[] {
  const { preferences: pref, aboutMe } = visibleContent(version, grants);
  const matters = present(aboutMe.whatMattersMost)
    ? [observation(version, patient, "what-matters-most", { text: "What matters most to the person" }, { valueString: aboutMe.whatMattersMost })]
    : [];
  return [
    ...placeOfDeath(version, patient, 1, pref.preferredPlaceOfDeath, pref.preferredPlaceOfDeathOther),
    ...placeOfDeath(version, patient, 2, pref.secondPlaceOfDeath, pref.secondPlaceOfDeathOther),
    ...matters,
  ];
}
