import type { Bundle, CapabilityStatement, Resource } from "@medplum/fhirtypes";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { validationErrors } from "@/test/fhir-resources";
import { revokeApiClientRecord } from "../api-clients/store";
import { hashToken } from "../api-clients/token";
import { fhirGet, newToken, planContent, setUpFhirFixture, type FhirAnswer, type Fixture } from "@/test/fhir-api";

let f: Fixture;
const answers: FhirAnswer[] = [];
const ACCESS = planContent.homeAndAccess.accessInstructions!;

/** Every answer of this file is kept and validated against base R4 at the end. */
async function get(path: string, token: string | null, headers: Record<string, string> = {}, method = "GET") {
  const answer = await fhirGet(path, token, headers, method);
  answers.push(answer);
  return answer;
}

async function auditCount(): Promise<number> {
  return db().auditEvent.count();
}

beforeAll(async () => {
  f = await setUpFhirFixture();
});

describe("reads", () => {
  it("metadata is a CapabilityStatement listing exactly the supported interactions", async () => {
    const r = await get("/metadata", null);
    expect(r.status).toBe(200);
    expect(r.headers.get("content-type")).toBe("application/fhir+json; charset=utf-8");
    const rest = (r.body as CapabilityStatement).rest![0];
    expect(rest.resource!.map((x) => [x.type, x.interaction!.map((i) => i.code)])).toEqual([
      ["Patient", ["read", "search-type"]],
      ["CarePlan", ["read", "vread", "history-instance", "search-type"]],
      ["Consent", ["search-type"]],
    ]);
  });

  it("finds a patient by NHS number (with or without the system) and reads them", async () => {
    for (const q of [`https://fhir.nhs.uk/Id/nhs-number|${f.nhsNumber}`, f.nhsNumber]) {
      const search = await get(`/Patient?identifier=${encodeURIComponent(q)}`, f.tokens.PARAMEDIC);
      expect(search.status).toBe(200);
      expect(search.body).toMatchObject({ resourceType: "Bundle", type: "searchset", total: 1 });
      expect((search.body as Bundle).entry![0].resource).toMatchObject({ resourceType: "Patient", id: f.patientId });
      expect((search.body as Bundle).entry![0].fullUrl).toBe(`http://ucp.test/api/fhir/R4/Patient/${f.patientId}`);
    }
    const none = await get(`/Patient?identifier=${encodeURIComponent("https://fhir.nhs.uk/Id/nhs-number|9990000018")}`, f.tokens.PARAMEDIC);
    expect(none.body).toMatchObject({ total: await db().patient.count({ where: { nhsNumber: "9990000018" } }) });
    const read = await get(`/Patient/${f.patientId}`, f.tokens.CALL_HANDLER_111);
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ resourceType: "Patient", identifier: [{ system: "https://fhir.nhs.uk/Id/nhs-number", value: f.nhsNumber }] });
  });

  it("reads the current CarePlan with versionId, lastUpdated and a weak ETag; vread reads an earlier one (a role with plan history)", async () => {
    const current = await get(`/CarePlan/${f.planId}`, f.tokens.PARAMEDIC);
    expect(current.status).toBe(200);
    expect(current.headers.get("etag")).toMatch(/^W\/"2-[\w-]{16}"$/);
    expect(current.body).toMatchObject({ resourceType: "CarePlan", id: f.planId, meta: { versionId: "2" } });
    const lastUpdated = (current.body as { meta: { lastUpdated: string } }).meta.lastUpdated;
    expect(new Date(current.headers.get("last-modified")!).getTime()).toBe(Math.floor(new Date(lastUpdated).getTime() / 1000) * 1000);

    const first = await get(`/CarePlan/${f.planId}/_history/1`, f.tokens.CLINICIAN_111);
    expect(first.status).toBe(200);
    expect(first.headers.get("etag")).toMatch(/^W\/"1-[\w-]{16}"$/);
    expect(first.body).toMatchObject({ meta: { versionId: "1" } });
    expect(JSON.stringify(first.body)).toContain("Version one");
    expect(JSON.stringify(current.body)).not.toContain("Version one");
  });

  it("answers a conditional read with 304 while the plan is unchanged", async () => {
    const etag = (await get(`/CarePlan/${f.planId}`, f.tokens.PARAMEDIC)).headers.get("etag")!;
    const r = await get(`/CarePlan/${f.planId}`, f.tokens.PARAMEDIC, { "if-none-match": etag });
    expect(r.status).toBe(304);
    expect((await get(`/CarePlan/${f.planId}`, f.tokens.PARAMEDIC, { "if-none-match": `W/"1-x", ${etag}` })).status).toBe(304);
    expect((await get(`/CarePlan/${f.planId}`, f.tokens.PARAMEDIC, { "if-none-match": 'W/"2"' })).status).toBe(200);
  });

  it("history has one FHIR version per published version, newest first", async () => {
    const r = await get(`/CarePlan/${f.planId}/_history`, f.tokens.CLINICIAN_111);
    expect(r.status).toBe(200);
    const bundle = r.body as Bundle;
    expect(bundle).toMatchObject({ resourceType: "Bundle", type: "history", total: 2 });
    expect(bundle.entry!.map((e) => e.resource!.meta!.versionId)).toEqual(["2", "1"]);
  });

  it("searches CarePlans by patient or subject, in any reference form", async () => {
    for (const q of [
      `patient=${f.patientId}`,
      `patient=Patient/${f.patientId}`,
      `subject=Patient/${f.patientId}`,
      `subject=${encodeURIComponent(`http://ucp.test/api/fhir/R4/Patient/${f.patientId}`)}`,
    ]) {
      const r = await get(`/CarePlan?${q}`, f.tokens.OOH_GP);
      expect(r.status, q).toBe(200);
      expect(r.body, q).toMatchObject({ type: "searchset", total: 1, entry: [{ resource: { id: f.planId, meta: { versionId: "2" } } }] });
    }
    const draftOnly = await db().carePlan.findUniqueOrThrow({ where: { id: f.draftOnlyPlanId } });
    expect((await get(`/CarePlan?patient=${draftOnly.patientId}`, f.tokens.OOH_GP)).body).toMatchObject({ total: 0 });
  });

  it("$everything returns the patient, the plan, the CPR flag, LPA attorneys, preferences and consent", async () => {
    const r = await get(`/Patient/${f.patientId}/$everything`, f.tokens.PARAMEDIC);
    expect(r.status).toBe(200);
    const types = (r.body as Bundle).entry!.map((e) => e.resource!.resourceType);
    expect(types[0]).toBe("Patient");
    expect(types).toEqual(expect.arrayContaining(["CarePlan", "Flag", "RelatedPerson", "Observation", "Consent"]));
    const cpr = (r.body as Bundle)
      .entry!.map((e) => e.resource as Resource & { code?: { coding?: { code?: string }[] } })
      .find((x) => x.resourceType === "Flag" && ["450475007", "450476008"].includes(x.code?.coding?.[0]?.code ?? ""));
    expect(cpr).toBeDefined();
  });
});

