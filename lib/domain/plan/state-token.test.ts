import { describe, expect, it } from "vitest";
import { planStateToken } from "./state-token";

const base = { version: 2, status: "ACTIVE", dateOfDeath: null, changedAt: new Date("2026-11-30T10:00:00Z") };

describe("planStateToken", () => {
  it("changes when the plan is cancelled without a new version", () => {
    expect(planStateToken({ ...base, status: "CANCELLED" })).not.toBe(planStateToken(base));
  });
  it("changes when a death is recorded", () => {
    expect(planStateToken({ ...base, dateOfDeath: "2026-11-30" })).not.toBe(planStateToken(base));
  });
  it("changes with the version and the change time, and is stable otherwise", () => {
    expect(planStateToken({ ...base, version: 3 })).not.toBe(planStateToken(base));
    expect(planStateToken({ ...base, changedAt: new Date("2026-11-30T10:00:01Z") })).not.toBe(planStateToken(base));
    expect(planStateToken({ ...base, changedAt: "2026-11-30T10:00:00.000Z" })).toBe(planStateToken(base));
  });
  it("changes when consent to share is withdrawn, and back when it is given again", () => {
    const withdrawn = planStateToken({ ...base, sharingWithdrawnAt: new Date("2026-12-01T09:00:00Z") });
    expect(withdrawn).not.toBe(planStateToken(base));
    expect(planStateToken({ ...base, sharingWithdrawnAt: new Date("2026-12-01T09:30:00Z") })).not.toBe(withdrawn);
    expect(planStateToken({ ...base, sharingWithdrawnAt: null })).toBe(planStateToken(base));
  });
});
