import { describe, expect, it } from "vitest";
import { testNhsNumber } from "../nhs-number";
import { decideNhsLogin, nhsLoginName, proofingLevel } from "./nhs-login";

const nhsNumber = testNhsNumber(2);

describe("NHS login claims", () => {
  it("P9 with a valid NHS number is verified (spaces removed)", () => {
    const spaced = `${nhsNumber.slice(0, 3)} ${nhsNumber.slice(3, 6)} ${nhsNumber.slice(6)}`;
    expect(decideNhsLogin({ sub: "s", identity_proofing_level: "P9", nhs_number: spaced, birthdate: "1941-03-14" })).toEqual({
      kind: "verified",
      nhsNumber,
      birthdate: "1941-03-14",
    });
  });

  it("P5 and P0 are unverified even with an NHS number", () => {
    expect(decideNhsLogin({ sub: "s", identity_proofing_level: "P5", nhs_number: nhsNumber })).toEqual({ kind: "unverified", proofingLevel: "P5" });
    expect(decideNhsLogin({ sub: "s", identity_proofing_level: "P0", nhs_number: nhsNumber })).toEqual({ kind: "unverified", proofingLevel: "P0" });
  });

  it("a missing or unknown proofing level counts as P0", () => {
    expect(decideNhsLogin({ sub: "s", nhs_number: nhsNumber })).toEqual({ kind: "unverified", proofingLevel: "P0" });
    expect(proofingLevel("p9")).toBe("P0");
    expect(proofingLevel("P10")).toBe("P0");
  });

  it("P9 without a usable NHS number is refused", () => {
    expect(decideNhsLogin({ sub: "s", identity_proofing_level: "P9" })).toEqual({ kind: "refused", reason: "nhs-number-missing" });
    expect(decideNhsLogin({ sub: "s", identity_proofing_level: "P9", nhs_number: "9990000019" })).toEqual({ kind: "refused", reason: "nhs-number-missing" });
    expect(decideNhsLogin({ sub: "s", identity_proofing_level: "P9", nhs_number: "" })).toEqual({ kind: "refused", reason: "nhs-number-missing" });
  });

  it("ignores a malformed birthdate rather than comparing it", () => {
    expect(decideNhsLogin({ sub: "s", identity_proofing_level: "P9", nhs_number: nhsNumber, birthdate: "14/03/1941" })).toMatchObject({ birthdate: null });
  });

  it("builds a display name", () => {
    expect(nhsLoginName({ sub: "s", given_name: "Joan", family_name: "Smith" })).toBe("Joan Smith");
    expect(nhsLoginName({ sub: "s" })).toBe("NHS login user");
  });
});
