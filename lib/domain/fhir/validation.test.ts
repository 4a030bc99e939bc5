import type { Flag, Patient, Resource } from "@medplum/fhirtypes";
import { describe, expect, it } from "vitest";
import { searchsetBundle } from "./bundle";
import { toFhirConsent } from "./consent";
import { toFhirPatient } from "./patient";
import { blankStrings, testConsents, testPatient, validationErrors } from "@/test/fhir-resources";

/** The validator must catch broken resources, or the "validates" tests below prove nothing. */
describe("the R4 validator used by these tests", () => {
  it("accepts a resource we produce", () => {
    expect(validationErrors(toFhirPatient(testPatient()))).toEqual([]);
  });

  it("rejects an unknown property", () => {
    const broken = { ...toFhirPatient(testPatient()), nickname: "Peggy" } as Patient;
    expect(validationErrors(broken).join("\n")).toMatch(/nickname/);
  });

  it("rejects a Flag without its required code", () => {
    const broken = { resourceType: "Flag", status: "active", subject: { reference: "Patient/1" } } as unknown as Flag;
    expect(validationErrors(broken).join("\n")).toMatch(/Flag\.code/);
  });

  it("checks the resources inside a Bundle too", () => {
    const broken = { ...toFhirPatient(testPatient()), nickname: "Peggy" } as Patient;
    const bundle = searchsetBundle([broken], 1, { baseUrl: "https://example.org/fhir" });
    expect(validationErrors(bundle).join("\n")).toMatch(/nickname/);
  });

  it("rejects a malformed date", () => {
    expect(validationErrors({ ...toFhirPatient(testPatient()), birthDate: "1936-13-45" }).join("\n")).toMatch(/birthDate/);
  });

  it("checks FHIRPath invariants (Consent ppc-1: a policy or policyRule is required)", () => {
    const { policyRule: _dropped, ...broken } = toFhirConsent(testConsents[1], testPatient());
    expect(validationErrors(broken as Resource).join("\n")).toMatch(/policy.exists\(\) or policyRule.exists\(\)/);
  });

  // Documented limit: without terminology loaded, codes in required bindings are not checked.
  it("does not check codes against required value sets", () => {
    const badGender = { ...toFhirPatient(testPatient()), gender: "F" } as unknown as Resource;
    expect(validationErrors(badGender)).toEqual([]);
  });

  it("blankStrings finds the empty strings the validator lets through", () => {
    expect(blankStrings({ a: [{ b: " " }], c: "x" })).toEqual(["$.a[0].b"]);
  });
});
