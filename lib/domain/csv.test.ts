import { describe, expect, it } from "vitest";
import { parseCsv, toCsv } from "./csv";

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

describe("parseCsv", () => {
  const records = (text: string) => {
    const parsed = parseCsv(text);
    if (!parsed.ok) throw new Error(parsed.message);
    return parsed.records;
  };

  it("reads cells, quoted commas, doubled quotes and line breaks, with the line each record starts on", () => {
    expect(records('a,b\r\n"x, y","say ""hi"""\r\n"two\nlines",z\r\nlast,1')).toEqual([
      { line: 1, cells: ["a", "b"] },
      { line: 2, cells: ["x, y", 'say "hi"'] },
      { line: 3, cells: ["two\nlines", "z"] },
      { line: 5, cells: ["last", "1"] },
    ]);
  });

  it("skips blank lines but counts them, drops a byte-order mark, keeps empty cells", () => {
    expect(records("\uFEFFa,,c\n\n\nd,e,\n")).toEqual([
      { line: 1, cells: ["a", "", "c"] },
      { line: 4, cells: ["d", "e", ""] },
    ]);
  });

  it("reads what toCsv writes", () => {
    expect(records(toCsv(["a", "b"], [["x, y", 'q "x"']])).map((r) => r.cells)).toEqual([
      ["a", "b"],
      ["x, y", 'q "x"'],
    ]);
  });

  it("an unclosed quote is an error naming its line", () => {
    expect(parseCsv('a,b\nc,"open\nmore')).toEqual({ ok: false, line: 2, message: expect.stringContaining("quoted cell is not closed") });
  });
});
