import type { Resource } from "@medplum/fhirtypes";
import { describe, expect, it } from "vitest";
import { everythingResources } from "./bundle";
import { allGrants, blankStrings, demoVersions, testConsents, testPatient, validationErrors } from "@/test/fhir-resources";

describe("every resource for every demo plan validates against base R4", () => {
  const patient = testPatient();
  const cases = demoVersions().flatMap(({ kind, version }) =>
    allGrants.flatMap((grants) =>
      (["ACTIVE", "CANCELLED"] as const).map((status) => ({
        name: `${kind}, ${status}, ${JSON.stringify(grants)}`,
        resources: everythingResources(patient, { ...version, status }, testConsents, grants),
      })),
    ),
  );

  it.each(cases)("$name", ({ resources }) => {
    const problems = resources.flatMap((r: Resource) => [...validationErrors(r), ...blankStrings(r)].map((p) => `${r.resourceType}/${r.id}: ${p}`));
    expect(problems).toEqual([]);
    for (const r of resources) expect(r.meta?.profile?.[0]).toBe(`https://fhir.hl7.org.uk/StructureDefinition/UKCore-${r.resourceType}`);
    expect(new Set(resources.map((r) => `${r.resourceType}/${r.id}`)).size).toBe(resources.length);
    for (const r of resources) expect(r.id).toMatch(/^[A-Za-z0-9\-.]{1,64}$/);
  });
});
