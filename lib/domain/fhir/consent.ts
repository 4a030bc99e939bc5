import type { CodeableConcept, Consent } from "@medplum/fhirtypes";
import { consentBases } from "../plan";
import { meta } from "./common";
import type { ConsentBasisCode, ConsentRecord, PatientRecord } from "./types";

const privacyScope: CodeableConcept = {
  coding: [{ system: "http://terminology.hl7.org/CodeSystem/consentscope", code: "patient-privacy", display: "Privacy Consent" }],
};

const patientConsentCategory: CodeableConcept = {
  coding: [{ system: "http://loinc.org", code: "59284-0", display: "Patient Consent" }],
};

const basisCodes: Record<ConsentBasisCode, (typeof consentBases.codes)[number]> = {
  EXPLICIT_CONSENT: "explicit-consent",
  LASTING_POWER_OF_ATTORNEY: "lpa",
  BEST_INTERESTS: "best-interests",
};

/** The legal basis as the policy rule: v3 ActCode OPTIN for the person's own consent, text otherwise. */
function policyRule(basis: ConsentBasisCode): CodeableConcept {
  const text = consentBases.label(basisCodes[basis]);
  if (basis !== "EXPLICIT_CONSENT") return { text };
  return { coding: [{ system: "http://terminology.hl7.org/CodeSystem/v3-ActCode", code: "OPTIN", display: "opt-in" }], text };
}

/** UKCore-Consent: consent (or another basis) to share the plan; inactive once withdrawn. */
export function toFhirConsent(consent: ConsentRecord, patient: PatientRecord): Consent {
  const end = consent.withdrawnAt ? { end: consent.withdrawnAt.toISOString() } : {};
  return {
    resourceType: "Consent",
    id: consent.id,
    meta: meta("Consent"),
    status: consent.withdrawnAt ? "inactive" : "active",
    scope: privacyScope,
    category: [patientConsentCategory],
    patient: { reference: `Patient/${patient.id}` },
    dateTime: consent.recordedAt.toISOString(),
    policyRule: policyRule(consent.basis),
    provision: { type: "permit", period: { start: consent.recordedAt.toISOString(), ...end } },
  };
}
