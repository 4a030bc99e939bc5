import { describe, expect, it } from "vitest";
import {
  accessDecision,
  actions,
  defaultReasons,
  grantFor,
  isAllowed,
  patientScope,
  planCuts,
  PROXY_REASON,
  proxyActions,
  reasonedActions,
  type Action,
  type Grant,
} from "./policy";
import { roles, type Role } from "./roles";

// The design's role x action matrix, copied literally (docs/domain.md "Who may do what"; rows and columns in its order).
const columns: Role[] = [
  "GP",
  "NURSE",
  "PARAMEDIC",
  "CALL_HANDLER_111",
  "CLINICIAN_111",
  "OOH_GP",
  "PATIENT",
  "ADMIN",
  "ORG_ADMIN",
  "ED_CLINICIAN",
  "CARE_HOME_STAFF",
  "CARE_HOME_NURSE",
  "SPECIALIST_DOCTOR",
  "SOCIAL_WORKER",
  "PROXY",
];
type Cell = "yes" | "no" | "own only" | "summary subset" | "plain subset" | "residents only" | "residents only, summary subset" | "own organisation";
const n = "no";
const design: [string, Action, Cell[]][] = [
  // | Action | GP | Nurse | Paramedic | 111 handler | 111 clinician | OOH GP | Patient | Admin | Org admin | ED clinician | Care home staff |
  // | Care home nurse | Hospice or specialist doctor | Social worker | Proxy |
  ["search patients", "patient.search", ["yes", "yes", "yes", "yes", "yes", "yes", n, n, n, "yes", "residents only", "residents only", "yes", "yes", n]],
  ["create / edit draft, publish", "plan.edit", ["yes", "yes", n, n, n, n, n, n, n, n, n, n, "yes", n, n]],
  [
    "view emergency summary",
    "plan.viewEmergency",
    [
      "yes",
      "yes",
      "yes",
      "summary subset",
      "yes",
      "yes",
      "own only",
      n,
      n,
      "yes",
      "residents only, summary subset",
      "residents only",
      "yes",
      "plain subset",
      "own only",
    ],
  ],
  [
    "view access instructions (key safe)",
    "plan.viewAccessInstructions",
    ["yes", "yes", "yes", n, "yes", "yes", "own only", n, n, n, n, n, "yes", n, "own only"],
  ],
  ["view version history and diffs", "plan.viewHistory", ["yes", "yes", n, n, "yes", "yes", "own only", n, n, "yes", n, n, "yes", n, "own only"]],
  ["request a change", "changeRequest.create", [n, n, n, n, n, n, "own only", n, n, n, n, n, n, n, "own only"]],
  ["see who accessed a plan", "plan.viewAccessLog", ["yes", "yes", n, n, n, n, "own only", "yes", n, n, n, n, "yes", n, "own only"]],
  // P4 item 5: authors record and end proxy links; the person nominates a carer and ends links (never a proxy).
  ["record or end a proxy link", "proxy.manage", ["yes", "yes", n, n, n, n, "own only", n, n, n, n, n, "yes", n, n]],
  ["manage users and organisations", "admin.manage", [n, n, n, n, n, n, n, "yes", n, n, n, n, n, n, n]],
  ["add, edit, suspend, import organisations", "organisation.manage", [n, n, n, n, n, n, n, "yes", n, n, n, n, n, n, n]],
  ["manage people", "user.manage", [n, n, n, n, n, n, n, "yes", "own organisation", n, n, n, n, n, n]],
  ["withdraw or give consent to share", "consent.record", ["yes", "yes", n, n, n, n, "own only", n, n, n, n, n, "yes", n, n]],
];
const toGrant: Record<Cell, Grant> = {
  yes: "all",
  no: "none",
  "own only": "own",
  "summary subset": "subset",
  "plain subset": "subset",
  "residents only": "care-team",
  "residents only, summary subset": "care-team",
  "own organisation": "organisation",
};
/** Which reduced view a cell names (policy planCuts), if any. */
const toCut: Record<Cell, "summary" | "plain" | undefined> = {
  yes: undefined,
  no: undefined,
  "own only": undefined,
  "summary subset": "summary",
  "plain subset": "plain",
  "residents only": undefined,
  "residents only, summary subset": "summary",
  "own organisation": undefined,
};

