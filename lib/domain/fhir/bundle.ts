import type { Bundle, BundleEntry, Resource } from "@medplum/fhirtypes";
import { toFhirCarePlan } from "./care-plan";
import { toAllergies, toConditions } from "./conditions";
import { toFhirConsent } from "./consent";
import { toFlags } from "./flag";
import { toObservations } from "./observations";
import { toFhirPatient } from "./patient";
import { toRelatedPersons } from "./related-person";
import type { ConsentRecord, PatientRecord, PlanVersionRecord, ViewGrants } from "./types";

export interface BundleOptions {
  /** Absolute base of the FHIR API, e.g. "https://ucp.example.nhs.uk/api/fhir/R4" (no trailing slash). */
  baseUrl: string;
}

export function fullUrl(baseUrl: string, resource: Resource): string {
  return `${baseUrl.replace(/\/+$/, "")}/${resource.resourceType}/${resource.id ?? ""}`;
}

/** A searchset Bundle: every resource is a match; `total` is the number of matches of the search. */
export function searchsetBundle(resources: Resource[], total: number, options: BundleOptions): Bundle {
  return {
    resourceType: "Bundle",
    type: "searchset",
    total,
    entry: resources.map((resource) => ({ fullUrl: fullUrl(options.baseUrl, resource), resource, search: { mode: "match" } })),
  };
}

/** Everything this reader may see about one patient and their live plan version (if any). */
export function everythingResources(patient: PatientRecord, version: PlanVersionRecord | null, consents: ConsentRecord[], grants: ViewGrants): Resource[] {
  const plan: Resource[] = version
    ? [
        toFhirCarePlan(version, patient, grants),
        ...toFlags(version, patient, grants),
        ...toRelatedPersons(version, patient, grants),
        ...toObservations(version, patient, grants),
        ...toConditions(version, patient, grants),
        ...toAllergies(version, patient, grants),
      ]
    : [];
  return [toFhirPatient(patient), ...plan, ...consents.map((c) => toFhirConsent(c, patient))];
}

/** The `$everything` answer: a searchset Bundle of all of the above (as Patient/$everything returns). */
export function everything(
  patient: PatientRecord,
  version: PlanVersionRecord | null,
  consents: ConsentRecord[],
  options: BundleOptions & { grants: ViewGrants },
): Bundle {
  const resources = everythingResources(patient, version, consents, options.grants);
  return searchsetBundle(resources, resources.length, options);
}

/** `CarePlan/<id>/_history`: one entry per published version, newest first. */
export function historyBundle(versions: PlanVersionRecord[], patient: PatientRecord, options: BundleOptions & { grants: ViewGrants }): Bundle {
  const newestFirst = [...versions].sort((a, b) => b.version - a.version);
  const entry: BundleEntry[] = newestFirst.map((version) => {
    const resource = toFhirCarePlan(version, patient, options.grants);
    const first = version.version === 1;
    return {
      fullUrl: fullUrl(options.baseUrl, resource),
      resource,
      request: { method: first ? "POST" : "PUT", url: first ? "CarePlan" : `CarePlan/${version.planId}` },
      response: {
        status: first ? "201 Created" : "200 OK",
        etag: version.etag ?? `W/"${version.version}"`,
        lastModified: (version.lastUpdated ?? version.publishedAt).toISOString(),
      },
    };
  });
  return { resourceType: "Bundle", type: "history", total: entry.length, entry };
}
