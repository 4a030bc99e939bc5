/** FHIR R4 (UK Core profiles) mapping of our records: pure functions, no I/O. */
export type { ConsentBasisCode, ConsentRecord, PatientRecord, PlanStatusCode, PlanVersionRecord, SexCode, ViewGrants } from "./types";
export { NHS_NUMBER_SYSTEM, SNOMED, UK_CORE, profileUrl, type UkCoreProfile } from "./common";
export { toFhirPatient } from "./patient";
export { CARE_PLAN_TITLE, toFhirCarePlan } from "./care-plan";
export { carePlanActivities } from "./care-plan-activities";
export { LPA_SNOMED, toAdrtFlag, toCprFlag, toFlags, toLpaFlag } from "./flag";
export { toRelatedPersons } from "./related-person";
export { toFhirConsent } from "./consent";
export { toObservations } from "./observations";
export { toAllergies, toConditions } from "./conditions";
export { everything, everythingResources, fullUrl, historyBundle, searchsetBundle, type BundleOptions } from "./bundle";
export { errorIssueTypes, errorOutcome, operationOutcome, type ErrorStatus, type IssueSeverity, type IssueType } from "./operation-outcome";
export { capabilityStatement, type CapabilityOptions } from "./capability";
