import { describe, expect, it } from "vitest";
import { accessReasonForm, accessReasonFrom, accessReasonInput, breakGlassReturnPath } from "./break-glass";

const id = "0b8c7a52-3f1e-4a55-9a1e-2f0c1d2e3f40";
const other = "1b8c7a52-3f1e-4a55-9a1e-2f0c1d2e3f40";

describe("break-glass return path", () => {
  it.each([`/patients/${id}`, `/patients/${id}/plan`, `/patients/${id}/plan/cpr`, `/patients/${id}/plan/versions/compare?from=1&to=2`])("keeps %s", (path) => {
    expect(breakGlassReturnPath(id, path)).toBe(path);
  });

  it.each([
    "https://evil.example/",
    "//evil.example",
    "/\\evil.example",
    "/\t/evil.example",
    `/patients/${other}/plan`,
    `/patients/${id}/../../admin`,
    `/patients/${id}/plan#x`,
    `/patients/${id}x/plan`,
    `/patients/${id}/plan?x=<script>`,
    "",
    null,
    undefined,
    `/patients/${id}/${"a".repeat(600)}`,
  ])("sends %s to the patient's page instead", (raw) => {
    expect(breakGlassReturnPath(id, raw)).toBe(`/patients/${id}`);
  });
});

describe("access reason", () => {
  it("is trimmed text, required, at most 500 characters, no control characters", () => {
    expect(accessReasonInput.parse("  Referral  ")).toBe("Referral");
    expect(accessReasonInput.safeParse("   ").success).toBe(false);
    expect(accessReasonInput.safeParse("x".repeat(501)).success).toBe(false);
    expect(accessReasonInput.safeParse("a\u0000b").success).toBe(false);
  });
});

describe("accessReasonFrom", () => {
  it("takes a typed reason over a picked one, and says which field is wrong", () => {
    expect(accessReasonFrom({ reason: "Referral", reasonText: "  Visiting after a fall " })).toEqual({ reason: "Visiting after a fall" });
    expect(accessReasonFrom({ reason: "Referral", reasonText: "  " })).toEqual({ reason: "Referral" });
    expect(accessReasonFrom({ reason: "", reasonText: "" })).toEqual({ error: "missing", field: "reason" });
    expect(accessReasonFrom({ reason: "Referral", reasonText: "x".repeat(501) })).toEqual({ error: "invalid", field: "reasonText" });
  });
  it("is the form's schema too, with the page's messages on the field", () => {
    const result = accessReasonForm.safeParse({ reason: "", reasonText: "" });
    expect(result.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["reason", "Select or describe why you need to see this plan"]]);
  });
});
