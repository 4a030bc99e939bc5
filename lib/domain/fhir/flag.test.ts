import { describe, expect, it } from "vitest";
import { toAdrtFlag, toCprFlag, toFlags, toLpaFlag } from "./flag";
import { FULL, SUMMARY, demoVersion, testPatient, validationErrors } from "@/test/fhir-resources";

const patient = testPatient();
const SNOMED = "http://snomed.info/sct";

describe("CPR flag", () => {
  it.each([
    ["recommended", "450475007"],
    ["not-recommended", "450476008"],
    ["not-decided", "845151000000104"],
  ] as const)("codes a %s decision as SNOMED %s", (decision, code) => {
    const base = demoVersion("heart-failure");
    const version = { ...base, content: { ...base.content, cpr: { ...base.content.cpr, decision } } };
    const flag = toCprFlag(version, patient, FULL);
    expect(flag).not.toBeNull();
    expect(validationErrors(flag!)).toEqual([]);
    expect(flag!.code.coding).toEqual([expect.objectContaining({ system: SNOMED, code })]);
    expect(flag!.meta?.profile).toEqual(["https://fhir.hl7.org.uk/StructureDefinition/UKCore-Flag"]);
  });

  it("runs from the decision date to the review date, and is inactive once the plan is cancelled", () => {
    const base = demoVersion("frailty");
    const version = { ...base, content: { ...base.content, cpr: { ...base.content.cpr, reviewDate: "2025-07-01" } } };
    const flag = toCprFlag(version, patient, FULL)!;
    expect(flag.status).toBe("active");
    expect(flag.period).toEqual({ start: base.content.cpr.decisionDate, end: "2025-07-01" });
    expect(flag.author).toEqual({ display: "Dr Aisha Rahman, GP" });
    expect(toCprFlag({ ...version, status: "CANCELLED" }, patient, FULL)!.status).toBe("inactive");
  });

  it("is there for call handlers too (the decision is a summary field)", () => {
    expect(toCprFlag(demoVersion("frailty"), patient, SUMMARY)?.code.coding?.[0].code).toBe("450476008");
  });
});

describe("ADRT and LPA flags", () => {
  it("are made only when the plan records them", () => {
    const mnd = demoVersion("motor-neurone-disease");
    const adrt = toAdrtFlag(mnd, patient, FULL)!;
    const lpa = toLpaFlag(mnd, patient, FULL)!;
    expect(validationErrors(adrt)).toEqual([]);
    expect(validationErrors(lpa)).toEqual([]);
    expect(adrt.code.text).toMatch(/^Advance decision to refuse treatment\. /);
    expect(lpa.code.coding?.[0]).toEqual({ system: SNOMED, code: "816361000000101" });
    expect(toFlags(mnd, patient, FULL).map((f) => f.id?.split("-").pop())).toEqual(["cpr", "adrt", "lpa"]);
    expect(toFlags(demoVersion("frailty"), patient, FULL)).toHaveLength(1);
  });
});
