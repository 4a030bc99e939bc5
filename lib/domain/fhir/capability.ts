import type { CapabilityStatement } from "@medplum/fhirtypes";
import { profileUrl } from "./common";

export interface CapabilityOptions {
  /** Absolute base of the FHIR API, e.g. "https://ucp.example.nhs.uk/api/fhir/R4". */
  baseUrl: string;
  /** When this statement was produced or last changed (FHIR dateTime). */
  date: string;
  softwareVersion?: string;
}

const HL7_SD = "http://hl7.org/fhir/StructureDefinition/";

/** What the FHIR API supports, and nothing more (issue 5 item 1). */
export function capabilityStatement(options: CapabilityOptions): CapabilityStatement {
  return {
    resourceType: "CapabilityStatement",
    status: "active",
    date: options.date,
    publisher: "Universal Care Plan",
    kind: "instance",
    software: { name: "Universal Care Plan", ...(options.softwareVersion ? { version: options.softwareVersion } : {}) },
    implementation: { description: "Universal Care Plan FHIR R4 read API", url: options.baseUrl },
    fhirVersion: "4.0.1",
    format: ["json"],
    rest: [
      {
        mode: "server",
        security: { description: "Bearer tokens issued to API clients registered by an administrator." },
        resource: [
          {
            type: "Patient",
            profile: `${HL7_SD}Patient`,
            supportedProfile: [profileUrl("Patient")],
            interaction: [{ code: "read" }, { code: "search-type" }],
            searchParam: [{ name: "identifier", type: "token", documentation: "https://fhir.nhs.uk/Id/nhs-number|<NHS number>" }],
            operation: [{ name: "everything", definition: "http://hl7.org/fhir/OperationDefinition/Patient-everything" }],
          },
          {
            type: "CarePlan",
            profile: `${HL7_SD}CarePlan`,
            supportedProfile: [profileUrl("CarePlan")],
            interaction: [{ code: "read" }, { code: "vread" }, { code: "history-instance" }, { code: "search-type" }],
            versioning: "versioned",
            readHistory: true,
            searchParam: [
              { name: "patient", type: "reference" },
              { name: "subject", type: "reference" },
            ],
            documentation:
              "While the person has withdrawn consent to share, reads, searches and $everything answer 403 with an " +
              "OperationOutcome (issue code suppressed) saying so, to every client outside their care team: the plan is withheld, not absent",
          },
          {
            type: "Consent",
            profile: `${HL7_SD}Consent`,
            supportedProfile: [profileUrl("Consent")],
            interaction: [{ code: "search-type" }],
            searchParam: [{ name: "patient", type: "reference" }],
            documentation: "Consent to share the care plan: active, or inactive once withdrawn (provision.period.end)",
          },
        ],
      },
    ],
  };
}
