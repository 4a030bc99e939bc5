import { describe, expect, it } from "vitest";
import { toCsv } from "./csv";

describe("toCsv", () => {
  it("quotes commas, quotes and line breaks", () => {
    expect(
      toCsv(
        ["a", "b"],
        [
          ["x, y", 'say "hi"'],
          ["line\nbreak", null],
        ],
      ),
    ).toBe('a,b\r\n"x, y","say ""hi"""\r\n"line\nbreak",\r\n');
  });
  it("defuses spreadsheet formulas", () => {
    expect(toCsv(["a"], [['=HYPERLINK("x")'], ["+1"], ["-2"], ["@SUM(A1)"]])).toBe('a\r\n"\'=HYPERLINK(""x"")"\r\n\'+1\r\n\'-2\r\n\'@SUM(A1)\r\n');
  });
  it("writes dates in UTC ISO form", () => {
    expect(toCsv(["at"], [[new Date("2026-11-21T10:00:00Z")]])).toBe("at\r\n2026-11-21T10:00:00.000Z\r\n");
  });
});
