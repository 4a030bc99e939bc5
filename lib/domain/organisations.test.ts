import { describe, expect, it } from "vitest";
import { normaliseOdsCode, normalisePostcode, odsCodeProblem, organisationBlock, organisationInput, ODS_FORMAT_MESSAGE } from "./organisations";

describe("ODS codes", () => {
  it.each(["RJZ", "QKK", "RJZ01", "NLX01", "Y00101", "A81001", "72Q"])("%s has an ODS code's shape", (code) => {
    expect(odsCodeProblem(code)).toBeNull();
  });

  it.each(["", "R", "RJ", "RJZ0", "RJZ0123", "123", "12345", "Y0010!", "Y 00101"])("%j does not", (code) => {
    expect(odsCodeProblem(code)).toBe(code ? ODS_FORMAT_MESSAGE : "Enter the organisation's ODS code");
  });

  it("a GP practice's code is a letter and five numbers; an ICB's starts with Q", () => {
    expect(odsCodeProblem("Y00101", "GP_PRACTICE")).toBeNull();
    expect(odsCodeProblem("RJZ", "GP_PRACTICE")).toMatch(/letter and 5 numbers/);
    expect(odsCodeProblem("QKK", "ICB")).toBeNull();
    expect(odsCodeProblem("RJZ", "ICB")).toMatch(/starting with Q/);
    expect(odsCodeProblem("RJZ01", "HOSPITAL")).toBeNull();
  });

  it("is stored upper-case without spaces", () => {
    expect(normaliseOdsCode(" y00101 ")).toBe("Y00101");
  });
});

describe("postcodes", () => {
  it.each([
    ["se5 8ja", "SE5 8JA"],
    ["SE58JA", "SE5 8JA"],
    ["sw1a  1aa", "SW1A 1AA"],
    ["EC1A 1BB", "EC1A 1BB"],
    ["m1 1ae", "M1 1AE"],
  ])("%s is %s", (typed, stored) => {
    expect(normalisePostcode(typed)).toBe(stored);
  });

  it.each(["SE5", "12345", "SE5 8J", "NOT A POSTCODE", "SE5 8JAA"])("%s is not a postcode", (typed) => {
    expect(normalisePostcode(typed)).toBeNull();
  });
});

describe("the organisation form's schema", () => {
  const base = { odsCode: "y00101", name: "Camberwell Green Surgery", kind: "GP_PRACTICE" };

  it("keeps the blanks as nothing, upper-cases codes and tidies the postcode", () => {
    expect(organisationInput.parse({ ...base, postcode: "se5 8ja", parentIcbOdsCode: "qkk", dsptStatus: "" })).toEqual({
      odsCode: "Y00101",
      name: "Camberwell Green Surgery",
      kind: "GP_PRACTICE",
      postcode: "SE5 8JA",
      parentIcbOdsCode: "QKK",
    });
  });

  it("has a message at each field that is wrong", () => {
    const result = organisationInput.safeParse({
      odsCode: "RJZ",
      name: "",
      kind: "GP_PRACTICE",
      postcode: "SE5",
      parentIcbOdsCode: "RJZ",
      sharingAgreementSignedOn: { day: "1", month: "1", year: "2999" },
      dsptStatusOn: { day: "1", month: "1", year: "2025" },
    });
    const messages = Object.fromEntries(result.error!.issues.map((i) => [i.path[0], i.message]));
    expect(messages).toEqual({
      name: "Enter the organisation's name",
      postcode: "Enter a real postcode, like SE5 8JA",
      sharingAgreementSignedOn: "Date the sharing agreement was signed must be today or in the past",
    });
    // The cross-field rules run once every field has parsed.
    const second = organisationInput.safeParse({ ...base, odsCode: "RJZ", parentIcbOdsCode: "RJZ", dsptStatusOn: { day: "1", month: "1", year: "2025" } });
    expect(Object.fromEntries(second.error!.issues.map((i) => [i.path[0], i.message]))).toEqual({
      odsCode: "A GP practice's ODS code is a letter and 5 numbers, like A81001",
      parentIcbOdsCode: "Enter the parent ICB's ODS code: 3 characters starting with Q, like QKK",
      dsptStatus: "Select the DSPT status the date is for",
    });
  });

  it("refuses a kind that is not one of ours", () => {
    expect(organisationInput.safeParse({ ...base, kind: "PHARMACY" }).error?.issues[0].message).toBe("Select the kind of organisation");
  });
});

describe("who may sign in", () => {
  it("only staff of an active organisation that has signed the sharing agreement", () => {
    expect(organisationBlock({ status: "ACTIVE", sharingAgreementSignedOn: new Date("2026-01-05") })).toBeNull();
    expect(organisationBlock({ status: "ACTIVE", sharingAgreementSignedOn: null })).toBe("no-agreement");
    expect(organisationBlock({ status: "SUSPENDED", sharingAgreementSignedOn: new Date("2026-01-05") })).toBe("suspended");
  });
});
