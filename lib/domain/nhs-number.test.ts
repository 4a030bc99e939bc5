import { describe, expect, it } from "vitest";
import { formatNhsNumber, isValidNhsNumber, nhsCheckDigit, nhsNumberMessages, nhsNumberProblem, normaliseNhsNumber, testNhsNumber } from "./nhs-number";

describe("NHS number validation", () => {
  it.each([["9434765919"], ["943 476 5919"], ["943-476-5919"], [" 943 476 5919 "], ["4010232137"]])("accepts %j", (input) => {
    expect(nhsNumberProblem(input)).toBeNull();
    expect(isValidNhsNumber(input)).toBe(true);
  });

  it("testNhsNumber(1..50) gives valid numbers in the 999 test range", () => {
    for (let n = 1; n <= 50; n++) {
      const number = testNhsNumber(n);
      expect(number, `n=${n}`).toMatch(/^999\d{7}$/);
      expect(isValidNhsNumber(number), `n=${n}: ${number}`).toBe(true);
    }
  });

  it("refuses a wrong check digit", () => {
    expect(nhsNumberProblem("9434765918")).toBe("check-digit");
    expect(isValidNhsNumber("9434765918")).toBe(false);
    // Every other final digit is wrong too.
    for (let d = 0; d <= 9; d++) if (d !== 9) expect(isValidNhsNumber(`943476591${d}`)).toBe(false);
  });

  it("refuses nine digits whose check digit would be 10, whatever the last digit", () => {
    // 9*10 + 9*9 + 9*8 = 243; 243 mod 11 = 1; 11 - 1 = 10: no valid number starts 999000000.
    expect(nhsCheckDigit("999000000")).toBeNull();
    for (let d = 0; d <= 9; d++) expect(nhsNumberProblem(`999000000${d}`)).toBe("check-digit");
  });

  it("computes the modulus-11 check digit, with 11 meaning 0", () => {
    expect(nhsCheckDigit("943476591")).toBe(9);
    expect(nhsCheckDigit("111111111")).toBe(1); // 10+9+...+2 = 54; 54 mod 11 = 10; 11 - 10 = 1
    expect(nhsCheckDigit("000000109")).toBe(0); // 1*4 + 9*2 = 22; 22 mod 11 = 0; 11 -> 0
    expect(isValidNhsNumber("0000001090")).toBe(true);
    expect(isValidNhsNumber("0000001091")).toBe(false);
  });

  it("refuses 0000000000 although the arithmetic passes", () => {
    expect(nhsCheckDigit("000000000")).toBe(0);
    expect(nhsNumberProblem("0000000000")).toBe("check-digit");
    expect(nhsNumberProblem("000 000 0000")).toBe("check-digit");
  });

  it.each([
    ["943476591", "wrong-length"],
    ["94347659190", "wrong-length"],
    ["943 476 591", "wrong-length"],
    ["943476591A", "not-digits"],
    ["abc", "not-digits"],
    ["943.476.5919", "not-digits"],
    ["", "empty"],
    ["   ", "empty"],
    [" - ", "empty"],
  ] as const)("%j is %s", (input, problem) => {
    expect(nhsNumberProblem(input)).toBe(problem);
    expect(isValidNhsNumber(input)).toBe(false);
  });

  it("has a plain message for each problem", () => {
    expect(nhsNumberMessages).toEqual({
      empty: "Enter the NHS number",
      "not-digits": "NHS number must only include numbers and spaces",
      "wrong-length": "NHS number must be 10 digits",
      "check-digit": "Enter a valid NHS number: check each digit, this one is not a real NHS number",
    });
  });
});

describe("formatting", () => {
  it("normalises spaces and hyphens away", () => {
    expect(normaliseNhsNumber(" 943 476-5919 ")).toBe("9434765919");
  });

  it("shows 3-3-4", () => {
    expect(formatNhsNumber("9434765919")).toBe("943 476 5919");
    expect(formatNhsNumber("943-476-5919")).toBe("943 476 5919");
  });

  it("leaves anything that is not 10 digits as it was", () => {
    expect(formatNhsNumber("12345")).toBe("12345");
  });
});
