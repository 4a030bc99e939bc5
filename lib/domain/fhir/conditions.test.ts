import { describe, expect, it } from "vitest";
import { toAllergies, toConditions } from "./conditions";
import { FULL, SUMMARY, demoVersion, testPatient, validationErrors } from "@/test/fhir-resources";

const patient = testPatient();

describe("toConditions and toAllergies", () => {
  it("maps diagnoses with their SNOMED code, active and confirmed", () => {
    const conditions = toConditions(demoVersion("frailty"), patient, FULL);
    expect(conditions).toHaveLength(3);
    for (const c of conditions) expect(validationErrors(c)).toEqual([]);
    expect(conditions[1].code).toEqual({ coding: [{ system: "http://snomed.info/sct", code: "52448006" }], text: "Mixed dementia" });
    expect(conditions[0].clinicalStatus?.coding?.[0].code).toBe("active");
    expect(conditions[0].verificationStatus?.coding?.[0].code).toBe("confirmed");
  });

  it("keeps a diagnosis without a code as text", () => {
    const base = demoVersion("frailty");
    const content = { ...base.content, clinicalBackground: { ...base.content.clinicalBackground, diagnoses: [{ description: "Frailty", snomedCode: null }] } };
    const [c] = toConditions({ ...base, content }, patient, FULL);
    expect(validationErrors(c)).toEqual([]);
    expect(c.code).toEqual({ text: "Frailty" });
  });

  it("maps the allergies text when recorded", () => {
    const [allergy] = toAllergies(demoVersion("frailty"), patient, FULL);
    expect(validationErrors(allergy)).toEqual([]);
    expect(allergy.code).toEqual({ text: "Penicillin (rash)" });
    expect(toAllergies(demoVersion("metastatic-cancer"), patient, FULL)).toEqual([]);
  });

  it("gives call handlers neither (clinical detail is outside the summary)", () => {
    expect(toConditions(demoVersion("frailty"), patient, SUMMARY)).toEqual([]);
    expect(toAllergies(demoVersion("frailty"), patient, SUMMARY)).toEqual([]);
  });
});
