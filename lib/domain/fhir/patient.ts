import type { Address, ContactPoint, Patient } from "@medplum/fhirtypes";
import { NHS_NUMBER_SYSTEM, fhirDate, meta, present } from "./common";
import type { PatientRecord, SexCode } from "./types";

const genders: Record<SexCode, NonNullable<Patient["gender"]>> = {
  FEMALE: "female",
  MALE: "male",
  OTHER: "other",
  UNKNOWN: "unknown",
};

/** UKCore-Patient: NHS number identifier, name, gender, birth date, home address and phone. */
export function toFhirPatient(p: PatientRecord): Patient {
  const address: Address = {
    use: "home",
    line: [p.addressLine1, p.addressLine2].filter(present),
    city: p.town,
    postalCode: p.postcode,
  };
  const telecom: ContactPoint[] = present(p.phone) ? [{ system: "phone", value: p.phone, use: "home" }] : [];
  return {
    resourceType: "Patient",
    id: p.id,
    meta: meta("Patient"),
    identifier: [{ system: NHS_NUMBER_SYSTEM, value: p.nhsNumber }],
    name: [{ use: "official", family: p.familyName, given: [p.givenName] }],
    gender: genders[p.sex],
    birthDate: fhirDate(p.dateOfBirth),
    address: [address],
    ...(telecom.length > 0 ? { telecom } : {}),
    ...(p.dateOfDeath ? { deceasedDateTime: fhirDate(p.dateOfDeath) } : {}),
  };
}
