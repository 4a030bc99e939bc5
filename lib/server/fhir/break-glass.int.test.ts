import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { fhirGet, setUpFhirFixture, type Fixture } from "@/test/fhir-api";

// Break glass over the API: a GP system outside the care team sends its reason per request.
let f: Fixture;

beforeAll(async () => {
  f = await setUpFhirFixture();
});

const planPaths: [string, (f: Fixture) => string][] = [
  ["read CarePlan", (f) => `/CarePlan/${f.planId}`],
  ["vread CarePlan", (f) => `/CarePlan/${f.planId}/_history/2`],
  ["CarePlan history", (f) => `/CarePlan/${f.planId}/_history`],
  ["search CarePlan by patient", (f) => `/CarePlan?patient=Patient/${f.patientId}`],
  ["Patient $everything", (f) => `/Patient/${f.patientId}/$everything`],
];

const lastRowFor = (f: Fixture) => db().auditEvent.findFirstOrThrow({ where: { patientId: f.patientId }, orderBy: { id: "desc" } });

describe.each(planPaths)("FHIR break glass: %s", (_name, pathOf) => {
  it("without X-UCP-Access-Reason: 403 naming the header, and a DENIED row naming the patient", async () => {
    const r = await fhirGet(pathOf(f), f.outsideGpToken);
    expect(r.status).toBe(403);
    expect(r.body).toMatchObject({
      resourceType: "OperationOutcome",
      issue: [{ code: "forbidden", diagnostics: expect.stringContaining("x-ucp-access-reason") }],
    });
    expect(await lastRowFor(f)).toMatchObject({
      outcome: "DENIED",
      patientId: f.patientId,
      planId: f.planId,
      detail: expect.objectContaining({ code: "REASON_REQUIRED", via: "fhir-api" }),
    });
  });

  it("with X-UCP-Access-Reason: 200, and the row is flagged break glass with the reason", async () => {
    const r = await fhirGet(pathOf(f), f.outsideGpToken, { "x-ucp-access-reason": "Registered with us today" });
    expect(r.status).toBe(200);
    expect(await lastRowFor(f)).toMatchObject({
      outcome: "SUCCESS",
      reason: "Registered with us today",
      detail: expect.objectContaining({ breakGlass: true, accessReason: "Registered with us today", via: "fhir-api" }),
    });
  });

  it("the reason is per request: the next request without it is refused again", async () => {
    await fhirGet(pathOf(f), f.outsideGpToken, { "x-ucp-access-reason": "Once" });
    expect((await fhirGet(pathOf(f), f.outsideGpToken)).status).toBe(403);
  });

  it("the practice's own GP system needs no reason; a paramedic's gets the default one", async () => {
    expect((await fhirGet(pathOf(f), f.tokens.GP)).status).toBe(200);
    expect(await lastRowFor(f)).toMatchObject({ outcome: "SUCCESS", reason: "Care team" });
    if (pathOf(f).includes("_history")) return; // paramedics may not read history
    expect((await fhirGet(pathOf(f), f.tokens.PARAMEDIC)).status).toBe(200);
    expect(await lastRowFor(f)).toMatchObject({ outcome: "SUCCESS", reason: "Emergency call" });
  });
});

describe("FHIR: finding a patient needs no reason", () => {
  it.each([
    ["read Patient", (f: Fixture) => `/Patient/${f.patientId}`],
    ["search Patient by NHS number", (f: Fixture) => `/Patient?identifier=https://fhir.nhs.uk/Id/nhs-number|${f.nhsNumber}`],
  ])("%s", async (_name, pathOf) => {
    expect((await fhirGet(pathOf(f), f.outsideGpToken)).status).toBe(200);
  });
});
