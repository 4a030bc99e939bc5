import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "./safe-redirect";

describe("safeCallbackPath", () => {
  it("keeps paths on this site", () => {
    expect(safeCallbackPath("/patients/search?by=name")).toBe("/patients/search?by=name");
  });
  it("refuses other origins and odd forms", () => {
    for (const raw of ["https://evil.example", "//evil.example", "/\\evil.example", "javascript:alert(1)", "", null, undefined]) {
      expect(safeCallbackPath(raw)).toBe("/");
    }
  });
});