describe("the policy holds over the API", () => {
  it("a 111 call handler's token gets the summary, never the access instructions; a paramedic's gets them", async () => {
    for (const path of [`/CarePlan/${f.planId}`, `/Patient/${f.patientId}/$everything`, `/CarePlan?patient=${f.patientId}`]) {
      const handler = await get(path, f.tokens.CALL_HANDLER_111);
      expect(handler.status, path).toBe(200);
      expect(JSON.stringify(handler.body), path).not.toContain(ACCESS);
    }
    expect(JSON.stringify((await get(`/Patient/${f.patientId}/$everything`, f.tokens.PARAMEDIC)).body)).toContain(ACCESS);
  });

  it("roles without plan history get 403 for _history, as in the app", async () => {
    for (const role of ["PARAMEDIC", "CALL_HANDLER_111"] as const) {
      const r = await get(`/CarePlan/${f.planId}/_history`, f.tokens[role]);
      expect(r.status).toBe(403);
      expect(r.body).toMatchObject({
        resourceType: "OperationOutcome",
        issue: [
          { severity: "error", code: "forbidden", diagnostics: expect.stringMatching(/^A client acting as (Paramedic|NHS 111 call handler) may not do this$/) },
        ],
      });
    }
  });

  it("a GP system outside the care team must give a reason (break glass), which is audited", async () => {
    const refused = await get(`/CarePlan/${f.planId}`, f.outsideGpToken);
    expect(refused.status).toBe(403);
    expect(JSON.stringify(refused.body)).toContain("x-ucp-access-reason");
    const allowed = await get(`/CarePlan/${f.planId}`, f.outsideGpToken, { "x-ucp-access-reason": "Patient moved into our area today" });
    expect(allowed.status).toBe(200);
    const row = await db().auditEvent.findFirstOrThrow({ where: { action: "plan.viewed", planId: f.planId }, orderBy: { id: "desc" } });
    expect(row).toMatchObject({
      reason: "Patient moved into our area today",
      outcome: "SUCCESS",
      detail: expect.objectContaining({ breakGlass: true, via: "fhir-api" }),
    });
  });

  it("no, unknown, malformed and revoked tokens get 401 with a Bearer challenge, and each is audited", async () => {
    const { id, token } = await newToken("PARAMEDIC", f.practiceOds);
    expect((await get(`/CarePlan/${f.planId}`, token)).status).toBe(200);
    await db().$transaction((tx) => revokeApiClientRecord(tx, id, null));
    const cases: [string, string | null][] = [
      ["revoked", token],
      ["unknown", `ucp_${"A".repeat(43)}`],
      ["malformed", "not-a-token"],
      ["missing", null],
    ];
    for (const [reason, t] of cases) {
      const before = await db().auditEvent.count({ where: { action: "api.authenticate", outcome: "FAILURE" } });
      const r = await get(`/CarePlan/${f.planId}`, t);
      expect(r.status, reason).toBe(401);
      expect(r.headers.get("www-authenticate")).toMatch(/^Bearer /);
      expect(r.body).toMatchObject({ resourceType: "OperationOutcome", issue: [{ code: "login" }] });
      const row = await db().auditEvent.findFirstOrThrow({ where: { action: "api.authenticate" }, orderBy: { id: "desc" } });
      expect(await db().auditEvent.count({ where: { action: "api.authenticate", outcome: "FAILURE" } })).toBe(before + 1);
      expect(row.detail).toMatchObject({ reason, via: "fhir-api" });
    }
  });

  it("stores only a hash of each token", async () => {
    const { id, token } = await newToken("NURSE", f.practiceOds);
    const row = await db().apiClient.findUniqueOrThrow({ where: { id } });
    expect(row.tokenHash).toBe(hashToken(token));
    expect(JSON.stringify(row)).not.toContain(token.slice(10));
  });
});

