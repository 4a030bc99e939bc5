import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_PAGE, PAGE_SIZE, pageFromQuery, pageInput, pageWindow, toPage } from "./pagination";

describe("pagination", () => {
  it("reads a plain page number from the query", () => {
    expect(pageFromQuery("1")).toBe(1);
    expect(pageFromQuery("2")).toBe(2);
    expect(pageFromQuery(String(MAX_PAGE))).toBe(MAX_PAGE);
  });

  it("treats anything else as page 1, never an error", () => {
    for (const value of [
      undefined,
      null,
      "",
      "0",
      "-1",
      "01",
      "2.5",
      "1e3",
      " 2",
      "2 ",
      "abc",
      "0x10",
      "Infinity",
      String(MAX_PAGE + 1),
      "9999999999999999999",
      ["2", "3"],
      2,
    ]) {
      expect(pageFromQuery(value), JSON.stringify(value)).toBe(1);
    }
  });

  it("always gives a page the use cases accept", () => {
    fc.assert(fc.property(fc.string(), (s) => pageInput.safeParse(pageFromQuery(s)).success));
  });

  it("reads one row more than a page, to know whether another follows", () => {
    expect(pageWindow(1)).toEqual({ skip: 0, take: PAGE_SIZE + 1 });
    expect(pageWindow(3)).toEqual({ skip: 2 * PAGE_SIZE, take: PAGE_SIZE + 1 });
    const rows = Array.from({ length: PAGE_SIZE + 1 }, (_, i) => i);
    expect(toPage(rows, 1)).toEqual({ rows: rows.slice(0, PAGE_SIZE), page: 1, hasNext: true });
    expect(toPage(rows.slice(0, PAGE_SIZE), 2)).toEqual({ rows: rows.slice(0, PAGE_SIZE), page: 2, hasNext: false });
  });

  it("refuses page numbers out of range in use-case input", () => {
    expect(pageInput.parse(undefined)).toBe(1);
    for (const bad of [0, -1, 1.5, MAX_PAGE + 1, "2"]) expect(pageInput.safeParse(bad).success, String(bad)).toBe(false);
  });
});
