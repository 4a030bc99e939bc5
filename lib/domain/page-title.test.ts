import { describe, expect, it } from "vitest";
import { pageTitle, titled } from "./page-title";

describe("page titles", () => {
  it("are the h1, the service and NHS", () => {
    expect(pageTitle("Find a patient")).toBe("Find a patient – Universal Care Plan – NHS");
  });

  it("start with Error: while the page shows errors", () => {
    expect(pageTitle("Find a patient", { error: true })).toBe("Error: Find a patient – Universal Care Plan – NHS");
    expect(titled("Audit trail", { error: true })).toEqual({ title: { absolute: "Error: Audit trail – Universal Care Plan – NHS" } });
  });
});
