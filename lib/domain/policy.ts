import { isRole, type Role } from "./roles";

/**
 * The access policy: DESIGN.md section 5 as a typed matrix. Everything not granted
 * here is denied, and an unknown role or action is denied. Server functions ask
 * `authorize` (or `grantFor` when the answer shapes what they return); nothing else
 * decides who may do what.
 */
export const actions = [
  "patient.search",
  "patient.view",
  "plan.edit",
  "plan.viewFull",
  "plan.viewEmergency",
  "plan.viewAccessInstructions",
  "plan.viewHistory",
  "changeRequest.create",
  "plan.viewAccessLog",
  "admin.manage",
] as const;

export type Action = (typeof actions)[number];

/** all: any patient; own: only the actor's own record; subset: any patient, reduced view. */
export type Grant = "all" | "own" | "subset" | "none";

type Row = Partial<Record<Role, Grant>>;

const matrix: Record<Action, Row> = {
  "patient.search": { GP: "all", NURSE: "all", PARAMEDIC: "all", CALL_HANDLER_111: "all", CLINICIAN_111: "all", OOH_GP: "all" },
  // Opening a patient's record: whoever may see some of their plan.
  "patient.view": { GP: "all", NURSE: "all", PARAMEDIC: "all", CALL_HANDLER_111: "all", CLINICIAN_111: "all", OOH_GP: "all", PATIENT: "own" },
  "plan.edit": { GP: "all", NURSE: "all" },
  "plan.viewFull": { GP: "all", NURSE: "all", CLINICIAN_111: "all", OOH_GP: "all", PATIENT: "own" },
  "plan.viewEmergency": { GP: "all", NURSE: "all", PARAMEDIC: "all", CALL_HANDLER_111: "subset", CLINICIAN_111: "all", OOH_GP: "all", PATIENT: "own" },
  "plan.viewAccessInstructions": { GP: "all", NURSE: "all", PARAMEDIC: "all", CLINICIAN_111: "all", OOH_GP: "all", PATIENT: "own" },
  "plan.viewHistory": { GP: "all", NURSE: "all", CLINICIAN_111: "all", OOH_GP: "all", PATIENT: "own" },
  "changeRequest.create": { PATIENT: "own" },
  "plan.viewAccessLog": { GP: "all", NURSE: "all", PATIENT: "own", ADMIN: "all" },
  "admin.manage": { ADMIN: "all" },
};

export function grantFor(role: unknown, action: unknown): Grant {
  if (!isRole(role) || typeof action !== "string" || !Object.hasOwn(matrix, action)) return "none";
  return matrix[action as Action][role] ?? "none";
}

export interface PolicySubject {
  role: Role;
  patientId?: string | null;
}

/** May this actor do this action, on this patient's record when one is named? */
export function isAllowed(actor: PolicySubject, action: Action, target?: { patientId: string }): boolean {
  const grant = grantFor(actor.role, action);
  if (grant === "none") return false;
  if (grant === "own") return !!actor.patientId && (!target || target.patientId === actor.patientId);
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
