import { describe, expect, it } from "vitest";
import { capabilityStatement } from "./capability";
import { errorIssueTypes, errorOutcome, operationOutcome } from "./operation-outcome";
import { BASE_URL, validationErrors } from "@/test/fhir-resources";

describe("capabilityStatement", () => {
  const cs = capabilityStatement({ baseUrl: BASE_URL, date: "2025-01-15", softwareVersion: "0.1.0" });

  it("validates and lists exactly what the API supports", () => {
    expect(validationErrors(cs)).toEqual([]);
    expect(cs).toMatchObject({ status: "active", kind: "instance", fhirVersion: "4.0.1", format: ["json"] });
    const resources = cs.rest?.[0].resource ?? [];
    expect(resources.map((r) => r.type)).toEqual(["Patient", "CarePlan", "Consent"]);
    expect(resources[0].interaction?.map((i) => i.code)).toEqual(["read", "search-type"]);
    expect(resources[0].searchParam?.map((p) => p.name)).toEqual(["identifier"]);
    expect(resources[0].operation?.map((o) => o.name)).toEqual(["everything"]);
    expect(resources[1].interaction?.map((i) => i.code)).toEqual(["read", "vread", "history-instance", "search-type"]);
    expect(resources[1].searchParam?.map((p) => p.name)).toEqual(["patient", "subject"]);
    expect(resources[2].interaction?.map((i) => i.code)).toEqual(["search-type"]);
    expect(resources[2].searchParam?.map((p) => p.name)).toEqual(["patient"]);
  });
});

describe("OperationOutcome", () => {
  it.each(Object.entries(errorIssueTypes))("status %s is an error of type %s and validates", (status, code) => {
    const { body } = errorOutcome(Number(status) as keyof typeof errorIssueTypes, "Something went wrong");
    expect(validationErrors(body)).toEqual([]);
    expect(body.issue).toEqual([{ severity: "error", code, diagnostics: "Something went wrong" }]);
  });

  it("a withdrawn plan's refusal is 403 with the issue type suppressed, and validates", () => {
    const { body } = errorOutcome(403, "This person has asked for their care plan not to be shared (since 1 December 2026)", "suppressed");
    expect(validationErrors(body)).toEqual([]);
    expect(body.issue[0]).toMatchObject({ severity: "error", code: "suppressed" });
  });

  it("builds any issue", () => {
    expect(validationErrors(operationOutcome("warning", "processing", "Partial result"))).toEqual([]);
  });
});
