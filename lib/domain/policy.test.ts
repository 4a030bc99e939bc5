import { describe, expect, it } from "vitest";
import { accessDecision, actions, defaultReasons, grantFor, isAllowed, patientScope, reasonedActions, type Action, type Grant } from "./policy";
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
type Cell = "yes" | "no" | "own only" | "summary subset" | "own organisation";
const design: [string, Action, Cell[]][] = [
  // | Action | GP | Nurse | Paramedic | 111 handler | 111 clinician | OOH GP | Patient | Admin |
  ["search patients", "patient.search", ["yes", "yes", "yes", "yes", "yes", "yes", "no", "no", "no", "no", "no", "no", "no", "no", "no"]],
  ["create / edit draft, publish", "plan.edit", ["yes", "yes", "no", "no", "no", "no", "no", "no", "no", "no", "no", "no", "no", "no", "no"]],
  [
    "view emergency summary",
    "plan.viewEmergency",
    ["yes", "yes", "yes", "summary subset", "yes", "yes", "own only", "no", "no", "no", "no", "no", "no", "no", "no"],
  ],
  [
    "view access instructions (key safe)",
    "plan.viewAccessInstructions",
    ["yes", "yes", "yes", "no", "yes", "yes", "own only", "no", "no", "no", "no", "no", "no", "no", "no"],
  ],
  ["view version history and diffs", "plan.viewHistory", ["yes", "yes", "no", "no", "yes", "yes", "own only", "no", "no", "no", "no", "no", "no", "no", "no"]],
  ["request a change", "changeRequest.create", ["no", "no", "no", "no", "no", "no", "own only", "no", "no", "no", "no", "no", "no", "no", "no"]],
  ["see who accessed a plan", "plan.viewAccessLog", ["yes", "yes", "no", "no", "no", "no", "own only", "yes", "no", "no", "no", "no", "no", "no", "no"]],
  ["manage users and organisations", "admin.manage", ["no", "no", "no", "no", "no", "no", "no", "yes", "no", "no", "no", "no", "no", "no", "no"]],
  [
    "add, edit, suspend, import organisations",
    "organisation.manage",
    ["no", "no", "no", "no", "no", "no", "no", "yes", "no", "no", "no", "no", "no", "no", "no"],
  ],
  ["manage people", "user.manage", ["no", "no", "no", "no", "no", "no", "no", "yes", "own organisation", "no", "no", "no", "no", "no", "no"]],
];
const toGrant: Record<Cell, Grant> = { yes: "all", no: "none", "own only": "own", "summary subset": "subset", "own organisation": "organisation" };

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
  ED_CLINICIAN: "none",
  CARE_HOME_STAFF: "none",
  CARE_HOME_NURSE: "none",
  SPECIALIST_DOCTOR: "none",
  SOCIAL_WORKER: "none",
  PROXY: "none",
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

describe("patientScope", () => {
  const P = "33333333-3333-4333-8333-333333333333";

  it("is null (any patient) for 'all' and 'subset' grants", () => {
    expect(patientScope({ role: "GP" }, "plan.viewHistory")).toBeNull();
    expect(patientScope({ role: "CALL_HANDLER_111" }, "plan.viewEmergency")).toBeNull();
    expect(patientScope({ role: "ADMIN" }, "plan.viewAccessLog")).toBeNull();
  });

  it("is the patient's own id for 'own' grants", () => {
    expect(patientScope({ role: "PATIENT", patientId: P }, "plan.viewHistory")).toEqual({ patientId: P });
  });

  it("throws for 'none' grants and for a patient without a record", () => {
    expect(() => patientScope({ role: "PARAMEDIC" }, "plan.edit")).toThrow(/may not/);
    expect(() => patientScope({ role: "ADMIN" }, "patient.view")).toThrow();
    expect(() => patientScope({ role: "PATIENT", patientId: null }, "plan.viewHistory")).toThrow(/no patient record/);
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
    expect(Object.keys(defaultReasons).sort()).toEqual(["ADMIN", "CALL_HANDLER_111", "CLINICIAN_111", "OOH_GP", "PARAMEDIC", "PATIENT"]);
  });

  it("finding a person (search, demographics) needs no reason", () => {
    expect(accessDecision({ role: "GP", organisationId: "org-other" }, "patient.search", facts())).toEqual({ kind: "not-needed" });
    expect(accessDecision({ role: "GP", organisationId: "org-other" }, "patient.view", facts())).toEqual({ kind: "not-needed" });
  });

  it("every action that opens or changes a plan is reasoned", () => {
    expect([...reasonedActions].sort()).toEqual(actions.filter((a: Action) => a.startsWith("plan.")).sort());
  });
});
