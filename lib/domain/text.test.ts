import { describe, expect, it } from "vitest";
import { plainText } from "./text";

describe("plainText", () => {
  const schema = plainText("Reason", 20);
  it("keeps ordinary text, line breaks, tabs and markup characters as typed", () => {
    expect(schema.parse("  <b>O'Brien</b>\n\tnext  ")).toBe("<b>O'Brien</b>\n\tnext");
  });
  it("refuses NUL and other control characters with a message that says what to do", () => {
    for (const bad of ["a\u0000b", "bell\u0007", "esc\u001b[0m", "del\u007f"]) {
      const result = schema.safeParse(bad);
      expect(result.success).toBe(false);
      expect(result.error?.issues[0].message).toMatch(/hidden control characters/);
    }
  });
  it("limits length", () => {
    expect(schema.safeParse("x".repeat(21)).error?.issues[0].message).toBe("Reason must be 20 characters or fewer");
  });
});
