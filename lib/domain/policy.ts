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
] as const;

export type Action = (typeof actions)[number];

/**
 * all: any patient; own: only the actor's own record; subset: any patient, reduced view (planCuts);
 * care-team: only patients whose current care team includes the actor's organisation (a care home's
 * residents), checked against the database by the use-case wrapper: anyone else is "not found".
 */
export type Grant = "all" | "own" | "subset" | "care-team" | "none";

type Row = Partial<Record<Role, Grant>>;

const matrix: Record<Action, Row> = {
  "patient.search": {
    GP: "all",
    NURSE: "all",
    PARAMEDIC: "all",
    CALL_HANDLER_111: "all",
    CLINICIAN_111: "all",
    OOH_GP: "all",
    ED_CLINICIAN: "all",
    CARE_HOME_STAFF: "care-team",
    CARE_HOME_NURSE: "care-team",
    SPECIALIST_DOCTOR: "all",
    SOCIAL_WORKER: "all",
  },
  // Opening a patient's record: whoever may see some of their plan.
  "patient.view": {
    GP: "all",
    NURSE: "all",
    PARAMEDIC: "all",
    CALL_HANDLER_111: "all",
    CLINICIAN_111: "all",
    OOH_GP: "all",
    PATIENT: "own",
    ED_CLINICIAN: "all",
    CARE_HOME_STAFF: "care-team",
    CARE_HOME_NURSE: "care-team",
    SPECIALIST_DOCTOR: "all",
    SOCIAL_WORKER: "all",
  },
  "plan.edit": { GP: "all", NURSE: "all", SPECIALIST_DOCTOR: "all" },
  "plan.viewEmergency": {
    GP: "all",
    NURSE: "all",
    PARAMEDIC: "all",
    CALL_HANDLER_111: "subset",
    CLINICIAN_111: "all",
    OOH_GP: "all",
    PATIENT: "own",
    ED_CLINICIAN: "all",
    CARE_HOME_STAFF: "care-team",
    CARE_HOME_NURSE: "care-team",
    SPECIALIST_DOCTOR: "all",
    SOCIAL_WORKER: "subset",
  },
  // Not the emergency department (the person is in hospital) nor the care home (they live there).
  "plan.viewAccessInstructions": { GP: "all", NURSE: "all", PARAMEDIC: "all", CLINICIAN_111: "all", OOH_GP: "all", PATIENT: "own", SPECIALIST_DOCTOR: "all" },
  "plan.viewHistory": { GP: "all", NURSE: "all", CLINICIAN_111: "all", OOH_GP: "all", PATIENT: "own", ED_CLINICIAN: "all", SPECIALIST_DOCTOR: "all" },
  "changeRequest.create": { PATIENT: "own" },
  "plan.viewAccessLog": { GP: "all", NURSE: "all", PATIENT: "own", ADMIN: "all", SPECIALIST_DOCTOR: "all" },
  "admin.manage": { ADMIN: "all" },
};

/**
 * The reduced views of a plan (lib/domain/plan/role-view.ts cuts them): "summary" is the call
 * handler's plain subset (decisions, wishes, who to call), for readers who are not clinicians;
 * "plain" is smaller still, for social care: what matters to the person, their wishes and who to
 * contact, without the CPR decision or clinical recommendations (docs/decisions/0071).
 */
export const planCuts: Partial<Record<Role, "summary" | "plain">> = { CALL_HANDLER_111: "summary", CARE_HOME_STAFF: "summary", SOCIAL_WORKER: "plain" };

export function grantFor(role: unknown, action: unknown): Grant {
  if (!isRole(role) || typeof action !== "string" || !Object.hasOwn(matrix, action)) return "none";
  return matrix[action as Action][role] ?? "none";
}

export interface PolicySubject {
  role: Role;
  patientId?: string | null;
  organisationId?: string | null;
}

/**
 * May this actor do this action, on this patient's record when one is named? A "care-team" grant
 * answers for the role (and needs an organisation): whether the patient is in that care team is
 * the database's to say, and the use-case wrapper asks it before any work.
 */
export function isAllowed(actor: PolicySubject, action: Action, target?: { patientId: string }): boolean {
  const grant = grantFor(actor.role, action);
  if (grant === "none") return false;
  if (grant === "own") return !!actor.patientId && (!target || target.patientId === actor.patientId);
  if (grant === "care-team") return !!actor.organisationId;
  return true;
}

/** Who a query may reach: one patient ("own"), the current care team of one organisation ("care-team"), or anyone (null). */
export type PatientScope = { patientId: string } | { careTeamOf: string } | null;

/**
 * For queries: the one patient this actor may reach for an action, or `null` for any
 * patient. Records outside the scope must answer "not found", so their existence does
 * not leak. Throws when the actor has no access at all (check isAllowed first).
 */
export function patientScope(actor: PolicySubject, action: Action): PatientScope {
  const grant = grantFor(actor.role, action);
  if (grant === "none") throw new Error(`patientScope: ${actor.role} may not ${action}`);
  if (grant === "care-team") {
    if (!actor.organisationId) throw new Error("patientScope: a care-team grant with no organisation");
    return { careTeamOf: actor.organisationId };
  }
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
  ED_CLINICIAN: "Attending the emergency department",
  PATIENT: "Viewing own plan",
  ADMIN: "Privacy review",
};

/** How long one given reason holds for that clinician and that patient in the app (a shift). */
export const BREAK_GLASS_GRANT_HOURS = 12;

/**
 * Roles whose organisation can be in a person's care team (docs/domain.md "The care team"): inside
 * it they need no reason; outside it authors and social workers must give one (break glass), and
 * care home staff are refused before this rule is asked (their grants are "care-team").
 */
export const careTeamRoles: readonly Role[] = [...authorRoles, "CARE_HOME_STAFF", "CARE_HOME_NURSE", "SOCIAL_WORKER"];

interface AccessFacts {
  /** Organisations in the person's current care team (lib/server/care-team.ts). */
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
 * care team roles inside the care team (and authors of a person nobody cares for yet) need none; outside it they must say why, and that access is
 * flagged for the break-glass review. Anyone else (an unknown role) must give a reason: default deny.
 */
export function accessDecision(subject: { role: Role; organisationId?: string | null }, action: Action, facts: AccessFacts): AccessDecision {
  if (!reasonedActions.includes(action)) return { kind: "not-needed" };
  const given = facts.given?.trim() || null;
  const fallback = defaultReasons[subject.role];
  if (fallback) return { kind: "default", reason: given ?? fallback };
  if (careTeamRoles.includes(subject.role) && subject.organisationId && facts.careTeam.has(subject.organisationId))
    return { kind: "care-team", reason: "Care team" };
  // Nobody cares for them yet (no current membership): the first author needs no reason (and adds their organisation on the Care team page).
  if (authorRoles.includes(subject.role) && facts.careTeam.size === 0) return { kind: "care-team", reason: "No care team yet" };
  if (given) return { kind: "break-glass", reason: given, source: "given" };
  const granted = facts.granted?.trim() || null;
  if (granted) return { kind: "break-glass", reason: granted, source: "granted" };
  return { kind: "reason-required" };
}