// Not a row of the design table: opening a patient's record at all.
const patientView: Record<Role, Grant> = {
  GP: "all",
  NURSE: "all",
  PARAMEDIC: "all",
  CALL_HANDLER_111: "all",
  CLINICIAN_111: "all",
  OOH_GP: "all",
  PATIENT: "own",
  ADMIN: "none",
  ORG_ADMIN: "none",
  ED_CLINICIAN: "all",
  CARE_HOME_STAFF: "care-team",
  CARE_HOME_NURSE: "care-team",
  SPECIALIST_DOCTOR: "all",
  SOCIAL_WORKER: "all",
  PROXY: "own",
};

describe("policy matrix (the design's role x action table)", () => {
  it("has the table's columns as exactly the roles", () => {
    expect([...columns].sort()).toEqual([...roles].sort());
  });

  it("has exactly the design's actions (plan.viewFull was never enforced: removed, see docs/decisions/0035-plan-view-full-removed.md)", () => {
    expect([...actions].sort()).toEqual([...design.map(([, a]) => a), "patient.view"].sort());
    expect(actions).toHaveLength(design.length + 1);
  });

  for (const [label, action, cells] of design) {
    for (const [i, role] of columns.entries()) {
      it(`${label}: ${role} -> ${cells[i]}`, () => {
        expect(grantFor(role, action)).toBe(toGrant[cells[i]]);
      });
    }
  }

  const emergency = design.find(([, a]) => a === "plan.viewEmergency")![2];
  for (const [i, role] of columns.entries()) {
    it(`reduced view of the plan: ${role} -> ${toCut[emergency[i]] ?? "none"}`, () => {
      expect(planCuts[role]).toBe(toCut[emergency[i]]);
    });
  }

  for (const role of roles) {
    it(`patient.view: ${role} -> ${patientView[role]}`, () => {
      expect(grantFor(role, "patient.view")).toBe(patientView[role]);
    });
  }

  it("every role x action pair is covered by the table above", () => {
    let checked = 0;
    for (const action of actions) {
      for (const role of roles) {
        const row = design.find(([, a]) => a === action);
        const expected = row ? toGrant[row[2][columns.indexOf(role)]] : patientView[role];
        expect(grantFor(role, action), `${role} ${action}`).toBe(expected);
        checked++;
      }
    }
    expect(checked).toBe(actions.length * roles.length);
  });
});

describe("unknown roles and actions", () => {
  it.each([["SURGEON"], [undefined], [""], ["gp"], [null], [{}]])("role %j is refused everything", (role) => {
    for (const action of actions) expect(grantFor(role, action)).toBe("none");
  });

  it.each([["plan.delete"], ["__proto__"], ["toString"], ["constructor"], ["hasOwnProperty"], [""], [undefined]])(
    "action %j is refused for every role",
    (action) => {
      for (const role of roles) expect(grantFor(role, action)).toBe("none");
    },
  );
});

