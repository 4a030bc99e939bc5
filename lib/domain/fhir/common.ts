import type { CodeableConcept, Meta, Patient, Reference } from "@medplum/fhirtypes";
import { viewForRole, type RoleView } from "../plan";
import type { PatientRecord, PlanVersionRecord, ViewGrants } from "./types";
import { proseName } from "../names";

export const SNOMED = "http://snomed.info/sct";
export const NHS_NUMBER_SYSTEM = "https://fhir.nhs.uk/Id/nhs-number";
export const V3_ROLE_CODE = "http://terminology.hl7.org/CodeSystem/v3-RoleCode";
export const UK_CORE = "https://fhir.hl7.org.uk/StructureDefinition/";

export type UkCoreProfile = "Patient" | "CarePlan" | "Flag" | "RelatedPerson" | "Consent" | "Observation" | "Condition" | "AllergyIntolerance";

export function profileUrl(name: UkCoreProfile): string {
  return `${UK_CORE}UKCore-${name}`;
}

/** meta.profile, plus versionId/lastUpdated when the resource comes from a published plan version. */
export function meta(name: UkCoreProfile, version?: PlanVersionRecord): Meta {
  return {
    ...(version ? { versionId: String(version.version), lastUpdated: (version.lastUpdated ?? version.publishedAt).toISOString() } : {}),
    profile: [profileUrl(name)],
  };
}

export function patientReference(patient: PatientRecord): Reference<Patient> {
  return { reference: `Patient/${patient.id}`, display: proseName(patient) };
}

/** A FHIR date (YYYY-MM-DD) from a Prisma @db.Date value (midnight UTC). */
export function fhirDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** FHIR strings must not be empty or whitespace: null, undefined and blank all mean "not recorded". */
export function present(value: string | null | undefined): value is string {
  return typeof value === "string" && value.trim() !== "";
}

export function snomedConcept(code: string | undefined, text: string, display?: string): CodeableConcept {
  return code ? { coding: [{ system: SNOMED, code, ...(display ? { display } : {}) }], text } : { text };
}

/** The plan content this reader may see: sensitive and out-of-summary fields are dropped here, once. */
export function visibleContent(version: PlanVersionRecord, grants: ViewGrants): RoleView {
  return viewForRole(version.content, grants).content;
}

/** Ids of resources derived from a plan version: stable across versions, within FHIR's 64 characters. */
export function derivedId(version: PlanVersionRecord, suffix: string): string {
  return `${version.planId}-${suffix}`;
}
