import type { AllergyIntolerance, CodeableConcept, Condition } from "@medplum/fhirtypes";
import { derivedId, meta, present, snomedConcept, visibleContent } from "./common";
import type { PatientRecord, PlanVersionRecord, ViewGrants } from "./types";

const concept = (system: string, code: string, display: string): CodeableConcept => ({ coding: [{ system, code, display }] });

const TERMINOLOGY = "http://terminology.hl7.org/CodeSystem/";
const active = concept(`${TERMINOLOGY}condition-clinical`, "active", "Active");
const confirmed = concept(`${TERMINOLOGY}condition-ver-status`, "confirmed", "Confirmed");
const problemListItem = concept(`${TERMINOLOGY}condition-category`, "problem-list-item", "Problem List Item");
const allergyActive = concept(`${TERMINOLOGY}allergyintolerance-clinical`, "active", "Active");

/** UKCore-Condition for each recorded diagnosis: SNOMED CT code when given, text always. */
export function toConditions(version: PlanVersionRecord, patient: PatientRecord, grants: ViewGrants): Condition[] {
  const diagnoses = visibleContent(version, grants).clinicalBackground.diagnoses ?? [];
  return diagnoses.map((d, i) => ({
    resourceType: "Condition",
    id: derivedId(version, `condition-${i + 1}`),
    meta: meta("Condition", version),
    clinicalStatus: active,
    verificationStatus: confirmed,
    category: [problemListItem],
    code: snomedConcept(present(d.snomedCode) ? d.snomedCode : undefined, d.description),
    subject: { reference: `Patient/${patient.id}` },
  }));
}

/**
 * UKCore-AllergyIntolerance from the free-text allergies answer, when recorded. The plan keeps one
 * text box, so this is one resource with a text-only code (no verification status is claimed).
 */
export function toAllergies(version: PlanVersionRecord, patient: PatientRecord, grants: ViewGrants): AllergyIntolerance[] {
  const allergies = visibleContent(version, grants).clinicalBackground.allergies;
  if (!present(allergies)) return [];
  return [
    {
      resourceType: "AllergyIntolerance",
      id: derivedId(version, "allergies"),
      meta: meta("AllergyIntolerance", version),
      clinicalStatus: allergyActive,
      code: { text: allergies },
      patient: { reference: `Patient/${patient.id}` },
      recordedDate: version.publishedAt.toISOString(),
    },
  ];
}
