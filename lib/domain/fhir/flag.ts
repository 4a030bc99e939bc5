import type { CodeableConcept, Flag, Period } from "@medplum/fhirtypes";
import { cprDecisions } from "../plan";
import { derivedId, meta, patientReference, present, snomedConcept, visibleContent } from "./common";
import type { PatientRecord, PlanVersionRecord, ViewGrants } from "./types";

/** SNOMED CT preferred terms for the CPR codes (docs/domain.md "Value sets and codes"). */
const cprDisplays: Record<(typeof cprDecisions.codes)[number], string> = {
  recommended: "For cardiopulmonary resuscitation",
  "not-recommended": "Not for cardiopulmonary resuscitation",
  "not-decided": "CPR decision status unknown",
};

/** Lasting power of attorney (health and welfare) in place. */
export const LPA_SNOMED = "816361000000101";

const clinicalCategory: CodeableConcept = {
  coding: [{ system: "http://terminology.hl7.org/CodeSystem/flag-category", code: "clinical", display: "Clinical" }],
};

function flag(version: PlanVersionRecord, patient: PatientRecord, suffix: string, code: CodeableConcept, extra: Partial<Flag> = {}): Flag {
  return {
    resourceType: "Flag",
    id: derivedId(version, suffix),
    meta: meta("Flag", version),
    status: version.status === "CANCELLED" ? "inactive" : "active",
    category: [clinicalCategory],
    code,
    subject: patientReference(patient),
    ...extra,
  };
}

/** UKCore-Flag for the CPR decision: period start = decision date, end = review date. Null when not visible. */
export function toCprFlag(version: PlanVersionRecord, patient: PatientRecord, grants: ViewGrants): Flag | null {
  const cpr = visibleContent(version, grants).cpr;
  if (!cpr.decision) return null;
  const code = snomedConcept(cprDecisions.snomed(cpr.decision), cprDecisions.label(cpr.decision), cprDisplays[cpr.decision]);
  const period: Period = {
    ...(present(cpr.decisionDate) ? { start: cpr.decisionDate } : {}),
    ...(present(cpr.reviewDate) ? { end: cpr.reviewDate } : {}),
  };
  const madeBy = cpr.madeBy && present(cpr.madeBy.name) ? cpr.madeBy : null;
  return flag(version, patient, "cpr", code, {
    ...(period.start || period.end ? { period } : {}),
    ...(madeBy ? { author: { display: [madeBy.name, madeBy.role].filter(present).join(", ") } } : {}),
  });
}

/** UKCore-Flag for an advance decision to refuse treatment (text-only code: none in docs/domain.md). */
export function toAdrtFlag(version: PlanVersionRecord, patient: PatientRecord, grants: ViewGrants): Flag | null {
  const legal = visibleContent(version, grants).capacityAndLegal;
  if (legal.hasAdrt !== "yes") return null;
  const parts = ["Advance decision to refuse treatment", legal.adrtDetails, present(legal.adrtLocation) ? `Kept: ${legal.adrtLocation}` : null];
  return flag(version, patient, "adrt", { text: parts.filter(present).join(". ") });
}

/** UKCore-Flag for a lasting power of attorney for health and welfare (the attorneys are RelatedPersons). */
export function toLpaFlag(version: PlanVersionRecord, patient: PatientRecord, grants: ViewGrants): Flag | null {
  const legal = visibleContent(version, grants).capacityAndLegal;
  if (legal.hasLpaHealthWelfare !== "yes") return null;
  return flag(version, patient, "lpa", snomedConcept(LPA_SNOMED, "Lasting power of attorney for health and welfare in place"));
}

/** Every flag this reader may see, CPR first. */
export function toFlags(version: PlanVersionRecord, patient: PatientRecord, grants: ViewGrants): Flag[] {
  return [toCprFlag, toAdrtFlag, toLpaFlag].map((fn) => fn(version, patient, grants)).filter((f): f is Flag => f !== null);
}
