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
  "consent.record",
  "proxy.manage",
] as const;

export type Action = (typeof actions)[number];

/**
/**
 * all: any patient; own: only the actor's own record (and, for proxy actions, those they act for);
 * subset: any patient, reduced view (planCuts); organisation: only records of the actor's own
 * organisation (organisation administrators' people); care-team: only patients whose current care
 * team includes the actor's organisation (a care home's residents), checked against the database by
 * the use-case wrapper: anyone else is "not found".
 */
export type Grant = "all" | "own" | "subset" | "organisation" | "care-team" | "none";

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
  // The audit trail and API clients: service administrators only (docs/domain.md "Administrators").
  "admin.manage": { ADMIN: "all" },
  // Adding, editing, suspending and importing organisations: service administrators only.
  "organisation.manage": { ADMIN: "all" },
  // People: service administrators everyone; organisation administrators their own organisation's staff.
  "user.manage": { ADMIN: "all", ORG_ADMIN: "organisation" },
  // Withdrawing or giving again consent to share the plan: the person, or an author of their care team (mayRecordConsent).
  "consent.record": { GP: "all", NURSE: "all", SPECIALIST_DOCTOR: "all", PATIENT: "own" },
  // Recording and ending who may act for a person: their authors, and the person themselves.
  "proxy.manage": { GP: "all", NURSE: "all", SPECIALIST_DOCTOR: "all", PATIENT: "own" },
};

/**
 * Proxy access (docs/decisions/0075): what someone acting for a person (lasting power of attorney,
 * parent, nominated carer) may do on that person's record, as the person would. Their "own" grant
 * reaches the people they currently act for for these actions only; every other "own" grant
 * (managing proxies, consent) covers the actor's own record alone. PROXY accounts get exactly these.
 */
export const proxyActions: readonly Action[] = [
  "patient.view",
  "plan.viewEmergency",
  "plan.viewAccessInstructions",
  "plan.viewHistory",
  "changeRequest.create",
  "plan.viewAccessLog",
];

/**
 * The reduced views of a plan (lib/domain/plan/role-view.ts cuts them): "summary" is the call
 * handler's plain subset (decisions, wishes, who to call), for readers who are not clinicians;
 * "plain" is smaller still, for social care: what matters to the person, their wishes and who to
 * contact, without the CPR decision or clinical recommendations (docs/decisions/0071).
 */
export const planCuts: Partial<Record<Role, "summary" | "plain">> = { CALL_HANDLER_111: "summary", CARE_HOME_STAFF: "summary", SOCIAL_WORKER: "plain" };

export function grantFor(role: unknown, action: unknown): Grant {
  if (!isRole(role) || typeof action !== "string" || !Object.hasOwn(matrix, action)) return "none";
  return matrix[action as Action][role] ?? (role === "PROXY" && proxyActions.includes(action as Action) ? "own" : "none");
}

export interface PolicySubject {
  role: Role;
  patientId?: string | null;
  organisationId?: string | null;
  /** The people this actor currently acts for (open proxy links), loaded with the actor on every request. */
  actsFor?: readonly string[];
}

/** The records an "own" grant reaches for this action: the actor's own, and for proxy actions those they act for. */
export function ownRecords(actor: PolicySubject, action: Action): string[] {
  const own = actor.patientId ? [actor.patientId] : [];
  return proxyActions.includes(action) ? [...own, ...(actor.actsFor ?? [])] : own;
}

/**
 * May this actor do this action, on this patient's record when one is named? A "care-team" grant
 * answers for the role (and needs an organisation): whether the patient is in that care team is
 * the database's to say, and the use-case wrapper asks it before any work.
 */
export function isAllowed(actor: PolicySubject, action: Action, target?: { patientId: string }): boolean {
  const grant = grantFor(actor.role, action);
  if (grant === "none") return false;
  if (grant === "own") {
    const own = ownRecords(actor, action);
    return own.length > 0 && (!target || own.includes(target.patientId));
  }
  if (grant === "organisation") return !!actor.organisationId && !target;
  if (grant === "care-team") return !!actor.organisationId;
  return true;
}

/** Who a query may reach: the actor's own records ("own"), the current care team of one organisation ("care-team"), or anyone (null). */
export type PatientScope = { patientIds: readonly string[] } | { careTeamOf: string } | null;

/**
 * For queries: the patients this actor may reach for an action (their own, those they act for), or `null` for any
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
  const patientIds = ownRecords(actor, action);
  if (!patientIds.length) throw new Error("patientScope: an account with no patient record of its own and nobody it acts for");
  return { patientIds };
}

/**
 * Break glass. Actions that open or change a person's plan need a reason for the audit trail:
 * finding the person (search, their demographics) does not, or nobody could break glass at all.
 */
export const reasonedActions: readonly Action[] = [
  "plan.edit",
  "plan.viewEmergency",
  "plan.viewAccessInstructions",
  "plan.viewHistory",
  "plan.viewAccessLog",
  "proxy.manage",
];

/** The reason recorded when someone reaches a record through a proxy link (whatever their role). */
export const PROXY_REASON = "Acting for the person";

/** Roles whose work is reaching people they have not met: their default reason is audited instead. */
export const defaultReasons: Partial<Record<Role, string>> = {
  PARAMEDIC: "Emergency call",
  CALL_HANDLER_111: "NHS 111 call",
  CLINICIAN_111: "NHS 111 call",
  OOH_GP: "Out-of-hours consultation",
  ED_CLINICIAN: "Attending the emergency department",
  PATIENT: "Viewing own plan",
  PROXY: PROXY_REASON,
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
  /** The actor reaches this record through an open proxy link (not their own record). */
  proxy?: boolean;
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
  const fallback = facts.proxy ? PROXY_REASON : defaultReasons[subject.role];
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

/**
 * Consent to share (docs/domain.md "Consent"). While the person has withdrawn it, the plan's
 * content is withheld from everyone but the person (and whoever acts for them: the "own" grant)
 * and the authors of their care team. Finding the person, their details and who has looked are not withheld.
 */
export const withheldWhileWithdrawn: readonly Action[] = ["plan.edit", "plan.viewEmergency", "plan.viewAccessInstructions", "plan.viewHistory"];

interface ConsentSubject {
  role: Role;
  organisationId?: string | null;
}

/** Does this reader still see the plan while sharing is withdrawn? `grant` is theirs for the action (scope already checked). */
export function seesPlanWhileWithdrawn(subject: ConsentSubject, grant: Grant, careTeam: ReadonlySet<string>): boolean {
  if (grant === "own") return true;
  return authorRoles.includes(subject.role) && !!subject.organisationId && careTeam.has(subject.organisationId);
}

/**
 * May this actor record the person's decision to share or not (`consent.record`, after the matrix)?
 * The person themselves, or an author of their care team (recording what the person said, e.g. in
 * clinic). An author outside the care team may not, not even with a break-glass reason: the decision
 * is the care team's to record. Nobody acting for the person may (it is not a proxy action): an
 * attorney's decisions count only while the person lacks capacity, which the service cannot tell.
 */
export function mayRecordConsent(subject: ConsentSubject, grant: Grant, careTeam: ReadonlySet<string>): boolean {
  if (grant === "none") return false;
  if (grant === "own") return true;
  return authorRoles.includes(subject.role) && !!subject.organisationId && careTeam.has(subject.organisationId);
}
