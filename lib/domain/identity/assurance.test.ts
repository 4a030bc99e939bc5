import { describe, expect, it } from "vitest";
import { cis2AcrAccepted, NHS_LOGIN_VECTORS_OF_TRUST, nhsLoginVotAccepted } from "./assurance";

describe("CIS2 acr", () => {
  it("accepts the AAL2 and AAL3 families asked for", () => {
    for (const acr of ["AAL2_ANY", "AAL3_ANY", "AAL2_OR_AAL3_ANY"]) expect(cis2AcrAccepted(acr)).toBe(true);
  });
  it("refuses AAL1, a missing acr and anything else", () => {
    for (const acr of ["AAL1_USERPASS", "AAL1_ANY", "", undefined, null, 3, "aal3_any", "AAL3_ANY ", "AAL4_ANY", ["AAL3_ANY"]])
      expect(cis2AcrAccepted(acr)).toBe(false);
  });
});

describe("NHS login vot", () => {
  it("accepts each vector asked for with the matching proofing level", () => {
    for (const vot of NHS_LOGIN_VECTORS_OF_TRUST) expect(nhsLoginVotAccepted(vot, vot.slice(0, 2))).toBe(true);
  });
  it("refuses vectors not asked for, and a level that does not match the vector", () => {
    expect(nhsLoginVotAccepted("P0.Cm", "P0")).toBe(false);
    expect(nhsLoginVotAccepted("P9.Cp", "P9")).toBe(false);
    expect(nhsLoginVotAccepted("P5.Cp.Cd", "P9")).toBe(false);
    expect(nhsLoginVotAccepted("P9.Cp.Cd", "P5")).toBe(false);
    expect(nhsLoginVotAccepted(undefined, "P9")).toBe(false);
    expect(nhsLoginVotAccepted("P9.Cp.Cd", undefined)).toBe(false);
  });
});
