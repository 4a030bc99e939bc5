import { authorRoles, isRole, type Role } from "./roles";

/**
 * The access policy: the design's role x action table as a typed matrix (docs/domain.md "Who may do what"). Everything not granted
 * here is denied, and an unknown role or action is denied. Server functions ask
 * `authorize` (or `grantFor` when the answer shapes what they return); nothing else
 * decides who may do what.
 */
export const actions = [
  "patient.search",
  "patient.view",
  "plan.edit",
  "plan.viewEmergency",
  "plan.viewAccessInstructions",
  "plan.viewHistory",
  "changeRequest.create",
  "plan.viewAccessLog",
  "admin.manage",
  "organisation.manage",
  "user.manage",
] as const;

export type Action = (typeof actions)[number];

/**
 * all: any patient; own: only the actor's own record; subset: any patient, reduced view;
 * organisation: only records of the actor's own organisation (organisation administrators' people).
 */
export type Grant = "all" | "own" | "subset" | "organisation" | "none";

type Row = Partial<Record<Role, Grant>>;

const matrix: Record<Action, Row> = {
  "patient.search": { GP: "all", NURSE: "all", PARAMEDIC: "all", CALL_HANDLER_111: "all", CLINICIAN_111: "all", OOH_GP: "all" },
  // Opening a patient's record: whoever may see some of their plan.
  "patient.view": { GP: "all", NURSE: "all", PARAMEDIC: "all", CALL_HANDLER_111: "all", CLINICIAN_111: "all", OOH_GP: "all", PATIENT: "own" },
  "plan.edit": { GP: "all", NURSE: "all" },
  "plan.viewEmergency": { GP: "all", NURSE: "all", PARAMEDIC: "all", CALL_HANDLER_111: "subset", CLINICIAN_111: "all", OOH_GP: "all", PATIENT: "own" },
  "plan.viewAccessInstructions": { GP: "all", NURSE: "all", PARAMEDIC: "all", CLINICIAN_111: "all", OOH_GP: "all", PATIENT: "own" },
  "plan.viewHistory": { GP: "all", NURSE: "all", CLINICIAN_111: "all", OOH_GP: "all", PATIENT: "own" },
  "changeRequest.create": { PATIENT: "own" },
  "plan.viewAccessLog": { GP: "all", NURSE: "all", PATIENT: "own", ADMIN: "all" },
  // The audit trail and API clients: service administrators only (docs/domain.md "Administrators").
  "admin.manage": { ADMIN: "all" },
  // Adding, editing, suspending and importing organisations: service administrators only.
  "organisation.manage": { ADMIN: "all" },
  // People: service administrators everyone; organisation administrators their own organisation's staff.
  "user.manage": { ADMIN: "all", ORG_ADMIN: "organisation" },
};

export function grantFor(role: unknown, action: unknown): Grant {
  if (!isRole(role) || typeof action !== "string" || !Object.hasOwn(matrix, action)) return "none";
  return matrix[action as Action][role] ?? "none";
}

export interface PolicySubject {
  role: Role;
  patientId?: string | null;
  organisationId?: string | null;
}

/** May this actor do this action, on this patient's record when one is named? */
export function isAllowed(actor: PolicySubject, action: Action, target?: { patientId: string }): boolean {
  const grant = grantFor(actor.role, action);
  if (grant === "none") return false;
  if (grant === "own") return !!actor.patientId && (!target || target.patientId === actor.patientId);
  if (grant === "organisation") return !!actor.organisationId && !target;
  return true;
}

/**
 * For queries: the one patient this actor may reach for an action, or `null` for any
 * patient. Records outside the scope must answer "not found", so their existence does
 * not leak. Throws when the actor has no access at all (check isAllowed first).
 */
export function patientScope(actor: PolicySubject, action: Action): { patientId: string } | null {
  const grant = grantFor(actor.role, action);
  if (grant === "none") throw new Error(`patientScope: ${actor.role} may not ${action}`);
  if (grant !== "own") return null;
  if (!actor.patientId) throw new Error("patientScope: a patient account with no patient record");
  return { patientId: actor.patientId };
}

/**
 * Break glass. Actions that open or change a person's plan need a reason for the audit trail:
 * finding the person (search, their demographics) does not, or nobody could break glass at all.
 */
export const reasonedActions: readonly Action[] = ["plan.edit", "plan.viewEmergency", "plan.viewAccessInstructions", "plan.viewHistory", "plan.viewAccessLog"];

/** Roles whose work is reaching people they have not met: their default reason is audited instead. */
export const defaultReasons: Partial<Record<Role, string>> = {
  PARAMEDIC: "Emergency call",
  CALL_HANDLER_111: "NHS 111 call",
  CLINICIAN_111: "NHS 111 call",
  OOH_GP: "Out-of-hours consultation",
  PATIENT: "Viewing own plan",
  ADMIN: "Privacy review",
};

/** How long one given reason holds for that clinician and that patient in the app (a shift). */
export const BREAK_GLASS_GRANT_HOURS = 12;

interface AccessFacts {
  /** Organisations caring for the person (their GP practice, the plan's authors). */
  careTeam: ReadonlySet<string>;
  /** A reason given with this request (the break-glass form, the FHIR header). */
  given?: string | null;
  /** A reason this person gave for this patient earlier in the shift (app only). */
  granted?: string | null;
}

export type AccessDecision =
  | { kind: "not-needed" }
  | { kind: "default"; reason: string }
  | { kind: "care-team"; reason: "Care team" | "No care team yet" }
  | { kind: "break-glass"; reason: string; source: "given" | "granted" }
  | { kind: "reason-required" };

/**
 * The one break-glass rule: emergency roles (and the person themselves) have a default reason;
 * authors inside the care team (or of a person nobody cares for yet) need none; authors outside it must say why, and that access is
 * flagged for the break-glass review. Anyone else (an unknown role) must give a reason: default deny.
 */
export function accessDecision(subject: { role: Role; organisationId?: string | null }, action: Action, facts: AccessFacts): AccessDecision {
  if (!reasonedActions.includes(action)) return { kind: "not-needed" };
  const given = facts.given?.trim() || null;
  const fallback = defaultReasons[subject.role];
  if (fallback) return { kind: "default", reason: given ?? fallback };
  if (authorRoles.includes(subject.role) && subject.organisationId && facts.careTeam.has(subject.organisationId))
    return { kind: "care-team", reason: "Care team" };
  // Nobody cares for them here yet (no practice, no plan): the first author becomes their care team.
  if (authorRoles.includes(subject.role) && facts.careTeam.size === 0) return { kind: "care-team", reason: "No care team yet" };
  if (given) return { kind: "break-glass", reason: given, source: "given" };
  const granted = facts.granted?.trim() || null;
  if (granted) return { kind: "break-glass", reason: granted, source: "granted" };
  return { kind: "reason-required" };
}
