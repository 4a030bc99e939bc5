import { describe, expect, it } from "vitest";
import { nhsNumberMessages } from "./nhs-number";
import { patientSearchInput } from "./patient-search";

function errorsOf(input: unknown): Record<string, string> {
  const result = patientSearchInput.safeParse(input);
  const out: Record<string, string> = {};
  // The first message per field, as the server's error summary shows it.
  if (!result.success) for (const i of result.error.issues) out[i.path.join(".")] ??= i.message;
  return out;
}

const nextYear = String(new Date().getFullYear() + 1);

describe("patientSearchInput: by NHS number", () => {
  it("normalises spaces and hyphens to ten digits", () => {
    expect(patientSearchInput.parse({ by: "nhs-number", nhsNumber: " 943 476 5919 " })).toEqual({ by: "nhs-number", nhsNumber: "9434765919" });
    expect(patientSearchInput.parse({ by: "nhs-number", nhsNumber: "943-476-5919" })).toEqual({ by: "nhs-number", nhsNumber: "9434765919" });
  });

  it("gives the check-digit message at nhsNumber", () => {
    expect(errorsOf({ by: "nhs-number", nhsNumber: "943 476 5918" })).toEqual({ nhsNumber: nhsNumberMessages["check-digit"] });
  });

  it("gives the other messages at nhsNumber", () => {
    expect(errorsOf({ by: "nhs-number", nhsNumber: "" })).toEqual({ nhsNumber: nhsNumberMessages.empty });
    expect(errorsOf({ by: "nhs-number", nhsNumber: "94347659" })).toEqual({ nhsNumber: nhsNumberMessages["wrong-length"] });
    expect(errorsOf({ by: "nhs-number", nhsNumber: "9434x65919" })).toEqual({ nhsNumber: nhsNumberMessages["not-digits"] });
    expect(errorsOf({ by: "nhs-number", nhsNumber: "9".repeat(30) })).toHaveProperty("nhsNumber", nhsNumberMessages["wrong-length"]);
  });
});

describe("patientSearchInput: by name and date of birth", () => {
  const dateOfBirth = { day: "14", month: "3", year: "1941" };

  it("parses a family name and date of birth", () => {
    expect(patientSearchInput.parse({ by: "name", familyName: "  O'Connor ", dateOfBirth })).toEqual({
      by: "name",
      familyName: "O'Connor",
      dateOfBirth: "1941-03-14",
    });
    const parsed = patientSearchInput.parse({ by: "name", familyName: "Chen-Wright", dateOfBirth });
    expect(parsed.by === "name" && parsed.familyName).toBe("Chen-Wright");
    expect(patientSearchInput.parse({ by: "name", familyName: "Nuñez Da Silva", dateOfBirth }).by).toBe("name");
  });

  it("requires the family name", () => {
    expect(errorsOf({ by: "name", familyName: "   ", dateOfBirth })).toEqual({ familyName: "Enter the family name" });
  });

  it("rejects markup in the family name", () => {
    expect(errorsOf({ by: "name", familyName: "<script>", dateOfBirth })).toEqual({
      familyName: "Family name must only include letters, spaces, hyphens and apostrophes",
    });
  });

  it("rejects an over-long family name", () => {
    expect(errorsOf({ by: "name", familyName: "a".repeat(101), dateOfBirth })).toEqual({
      familyName: "Family name must be 100 characters or fewer",
    });
  });

  it("rejects a future date of birth at dateOfBirth", () => {
    expect(errorsOf({ by: "name", familyName: "Okafor", dateOfBirth: { day: "1", month: "1", year: nextYear } })).toEqual({
      dateOfBirth: "Date of birth must be today or in the past",
    });
  });

  it("rejects an unknown kind of search", () => {
    expect(patientSearchInput.safeParse({ by: "postcode", postcode: "SE5 8JA" }).success).toBe(false);
  });
});
