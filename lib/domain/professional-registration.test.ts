import { describe, expect, it } from "vitest";
import { normaliseRegistrationNumber, registrationProblem } from "./professional-registration";

describe("professional registration numbers", () => {
  it.each([
    ["GMC", "7012345"],
    ["NMC", "15A1234E"],
    ["NMC", "15a 1234e"],
    ["HCPC", "PA12345"],
    ["SWE", "SW123456"],
    ["GPHC", "2012345"],
    ["GDC", "123456"],
    ["GOC", "01-12345"],
  ] as const)("%s %s is the shape that body uses", (body, number) => {
    const role = body === "GMC" ? "GP" : body === "NMC" ? "NURSE" : body === "HCPC" ? "PARAMEDIC" : body === "SWE" ? "SOCIAL_WORKER" : "CARE_HOME_STAFF";
    expect(registrationProblem(role, body, number)).toBeNull();
  });

  it.each([
    ["GMC", "701234", "A GMC registration number is 7 digits, like 7012345"],
    ["GMC", "70123456", "A GMC registration number is 7 digits, like 7012345"],
    ["NMC", "1234567", "An NMC registration number is 2 digits, a letter, 4 digits and a letter, like 15A1234E"],
    ["HCPC", "12345", "An HCPC registration number is the 2-letter profession code and 4 to 6 digits, like PA12345"],
    ["SWE", "123456", "An SWE registration number is SW and up to 7 digits, like SW123456"],
    ["GPHC", "GP12345", "A GPhC registration number is 7 digits, like 2012345"],
  ] as const)("%s %s is refused: %s", (body, number, message) => {
    expect(registrationProblem("CARE_HOME_STAFF", body, number)).toEqual({ field: "registrationNumber", message });
  });

  it("registered professions must give their body; others may leave it empty", () => {
    expect(registrationProblem("GP", undefined, undefined)).toEqual({
      field: "professionalBody",
      message: "Select the professional body: this role needs a GMC registration",
    });
    expect(registrationProblem("NURSE", "GMC", "7012345")).toEqual({ field: "professionalBody", message: "This role needs an NMC registration, not GMC" });
    expect(registrationProblem("ED_CLINICIAN", "HCPC", "PA12345")).toBeNull();
    expect(registrationProblem("CLINICIAN_111", undefined, "")?.message).toBe(
      "Select the professional body: this role needs a GMC or NMC or HCPC registration",
    );
    expect(registrationProblem("CARE_HOME_STAFF", undefined, undefined)).toBeNull();
    expect(registrationProblem("CALL_HANDLER_111", undefined, "12345")).toEqual({
      field: "professionalBody",
      message: "Select the professional body the registration number is with",
    });
    expect(registrationProblem("PARAMEDIC", "HCPC", "")).toEqual({ field: "registrationNumber", message: "Enter the HCPC registration number" });
  });

  it("stores numbers without spaces, in capitals", () => {
    expect(normaliseRegistrationNumber(" 15a 1234e ")).toBe("15A1234E");
  });
});

describe("the demo accounts' registrations", () => {
  it("are each valid for the account's role", async () => {
    const { demoUsers } = await import("@/lib/server/seed/demo-data");
    for (const u of demoUsers) {
      const [body, number] = (u.professionalRegistration ?? " ").split(" ");
      expect(registrationProblem(u.role, (body || undefined) as never, number), u.email).toBeNull();
    }
  });
});