describe("isAllowed", () => {
  const P = "11111111-1111-4111-8111-111111111111";
  const Q = "22222222-2222-4222-8222-222222222222";

  it("an 'own' grant reaches only the patient's own record", () => {
    const patient = { role: "PATIENT" as const, patientId: P };
    expect(isAllowed(patient, "plan.viewHistory", { patientId: P })).toBe(true);
    expect(isAllowed(patient, "plan.viewHistory", { patientId: Q })).toBe(false);
    expect(isAllowed(patient, "plan.viewHistory")).toBe(true);
  });

  it("a patient account with no patient record is refused", () => {
    expect(isAllowed({ role: "PATIENT", patientId: null }, "plan.viewHistory", { patientId: P })).toBe(false);
    expect(isAllowed({ role: "PATIENT" }, "plan.viewHistory")).toBe(false);
    expect(isAllowed({ role: "PATIENT", patientId: "" }, "changeRequest.create")).toBe(false);
  });

  it("'all' and 'subset' grants reach any patient; 'none' reaches nobody", () => {
    expect(isAllowed({ role: "PARAMEDIC" }, "plan.viewEmergency", { patientId: Q })).toBe(true);
    expect(isAllowed({ role: "CALL_HANDLER_111" }, "plan.viewEmergency", { patientId: Q })).toBe(true);
    expect(isAllowed({ role: "PARAMEDIC" }, "plan.viewHistory", { patientId: Q })).toBe(false);
    expect(isAllowed({ role: "ADMIN" }, "patient.search")).toBe(false);
    expect(isAllowed({ role: "GP", patientId: P }, "changeRequest.create", { patientId: P })).toBe(false);
  });
});

describe("proxy access: the 'own' grant reaches the people the actor acts for, for proxy actions only", () => {
  const P = "44444444-4444-4444-8444-444444444444";
  const Q = "55555555-5555-4555-8555-555555555555";
  const R = "66666666-6666-4666-8666-666666666666";

  it("a PROXY account reads, asks for a change and sees who has looked for the people it acts for, and nobody else", () => {
    const proxy = { role: "PROXY" as const, actsFor: [P] };
    for (const action of proxyActions) {
      expect(isAllowed(proxy, action, { patientId: P }), action).toBe(true);
      expect(isAllowed(proxy, action, { patientId: Q }), action).toBe(false);
    }
    expect(patientScope(proxy, "plan.viewEmergency")).toEqual({ patientIds: [P] });
  });

  it("a proxy never edits, searches, manages proxies or does anything outside the proxy actions", () => {
    const proxy = { role: "PROXY" as const, actsFor: [P] };
    for (const action of actions.filter((a) => !proxyActions.includes(a))) expect(isAllowed(proxy, action, { patientId: P }), action).toBe(false);
    expect(isAllowed({ role: "PROXY", actsFor: [] }, "plan.viewEmergency")).toBe(false);
  });

  it("an NHS login patient who also acts for someone reaches both records for proxy actions, only their own for the rest", () => {
    const both = { role: "PATIENT" as const, patientId: R, actsFor: [P] };
    expect(isAllowed(both, "plan.viewEmergency", { patientId: P })).toBe(true);
    expect(isAllowed(both, "plan.viewEmergency", { patientId: R })).toBe(true);
    expect(isAllowed(both, "proxy.manage", { patientId: R })).toBe(true);
    expect(isAllowed(both, "proxy.manage", { patientId: P })).toBe(false);
    expect(patientScope(both, "proxy.manage")).toEqual({ patientIds: [R] });
    expect(patientScope(both, "plan.viewHistory")).toEqual({ patientIds: [R, P] });
  });

  it("someone reaching a record through a proxy link has the proxy's default reason, whatever their role", () => {
    expect(accessDecision({ role: "PATIENT" }, "plan.viewEmergency", { careTeam: new Set(), proxy: true })).toEqual({ kind: "default", reason: PROXY_REASON });
    expect(accessDecision({ role: "PROXY" }, "plan.viewAccessLog", { careTeam: new Set() })).toEqual({ kind: "default", reason: PROXY_REASON });
  });
});

