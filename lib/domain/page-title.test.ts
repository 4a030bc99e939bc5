import { describe, expect, it } from "vitest";
import { pageTitle, titled, withErrorPrefix } from "./page-title";

describe("page titles", () => {
  it("are the h1, the service and NHS", () => {
    expect(pageTitle("Find a patient")).toBe("Find a patient – Universal Care Plan – NHS");
  });

  it("start with Error: while the page shows errors", () => {
    expect(pageTitle("Find a patient", { error: true })).toBe("Error: Find a patient – Universal Care Plan – NHS");
    expect(titled("Audit trail", { error: true })).toEqual({ title: { absolute: "Error: Audit trail – Universal Care Plan – NHS" } });
  });

  it("gain and lose the Error: prefix once, whatever the title had (the error summary showing, then going)", () => {
    const title = pageTitle("Find a patient");
    expect(withErrorPrefix(title, true)).toBe(pageTitle("Find a patient", { error: true }));
    expect(withErrorPrefix(withErrorPrefix(title, true), true)).toBe(pageTitle("Find a patient", { error: true }));
    expect(withErrorPrefix(withErrorPrefix(title, true), false)).toBe(title);
    expect(withErrorPrefix(title, false)).toBe(title);
  });
});
