import type { CodeableConcept, RelatedPerson } from "@medplum/fhirtypes";
import { contactRoles } from "../plan";
import { V3_ROLE_CODE, derivedId, meta, present, visibleContent } from "./common";
import type { PatientRecord, PlanVersionRecord, ViewGrants } from "./types";

type ContactRole = (typeof contactRoles.codes)[number];

const v3 = (code: string, display: string, text: string): CodeableConcept => ({
  coding: [{ system: V3_ROLE_CODE, code, display }],
  text,
});

/** HL7 v3 RoleCode where one fits; "main carer" has no v3 code, so it is text only. */
const roleConcepts: Record<ContactRole, CodeableConcept> = {
  "next-of-kin": v3("NOK", "next of kin", "Next of kin"),
  "main-carer": { text: "Main carer" },
  lpa: v3("HPOWATT", "healthcare power of attorney", "Lasting power of attorney for health and welfare"),
  other: v3("ECON", "emergency contact", "Other contact"),
};

interface Person {
  name: string;
  relationship?: string | null;
  phone?: string | null;
}

function relatedPerson(version: PlanVersionRecord, patient: PatientRecord, suffix: string, role: ContactRole, person: Person): RelatedPerson {
  const relationship = [roleConcepts[role], ...(present(person.relationship) ? [{ text: person.relationship }] : [])];
  return {
    resourceType: "RelatedPerson",
    id: derivedId(version, suffix),
    meta: meta("RelatedPerson", version),
    active: version.status !== "CANCELLED",
    patient: { reference: `Patient/${patient.id}` },
    relationship,
    name: [{ text: person.name }],
    ...(present(person.phone) ? { telecom: [{ system: "phone" as const, value: person.phone }] } : {}),
  };
}

/** UKCore-RelatedPerson for the people to contact and the LPA attorneys this reader may see. */
export function toRelatedPersons(version: PlanVersionRecord, patient: PatientRecord, grants: ViewGrants): RelatedPerson[] {
  const content = visibleContent(version, grants);
  const contacts = (content.contacts.people ?? []).map((p, i) => relatedPerson(version, patient, `contact-${i + 1}`, p.role, p));
  const attorneys = (content.capacityAndLegal.attorneys ?? []).map((a, i) => relatedPerson(version, patient, `attorney-${i + 1}`, "lpa", a));
  return [...contacts, ...attorneys];
}