describe("patientScope", () => {
  const P = "33333333-3333-4333-8333-333333333333";

  it("is null (any patient) for 'all' and 'subset' grants", () => {
    expect(patientScope({ role: "GP" }, "plan.viewHistory")).toBeNull();
    expect(patientScope({ role: "CALL_HANDLER_111" }, "plan.viewEmergency")).toBeNull();
    expect(patientScope({ role: "ADMIN" }, "plan.viewAccessLog")).toBeNull();
  });

  it("is the patient's own id for 'own' grants", () => {
    expect(patientScope({ role: "PATIENT", patientId: P }, "plan.viewHistory")).toEqual({ patientIds: [P] });
  });

  it("is the actor's organisation's care team for 'care-team' grants (a care home's residents)", () => {
    expect(patientScope({ role: "CARE_HOME_STAFF", organisationId: "org-home" }, "plan.viewEmergency")).toEqual({ careTeamOf: "org-home" });
    expect(patientScope({ role: "CARE_HOME_NURSE", organisationId: "org-home" }, "patient.search")).toEqual({ careTeamOf: "org-home" });
    expect(() => patientScope({ role: "CARE_HOME_STAFF", organisationId: null }, "plan.viewEmergency")).toThrow(/no organisation/);
    expect(isAllowed({ role: "CARE_HOME_STAFF", organisationId: null }, "plan.viewEmergency")).toBe(false);
    expect(isAllowed({ role: "CARE_HOME_STAFF", organisationId: "org-home" }, "plan.viewEmergency", { patientId: P })).toBe(true);
    expect(isAllowed({ role: "CARE_HOME_NURSE", organisationId: "org-home" }, "plan.viewAccessInstructions", { patientId: P })).toBe(false);
  });

  it("throws for 'none' grants and for a patient without a record", () => {
    expect(() => patientScope({ role: "PARAMEDIC" }, "plan.edit")).toThrow(/may not/);
    expect(() => patientScope({ role: "ADMIN" }, "patient.view")).toThrow();
    expect(() => patientScope({ role: "PATIENT", patientId: null }, "plan.viewHistory")).toThrow(/no patient record/);
    expect(() => patientScope({ role: "PROXY", actsFor: [] }, "plan.viewHistory")).toThrow(/nobody it acts for/);
  });
});

