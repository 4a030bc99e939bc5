import type { Bundle } from "@medplum/fhirtypes";
import { describe, expect, it } from "vitest";
import { everything, historyBundle, searchsetBundle } from "./bundle";
import { toFhirPatient } from "./patient";
import { BASE_URL, FULL, NO_ACCESS, demoVersion, testConsents, testPatient, validationErrors } from "@/test/fhir-resources";

const patient = testPatient();
const entryErrors = (bundle: Bundle) => (bundle.entry ?? []).flatMap((e) => (e.resource ? validationErrors(e.resource) : ["no resource"]));

describe("everything", () => {
  const bundle = everything(patient, demoVersion("motor-neurone-disease"), testConsents, { baseUrl: BASE_URL, grants: FULL });

  it("is a valid searchset Bundle whose entries all validate", () => {
    expect(validationErrors(bundle)).toEqual([]);
    expect(entryErrors(bundle)).toEqual([]);
    expect(bundle.type).toBe("searchset");
    expect(bundle.total).toBe(bundle.entry?.length);
  });

  it("holds every kind of resource, each with an absolute fullUrl", () => {
    const types = new Set(bundle.entry?.map((e) => e.resource?.resourceType));
    expect(types).toEqual(new Set(["Patient", "CarePlan", "Flag", "RelatedPerson", "Observation", "Condition", "Consent"]));
    for (const e of bundle.entry ?? []) expect(e.fullUrl).toBe(`${BASE_URL}/${e.resource?.resourceType}/${e.resource?.id}`);
  });

  it("leaves access instructions out without the grant", () => {
    const cut = everything(patient, demoVersion("metastatic-cancer"), [], { baseUrl: BASE_URL, grants: NO_ACCESS });
    expect(JSON.stringify(cut)).not.toMatch(/4821/);
    expect(JSON.stringify(everything(patient, demoVersion("metastatic-cancer"), [], { baseUrl: BASE_URL, grants: FULL }))).toMatch(/4821/);
  });

  it("works for a patient without a published plan", () => {
    const noPlan = everything(patient, null, [], { baseUrl: BASE_URL, grants: FULL });
    expect(validationErrors(noPlan)).toEqual([]);
    expect(noPlan.entry?.map((e) => e.resource?.resourceType)).toEqual(["Patient"]);
  });
});

describe("historyBundle", () => {
  it("lists every version, newest first, with request, response and ETag", () => {
    const base = demoVersion("frailty");
    const versions = [1, 2, 3].map((version) => ({ ...base, version, publishedAt: new Date(Date.UTC(2024, version, 1)) }));
    const bundle = historyBundle(versions, patient, { baseUrl: BASE_URL, grants: FULL });
    expect(validationErrors(bundle)).toEqual([]);
    expect(entryErrors(bundle)).toEqual([]);
    expect(bundle.type).toBe("history");
    expect(bundle.entry?.map((e) => e.resource?.meta?.versionId)).toEqual(["3", "2", "1"]);
    expect(bundle.entry?.[0].response).toMatchObject({ status: "200 OK", etag: 'W/"3"' });
    expect(bundle.entry?.[2].request).toEqual({ method: "POST", url: "CarePlan" });
  });
});

describe("searchsetBundle", () => {
  it("marks entries as matches and keeps the total", () => {
    const bundle = searchsetBundle([toFhirPatient(patient)], 1, { baseUrl: `${BASE_URL}/` });
    expect(validationErrors(bundle)).toEqual([]);
    expect(bundle.entry?.[0]).toMatchObject({ fullUrl: `${BASE_URL}/Patient/${patient.id}`, search: { mode: "match" } });
    expect(validationErrors(searchsetBundle([], 0, { baseUrl: BASE_URL }))).toEqual([]);
  });
});
