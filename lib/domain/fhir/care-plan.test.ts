import type { CarePlan } from "@medplum/fhirtypes";
import { describe, expect, it } from "vitest";
import { toFhirCarePlan } from "./care-plan";
import { FULL, NO_ACCESS, SUMMARY, demoVersion, testPatient, validationErrors } from "@/test/fhir-resources";

const patient = testPatient();
const titles = (plan: CarePlan) => (plan.activity ?? []).map((a) => a.detail?.code?.text);
const find = (plan: CarePlan, title: string) => plan.activity?.find((a) => a.detail?.code?.text === title)?.detail;

describe("toFhirCarePlan", () => {
  it("is one FHIR version per published plan version", () => {
    const plan = toFhirCarePlan(demoVersion("metastatic-cancer"), patient, FULL);
    expect(validationErrors(plan)).toEqual([]);
    expect(plan.id).toBe("0b6d7c1e-9f2a-4e3b-a1c2-d3e4f5a6b7c8");
    expect(plan.meta).toEqual({
      versionId: "3",
      lastUpdated: "2025-01-15T10:30:00.000Z",
      profile: ["https://fhir.hl7.org.uk/StructureDefinition/UKCore-CarePlan"],
    });
    expect(plan).toMatchObject({ status: "active", intent: "plan", subject: { reference: `Patient/${patient.id}` } });
    expect(plan.author).toEqual({ display: "Dr Aisha Rahman" });
    expect(plan.created).toBe("2025-01-15T10:30:00.000Z");
  });

  it.each([
    ["ACTIVE", "active", "not-started"],
    ["CANCELLED", "revoked", "cancelled"],
    ["DRAFT", "draft", "not-started"],
  ] as const)("maps plan status %s to %s", (status, fhir, activity) => {
    const plan = toFhirCarePlan({ ...demoVersion("frailty"), status }, patient, FULL);
    expect(plan.status).toBe(fhir);
    expect(new Set(plan.activity?.map((a) => a.detail?.status))).toEqual(new Set([activity]));
  });

  it("maps wishes and recommendations to activities; interventions to avoid are doNotPerform", () => {
    const plan = toFhirCarePlan(demoVersion("frailty"), patient, FULL);
    expect(find(plan, "What matters most to the person")?.description).toMatch(/Rosewood/);
    expect(find(plan, "Clinical focus")?.description).toBe("Prioritise comfort");
    expect(find(plan, "Hospital admission")).toMatchObject({ doNotPerform: true, description: expect.stringMatching(/^Avoid: /) });
    expect(find(plan, "Oral antibiotics")).toMatchObject({ doNotPerform: false });
    expect(find(plan, "Preferred place of death (first choice)")?.description).toBe("Care home");
    expect(find(plan, "Anticipatory (just in case) medicines")?.location).toEqual({
      display: "Controlled drugs cupboard, Rosewood Care Home",
    });
    const cpr = plan.activity?.find((a) => a.detail?.code?.coding?.[0]?.code === "450476008");
    expect(cpr?.detail?.description).toBe("CPR attempts not recommended");
  });

  it("shows access instructions only with the grant", () => {
    const version = demoVersion("metastatic-cancer");
    expect(find(toFhirCarePlan(version, patient, FULL), "Access instructions")?.description).toMatch(/code 4821/);
    for (const grants of [NO_ACCESS, SUMMARY]) {
      const plan = toFhirCarePlan(version, patient, grants);
      expect(titles(plan)).not.toContain("Access instructions");
      expect(JSON.stringify(plan)).not.toMatch(/4821|Key safe/);
    }
  });

  it("keeps the summary to summary fields for call handlers", () => {
    const plan = toFhirCarePlan(demoVersion("frailty"), patient, SUMMARY);
    expect(validationErrors(plan)).toEqual([]);
    expect(titles(plan)).toContain("Clinical focus");
    expect(titles(plan)).not.toContain("Hospital admission");
    expect(titles(plan)).not.toContain("Anticipatory (just in case) medicines");
  });
});
