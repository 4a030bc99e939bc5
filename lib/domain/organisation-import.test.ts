import { describe, expect, it } from "vitest";
import { parseOrganisationFile, problemText } from "./organisation-import";

const TODAY = "2026-12-01";
/** An epraccur row: code, name, national grouping, HLHG, 5 address lines, postcode, open, close, status, sub-type... */
const ods = (code: string, postcode = "SE5 7HY", close = "", status = "A", name = "CAMBERWELL GREEN SURGERY") =>
  [code, name, "Y56", "QKK", "1 HIGH ST", "", "LONDON", "", "", postcode, "19740401", close, status, "B", "QKK", "", "", "", "0", "QKK", "4"].join(",");

describe("parseOrganisationFile: the ODS layout (no header)", () => {
  it("reads code, name, parent ICB, postcode and status by position", () => {
    expect(parseOrganisationFile(ods("y00101", "se57hy"), "GP_PRACTICE", TODAY)).toEqual({
      rows: [
        { line: 1, odsCode: "Y00101", name: "CAMBERWELL GREEN SURGERY", kind: "GP_PRACTICE", postcode: "SE5 7HY", parentIcbOdsCode: "QKK", closed: false },
      ],
      errors: [],
    });
  });

  it("C and D are closed; without a status, a close date that has passed is", () => {
    const etr = (close: string) =>
      ["RJZ", "KING'S COLLEGE HOSPITAL", "Y56", "QKK", "DENMARK HILL", "", "", "LONDON", "", "SE5 9RS", "19930401", close].join(",");
    const rows = parseOrganisationFile(
      [ods("A81001", "SE5 7HY", "20200101", "C"), ods("A81002", "SE5 7HY", "", "D"), ods("A81003", "SE5 7HY", "", "P")].join("\n"),
      "GP_PRACTICE",
      TODAY,
    ).rows;
    expect(rows.map((r) => r.closed)).toEqual([true, true, false]);
    expect(parseOrganisationFile(etr("20250101"), "HOSPITAL", TODAY).rows[0]).toMatchObject({ odsCode: "RJZ", closed: true });
    expect(parseOrganisationFile(etr("20270101"), "HOSPITAL", TODAY).rows[0]).toMatchObject({ closed: false });
    expect(parseOrganisationFile(etr(""), "HOSPITAL", TODAY).rows[0]).toMatchObject({ closed: false, postcode: "SE5 9RS" });
  });

  it("names the line and column of each problem", () => {
    const text = [ods("Y00101"), ods("Y00102", "NOT A POSTCODE"), ods("12", "SE5 7HY", "2024-13-01", "Z"), ods("Y00101"), "A81001,TOO SHORT"].join("\n");
    expect(parseOrganisationFile(text, "GP_PRACTICE", TODAY).errors.map(problemText)).toEqual([
      "Line 2, column Postcode: enter a real postcode, like SE5 8JA",
      "Line 3, column Organisation Code: enter an ODS code in the right format: 3, 5 or 6 letters and numbers, like RJZ, RJZ01 or Y00101",
      "Line 3, column Close Date: enter a real date as YYYYMMDD, like 20240401",
      "Line 3, column Status Code: enter A (active), C (closed), D (dormant) or P (proposed)",
      "Line 4, column Organisation Code: Y00101 is also on line 1: each organisation once",
      expect.stringMatching(/^Line 5: the ODS file layout has at least 12 columns .* this row has 2/),
    ]);
  });

  it("with no kind chosen and no Kind column, every row says so", () => {
    expect(parseOrganisationFile(ods("Y00101"), null, TODAY).errors.map(problemText)).toEqual([
      "Line 1, column Kind: select the kind of organisation the file holds, or give this row a Kind",
    ]);
  });
});

describe("parseOrganisationFile: a header row naming the columns", () => {
  it("reads the named columns in any order, with a Kind per row (its name or label)", () => {
    const text = 'Postcode,Kind,Name,ODS code\n"se1 1aa",Care home,"Dulwich Grove, Care Home",vnk3e\nSE1 1AB,HOSPICE,Thameside Hospice,RH1\n';
    expect(parseOrganisationFile(text, null, TODAY)).toEqual({
      rows: [
        { line: 2, odsCode: "VNK3E", name: "Dulwich Grove, Care Home", kind: "CARE_HOME", postcode: "SE1 1AA", parentIcbOdsCode: null, closed: false },
        { line: 3, odsCode: "RH1", name: "Thameside Hospice", kind: "HOSPICE", postcode: "SE1 1AB", parentIcbOdsCode: null, closed: false },
      ],
      errors: [],
    });
  });

  it("needs the code and name columns, and a known kind", () => {
    expect(parseOrganisationFile("Organisation Code,Postcode\nY00101,SE5 7HY", "GP_PRACTICE", TODAY).errors.map(problemText)).toEqual([
      "Line 1: the header row must name the columns Organisation Code and Name",
    ]);
    expect(parseOrganisationFile("Organisation Code,Name,Kind\nY00101,A,PHARMACY", null, TODAY).errors.map(problemText)).toEqual([
      "Line 2, column Kind: enter a kind of organisation, like GP_PRACTICE, COMMUNITY, HOSPICE",
    ]);
  });

  it("an empty file or an unclosed quote is one problem", () => {
    expect(parseOrganisationFile("\n\n", "GP_PRACTICE", TODAY).errors.map(problemText)).toEqual([
      "Line 1: the file is empty: choose a CSV file of organisations",
    ]);
    expect(parseOrganisationFile('Organisation Code,Name\nY00101,"open', "GP_PRACTICE", TODAY).errors[0]).toMatchObject({ line: 2, column: null });
  });
});
