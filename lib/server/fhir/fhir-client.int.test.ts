import http from "node:http";
import type { AddressInfo } from "node:net";
import type { Bundle, CarePlan, CapabilityStatement, Patient } from "@medplum/fhirtypes";
import { Client } from "fhir-kit-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { revokeApiClientRecord } from "../api-clients/store";
import { handleFhirRequest } from "./router";
import { newToken, setUpFhirFixture, type Fixture } from "@/test/fhir-api";

/**
 * An external system's view: fhir-kit-client over real HTTP, against the handler the
 * /api/fhir/R4 route serves (a plain node:http server stands in for Next's).
 */
let server: http.Server;
let baseUrl: string;
let f: Fixture;

function serve(): Promise<http.Server> {
  const s = http.createServer(async (req, res) => {
    const url = `http://${req.headers.host}${req.url}`;
    const headers = new Headers(Object.entries(req.headers).flatMap(([k, v]) => (typeof v === "string" ? [[k, v] as [string, string]] : [])));
    const response = await handleFhirRequest(new Request(url, { method: req.method, headers }));
    res.writeHead(response.status, Object.fromEntries(response.headers));
    res.end(Buffer.from(await response.arrayBuffer()));
  });
  return new Promise((resolve) => s.listen(0, "127.0.0.1", () => resolve(s)));
}

beforeAll(async () => {
  f = await setUpFhirFixture();
  server = await serve();
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/fhir/R4`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("a FHIR client library reads the API as an external system would", () => {
  it("discovers the server, finds the patient by NHS number, reads their plan and its history", async () => {
    const client = new Client({ baseUrl, bearerToken: f.tokens.OOH_GP });
    const capability = (await client.capabilityStatement()) as unknown as CapabilityStatement;
    expect(capability.fhirVersion).toBe("4.0.1");

    const found = (await client.search({
      resourceType: "Patient",
      searchParams: { identifier: `https://fhir.nhs.uk/Id/nhs-number|${f.nhsNumber}` },
    })) as unknown as Bundle<Patient>;
    expect(found.total).toBe(1);
    const patient = found.entry![0].resource!;
    expect(patient.id).toBe(f.patientId);

    const plans = (await client.search({ resourceType: "CarePlan", searchParams: { patient: `Patient/${patient.id}` } })) as unknown as Bundle<CarePlan>;
    const planId = plans.entry![0].resource!.id!;
    expect(planId).toBe(f.planId);

    const plan = (await client.read({ resourceType: "CarePlan", id: planId })) as unknown as CarePlan;
    expect(plan).toMatchObject({ resourceType: "CarePlan", meta: { versionId: "2" }, subject: { reference: `Patient/${f.patientId}` } });

    const history = (await client.history({ resourceType: "CarePlan", id: planId })) as unknown as Bundle<CarePlan>;
    expect(history.type).toBe("history");
    expect(history.entry!.map((e) => e.resource!.meta!.versionId)).toEqual(["2", "1"]);

    const first = (await client.vread({ resourceType: "CarePlan", id: planId, version: "1" })) as unknown as CarePlan;
    expect(first.meta?.versionId).toBe("1");

    const everything = (await client.operation({ name: "$everything", resourceType: "Patient", id: patient.id, method: "GET" })) as unknown as Bundle;
    expect(everything.entry!.some((e) => e.resource!.resourceType === "Flag")).toBe(true);
  });

  it("sees 401 once its token is revoked, and 403 for history its role may not read", async () => {
    const { id, token } = await newToken("PARAMEDIC", f.practiceOds);
    const client = new Client({ baseUrl, bearerToken: token });
    await expect(client.history({ resourceType: "CarePlan", id: f.planId })).rejects.toMatchObject({ response: { status: 403 } });
    await db().$transaction((tx) => revokeApiClientRecord(tx, id, null));
    await expect(client.read({ resourceType: "CarePlan", id: f.planId })).rejects.toMatchObject({ response: { status: 401 } });
  });
});
