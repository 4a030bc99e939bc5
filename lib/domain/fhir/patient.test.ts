import { describe, expect, it } from "vitest";
import { toFhirPatient } from "./patient";
import { testPatient, validationErrors } from "@/test/fhir-resources";

describe("toFhirPatient", () => {
  it("maps the NHS number, name, birth date, address and phone under UKCore-Patient", () => {
    const p = toFhirPatient(testPatient());
    expect(validationErrors(p)).toEqual([]);
    expect(p.meta?.profile).toEqual(["https://fhir.hl7.org.uk/StructureDefinition/UKCore-Patient"]);
    expect(p.identifier).toEqual([{ system: "https://fhir.nhs.uk/Id/nhs-number", value: "9434765919" }]);
    expect(p.name).toEqual([{ use: "official", family: "Doyle", given: ["Margaret"] }]);
    expect(p.birthDate).toBe("1936-04-12");
    expect(p.address).toEqual([{ use: "home", line: ["Rosewood Care Home", "12 Elm Road"], city: "London", postalCode: "SE1 7PB" }]);
    expect(p.telecom).toEqual([{ system: "phone", value: "020 7946 0000", use: "home" }]);
    expect(p.deceasedDateTime).toBeUndefined();
  });

  it.each([
    ["FEMALE", "female"],
    ["MALE", "male"],
    ["OTHER", "other"],
    ["UNKNOWN", "unknown"],
  ] as const)("maps sex %s to gender %s", (sex, gender) => {
    expect(toFhirPatient(testPatient({ sex })).gender).toBe(gender);
  });

  it("leaves out missing optional details and records a death", () => {
    const p = toFhirPatient(testPatient({ addressLine2: null, phone: null, dateOfDeath: new Date("2025-02-01T00:00:00Z") }));
    expect(validationErrors(p)).toEqual([]);
    expect(p.address?.[0].line).toEqual(["Rosewood Care Home"]);
    expect(p.telecom).toBeUndefined();
    expect(p.deceasedDateTime).toBe("2025-02-01");
  });
});
