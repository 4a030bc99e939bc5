import { describe, expect, it } from "vitest";
import { changeRoleInput, newUserInput, passwordProblem, setPasswordInput, userSearchInput } from "./user-accounts";

const errors = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));

describe("a new person's details", () => {
  const valid = { name: " Nia Nurse ", email: " Nia@Example.ORG ", odsCode: "y00101", role: "NURSE", professionalBody: "NMC", registrationNumber: "15a1234e" };

  it("is trimmed, lower-cases the email and upper-cases the code", () => {
    expect(newUserInput.parse(valid)).toEqual({ ...valid, name: "Nia Nurse", email: "nia@example.org", odsCode: "Y00101", registrationNumber: "15a1234e" });
  });

  it("gives each problem at its field", () => {
    expect(errors(newUserInput.safeParse({ ...valid, name: "", email: "nia" }))).toEqual({
      name: "Enter the person's full name",
      email: "Enter an email address in the correct format, like name@example.org",
    });
    expect(errors(newUserInput.safeParse({ ...valid, role: "" }))).toEqual({ role: "Select a role" });
    expect(errors(newUserInput.safeParse({ ...valid, role: "PATIENT" }))).toEqual({ role: "Select a role from the list" });
    expect(errors(newUserInput.safeParse({ ...valid, odsCode: "Y0 0101!" }))).toEqual({ odsCode: expect.stringContaining("ODS code") });
    expect(errors(newUserInput.safeParse({ ...valid, registrationNumber: "123" }))).toEqual({
      registrationNumber: expect.stringContaining("An NMC registration number is"),
    });
    expect(errors(newUserInput.safeParse({ ...valid, name: "Nia\u0000" }))).toEqual({ name: expect.stringContaining("control characters") });
  });

  it("a role change needs the new role's registration", () => {
    const userId = "6f1c8a10-0b6e-4c55-9d0b-0d7f8f0f0f0f";
    expect(errors(changeRoleInput.safeParse({ userId, role: "PARAMEDIC" }))).toEqual({ professionalBody: expect.stringContaining("HCPC") });
    expect(changeRoleInput.safeParse({ userId, role: "CARE_HOME_STAFF", professionalBody: "", registrationNumber: "" }).success).toBe(true);
  });

  it("search filters: blank is none, an unknown role is an error", () => {
    expect(userSearchInput.parse({ q: " ", role: "", page: 2 })).toEqual({ page: 2 });
    expect(userSearchInput.safeParse({ role: "ROOT" }).success).toBe(false);
  });
});

describe("a new password", () => {
  it("is at least 12 characters and not the email address", () => {
    expect(passwordProblem("short", "a@b.org")).toBe("Password must be 12 characters or more");
    expect(passwordProblem("Nia.Nurse@Example.org", "nia.nurse@example.org")).toBe("Password must not be your email address");
    expect(passwordProblem("correct horse battery", "a@b.org")).toBeNull();
  });

  it("must be typed twice alike, with a link of the right shape", () => {
    const token = "a".repeat(43);
    expect(errors(setPasswordInput.safeParse({ token, password: "x".repeat(12), confirmPassword: "y".repeat(12) }))).toEqual({
      confirmPassword: "The passwords do not match: enter the same password twice",
    });
    expect(errors(setPasswordInput.safeParse({ token: "../etc", password: "x", confirmPassword: "x" }))).toEqual({ token: "This link is not valid" });
  });
});
