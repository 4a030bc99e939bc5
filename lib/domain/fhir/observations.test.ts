import type { Observation } from "@medplum/fhirtypes";
import { describe, expect, it } from "vitest";
import { toObservations } from "./observations";
import { FULL, SUMMARY, demoVersion, testPatient, validationErrors } from "@/test/fhir-resources";

const patient = testPatient();
const byCode = (kind: Parameters<typeof demoVersion>[0]): Record<string, Observation> =>
  Object.fromEntries(toObservations(demoVersion(kind), patient, FULL).map((o) => [o.code.text ?? "", o]));

describe("toObservations", () => {
  it("records preferred places of death with SNOMED value codes", () => {
    const obs = byCode("frailty");
    for (const o of Object.values(obs)) expect(validationErrors(o)).toEqual([]);
    expect(obs["Preferred place of death (first choice)"].valueCodeableConcept).toEqual({
      coding: [{ system: "http://snomed.info/sct", code: "710571000000101" }],
      text: "Care home",
    });
    expect(obs["Preferred place of death (second choice)"].valueCodeableConcept?.coding?.[0].code).toBe("108401000000102");
    expect(obs["What matters most to the person"].valueString).toMatch(/Rosewood/);
  });

  it("uses the free text, without a code, for somewhere else", () => {
    const second = byCode("motor-neurone-disease")["Preferred place of death (second choice)"];
    expect(second.valueCodeableConcept?.coding).toBeUndefined();
    expect(second.valueCodeableConcept?.text).not.toBe("Somewhere else");
  });

  it("leaves out places that were not recorded and keeps what call handlers may see", () => {
    expect(byCode("sickle-cell")["Preferred place of death (first choice)"]).toBeUndefined();
    // The second choice is not a summary field (role-view.ts summaryFields).
    expect(toObservations(demoVersion("frailty"), patient, SUMMARY).map((o) => o.code.text)).toEqual([
      "Preferred place of death (first choice)",
      "What matters most to the person",
    ]);
  });
});
