import { describe, expect, it } from "vitest";
import { csvRows, parseCsv } from "./csv-import";

describe("reading CSV with line numbers", () => {
  it("reads quotes, doubled quotes, commas and line breaks inside quotes, CRLF and a byte-order mark", () => {
    const { records, problems } = parseCsv('\uFEFFa,b\r\n"x, y","say ""hi"""\r\n"two\nlines",z\n\nlast,one');
    expect(problems).toEqual([]);
    expect(records).toEqual([
      { line: 1, cells: ["a", "b"] },
      { line: 2, cells: ["x, y", 'say "hi"'] },
      { line: 3, cells: ["two\nlines", "z"] },
      { line: 6, cells: ["last", "one"] },
    ]);
  });

  it("an unclosed quote is a problem on the line it opened", () => {
    expect(parseCsv('a\n"open\nstill').problems).toEqual([{ line: 2, column: null, message: expect.stringContaining("not closed") }]);
  });

  it("rows by header name, in any order and case; a short line is reported by its line", () => {
    const { rows, problems } = csvRows("Name, EMAIL\nAnn,a@b.org\nBen\n", ["email", "name"] as const);
    expect(rows).toEqual([{ line: 2, values: { name: "Ann", email: "a@b.org" } }]);
    expect(problems).toEqual([{ line: 3, column: null, message: "This line has 1 values: it should have 2, one for each column" }]);
  });
});