describe("break glass: who must give a reason to reach a patient", () => {
  const team = new Set(["org-practice"]);
  const facts = (extra: { given?: string; granted?: string } = {}) => ({ careTeam: team, ...extra });

  it.each(["GP", "NURSE"] as const)("a %s outside the care team must give a reason, on every plan action", (role) => {
    for (const action of reasonedActions) {
      expect(accessDecision({ role, organisationId: "org-other" }, action, facts()), action).toEqual({ kind: "reason-required" });
      expect(accessDecision({ role, organisationId: null }, action, facts({ given: "  " })), action).toEqual({ kind: "reason-required" });
      expect(accessDecision({ role, organisationId: "org-other" }, action, facts({ given: " Referral " }))).toEqual({
        kind: "break-glass",
        reason: "Referral",
        source: "given",
      });
      expect(accessDecision({ role, organisationId: "org-other" }, action, facts({ granted: "Earlier reason" }))).toEqual({
        kind: "break-glass",
        reason: "Earlier reason",
        source: "granted",
      });
    }
  });

  it("a reason given now wins over one given earlier in the shift", () => {
    expect(accessDecision({ role: "GP", organisationId: "x" }, "plan.edit", facts({ given: "New", granted: "Old" }))).toMatchObject({
      reason: "New",
      source: "given",
    });
  });

  it("an author inside the care team needs no reason and is not flagged", () => {
    expect(accessDecision({ role: "NURSE", organisationId: "org-practice" }, "plan.edit", facts())).toEqual({ kind: "care-team", reason: "Care team" });
    expect(accessDecision({ role: "GP", organisationId: "org-practice" }, "plan.viewHistory", facts({ given: "x" }))).toEqual({
      kind: "care-team",
      reason: "Care team",
    });
  });

  it("the first author of a person nobody cares for yet needs no reason", () => {
    expect(accessDecision({ role: "GP", organisationId: "org-other" }, "plan.edit", { careTeam: new Set() })).toEqual({
      kind: "care-team",
      reason: "No care team yet",
    });
  });

  it("emergency roles and the person themselves get their default reason (or the one they give)", () => {
    expect(accessDecision({ role: "PARAMEDIC", organisationId: null }, "plan.viewEmergency", facts())).toEqual({ kind: "default", reason: "Emergency call" });
    expect(accessDecision({ role: "OOH_GP", organisationId: "org-other" }, "plan.viewHistory", facts())).toEqual({
      kind: "default",
      reason: "Out-of-hours consultation",
    });
    expect(accessDecision({ role: "CLINICIAN_111", organisationId: null }, "plan.viewEmergency", facts({ given: "Call 42" }))).toEqual({
      kind: "default",
      reason: "Call 42",
    });
    expect(accessDecision({ role: "ED_CLINICIAN", organisationId: "org-hospital" }, "plan.viewHistory", facts())).toEqual({
      kind: "default",
      reason: "Attending the emergency department",
    });
    expect(Object.keys(defaultReasons).sort()).toEqual([
      "ADMIN",
      "CALL_HANDLER_111",
      "CLINICIAN_111",
      "ED_CLINICIAN",
      "OOH_GP",
      "PARAMEDIC",
      "PATIENT",
      "PROXY",
    ]);
  });

  it("a specialist doctor is an author: inside the care team no reason, outside break glass", () => {
    expect(accessDecision({ role: "SPECIALIST_DOCTOR", organisationId: "org-practice" }, "plan.edit", facts())).toEqual({
      kind: "care-team",
      reason: "Care team",
    });
    expect(accessDecision({ role: "SPECIALIST_DOCTOR", organisationId: "org-hospice" }, "plan.edit", facts())).toEqual({ kind: "reason-required" });
  });

  it("a social worker has no default reason: inside the care team none is asked, outside they must give one (break glass)", () => {
    expect(accessDecision({ role: "SOCIAL_WORKER", organisationId: "org-practice" }, "plan.viewEmergency", facts())).toEqual({
      kind: "care-team",
      reason: "Care team",
    });
    expect(accessDecision({ role: "SOCIAL_WORKER", organisationId: "org-council" }, "plan.viewEmergency", facts())).toEqual({ kind: "reason-required" });
    expect(accessDecision({ role: "SOCIAL_WORKER", organisationId: "org-council" }, "plan.viewEmergency", facts({ given: "Care Act assessment" }))).toEqual({
      kind: "break-glass",
      reason: "Care Act assessment",
      source: "given",
    });
    // Nobody cares for them yet: only an author may start; a social worker still gives a reason.
    expect(accessDecision({ role: "SOCIAL_WORKER", organisationId: "org-council" }, "plan.viewEmergency", { careTeam: new Set() })).toEqual({
      kind: "reason-required",
    });
  });

  it("care home staff inside the care team need no reason (outside it the scope has already refused them)", () => {
    for (const role of ["CARE_HOME_STAFF", "CARE_HOME_NURSE"] as const) {
      expect(accessDecision({ role, organisationId: "org-practice" }, "plan.viewEmergency", facts())).toEqual({ kind: "care-team", reason: "Care team" });
      expect(accessDecision({ role, organisationId: "org-other" }, "plan.viewEmergency", facts())).toEqual({ kind: "reason-required" });
    }
  });

  it("finding a person (search, demographics) needs no reason", () => {
    expect(accessDecision({ role: "GP", organisationId: "org-other" }, "patient.search", facts())).toEqual({ kind: "not-needed" });
    expect(accessDecision({ role: "GP", organisationId: "org-other" }, "patient.view", facts())).toEqual({ kind: "not-needed" });
  });

  it("every action that opens or changes a plan, or says who may act for the person, is reasoned", () => {
    expect([...reasonedActions].sort()).toEqual(actions.filter((a: Action) => a.startsWith("plan.") || a === "proxy.manage").sort());
  });
});