describe("every API read writes an audit row naming the client", () => {
  const reads = () => [
    `/Patient?identifier=${f.nhsNumber}`,
    `/Patient/${f.patientId}`,
    `/Patient/${f.patientId}/$everything`,
    `/CarePlan/${f.planId}`,
    `/CarePlan/${f.planId}/_history/1`,
    `/CarePlan/${f.planId}/_history`,
    `/CarePlan?patient=${f.patientId}`,
  ];

  it.each([0, 1, 2, 3, 4, 5, 6])("read %i", async (i) => {
    const path = reads()[i];
    const client = await db().apiClient.findUniqueOrThrow({ where: { tokenHash: hashToken(f.tokens.CLINICIAN_111) } });
    const before = await auditCount();
    const r = await get(path, f.tokens.CLINICIAN_111);
    expect(r.status, path).toBe(200);
    expect(await auditCount()).toBe(before + 1);
    const row = await db().auditEvent.findFirstOrThrow({ orderBy: { id: "desc" } });
    expect(row).toMatchObject({ actorId: client.id, actorRole: "CLINICIAN_111", outcome: "SUCCESS", patientId: f.patientId });
    expect(row.detail).toMatchObject({ via: "fhir-api" });
  });

  it("refusals are audited too", async () => {
    const before = await db().auditEvent.count({ where: { outcome: "DENIED" } });
    expect((await get(`/CarePlan/${f.planId}/_history`, f.tokens.PARAMEDIC)).status).toBe(403);
    expect(await db().auditEvent.count({ where: { outcome: "DENIED" } })).toBe(before + 1);
  });
});

describe("errors are OperationOutcomes with the right status", () => {
  const unknownId = "00000000-0000-4000-8000-000000000000";
  it.each([
    ["unknown patient", `/Patient/${unknownId}`, 404, "not-found"],
    ["unknown plan", `/CarePlan/${unknownId}`, 404, "not-found"],
    ["id that is not one of ours", "/CarePlan/abc", 404, "not-found"],
    ["version never published", "/CarePlan/PLAN/_history/9", 404, "not-found"],
    ["version zero", "/CarePlan/PLAN/_history/0", 404, "not-found"],
    ["plan with only a draft", "/CarePlan/DRAFT", 404, "not-found"],
    ["unsupported resource type", "/Observation/x", 404, "not-found"],
    ["unknown search parameter", "/Patient?name=Tester", 400, "invalid"],
    ["search with no criteria", "/Patient", 400, "invalid"],
    ["invalid NHS number", "/Patient?identifier=1234567890", 400, "invalid"],
    ["another identifier system", `/Patient?identifier=${encodeURIComponent("urn:x|9990000018")}`, 400, "invalid"],
    ["repeated parameter", "/Patient?identifier=9990000018&identifier=9990000026", 400, "invalid"],
    ["CarePlan search without patient", "/CarePlan", 400, "invalid"],
    ["CarePlan search by something else", "/CarePlan?status=active", 400, "invalid"],
    ["patient reference to another type", "/CarePlan?patient=Practitioner/0b6d7c1e-9f2a-4e3b-a1c2-d3e4f5a6b7c8", 400, "invalid"],
    ["XML asked for", "/CarePlan/PLAN?_format=xml", 406, "not-supported"],
  ])("%s", async (_name, template, status, code) => {
    const path = template.replace("PLAN", f.planId).replace("DRAFT", f.draftOnlyPlanId);
    const r = await get(path, f.tokens.CLINICIAN_111);
    expect(r.status).toBe(status);
    expect(r.body).toMatchObject({ resourceType: "OperationOutcome", issue: [{ severity: "error", code }] });
  });

  it("writes are refused with 405", async () => {
    const r = await get(`/CarePlan/${f.planId}`, f.tokens.GP, {}, "DELETE");
    expect(r.status).toBe(405);
    expect(r.headers.get("allow")).toBe("GET");
  });
});

afterAll(() => {
  // Every resource the API returned in this file, Bundles' entries included, validates against base R4.
  const resources = answers.flatMap((a) => (a.body?.resourceType ? [a.body] : []));
  const all = resources.flatMap((r) => (r.resourceType === "Bundle" ? [r, ...((r as Bundle).entry ?? []).map((e) => e.resource!)] : [r]));
  expect(all.length).toBeGreaterThan(80);
  const problems = all.flatMap((r) => validationErrors(r).map((p) => `${r.resourceType}/${r.id ?? ""}: ${p}`));
  expect(problems).toEqual([]);
});
