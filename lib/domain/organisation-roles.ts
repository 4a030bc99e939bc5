import { isOrganisationKind, type OrganisationKind } from "./organisations";
import { roleLabels, type Role } from "./roles";

/**
 * Which roles each kind of organisation may give its staff (docs/domain.md "Roles per kind of
 * organisation"). An administrator can grant only these; the server checks it on every create,
 * role change and import. Every kind may have its own organisation administrators.
 */
export const rolesByOrganisationKind = {
  GP_PRACTICE: ["GP", "NURSE", "ORG_ADMIN"],
  COMMUNITY: ["NURSE", "ORG_ADMIN"],
  HOSPICE: ["SPECIALIST_DOCTOR", "NURSE", "ORG_ADMIN"],
  CARE_HOME: ["CARE_HOME_STAFF", "CARE_HOME_NURSE", "ORG_ADMIN"],
  HOSPITAL: ["ED_CLINICIAN", "SPECIALIST_DOCTOR", "ORG_ADMIN"],
  AMBULANCE_SERVICE: ["PARAMEDIC", "ORG_ADMIN"],
  NHS_111: ["CALL_HANDLER_111", "CLINICIAN_111", "ORG_ADMIN"],
  OUT_OF_HOURS: ["OOH_GP", "ORG_ADMIN"],
  LOCAL_AUTHORITY: ["SOCIAL_WORKER", "ORG_ADMIN"],
  ICB: ["ORG_ADMIN"],
} as const satisfies Record<OrganisationKind, readonly Role[]>;

/** Each kind as it reads inside a sentence ("A care home cannot have …"); the forms' labels are organisationKindLabels in organisations.ts. */
export const organisationKindInSentence: Record<OrganisationKind, string> = {
  GP_PRACTICE: "GP practice",
  COMMUNITY: "community health service",
  HOSPICE: "hospice",
  CARE_HOME: "care home",
  HOSPITAL: "hospital",
  AMBULANCE_SERVICE: "ambulance service",
  NHS_111: "NHS 111 service",
  OUT_OF_HOURS: "out-of-hours service",
  LOCAL_AUTHORITY: "local authority",
  ICB: "integrated care board",
};

/**
 * Accounts that belong to no organisation: service administrators (made by another service
 * administrator, with no organisation), patients (NHS login or a local account linked to their
 * record) and proxies (made with their proxy link). Patients and proxies are never made here.
 */
export const rolesWithoutOrganisation: readonly Role[] = ["ADMIN", "PATIENT", "PROXY"];

/** Roles an administrator may give a person through the people pages and the import. */
export const staffRoles: readonly Role[] = [...new Set(Object.values(rolesByOrganisationKind).flat())];

export function rolesFor(kind: OrganisationKind): readonly Role[] {
  return rolesByOrganisationKind[kind];
}

export function roleAllowedFor(kind: unknown, role: Role): boolean {
  return isOrganisationKind(kind) && (rolesByOrganisationKind[kind] as readonly Role[]).includes(role);
}

/** The message when a role is not one this kind of organisation may have: names what it may have. */
export function roleNotAllowedMessage(kind: OrganisationKind, role: Role): string {
  const allowed = rolesFor(kind).map((r) => roleLabels[r]);
  const label = organisationKindInSentence[kind];
  return `${/^([aeiou]|NHS)/.test(label) ? "An" : "A"} ${label} cannot have the role ${roleLabels[role]}: choose one of ${allowed.join(", ")}`;
}

/**
 * Why this administrator may not give this role at this organisation (null: they may). Service
 * administrators belong to no organisation and only another service administrator makes one; every
 * other role must be one the organisation's kind may have.
 */
export function grantProblem(
  byServiceAdministrator: boolean,
  kind: OrganisationKind | null,
  role: Role,
): { field: "odsCode" | "role"; message: string } | null {
  if (role === "ADMIN") {
    if (!byServiceAdministrator) return { field: "role", message: "Only a service administrator can make someone a service administrator" };
    return kind ? { field: "odsCode", message: "A service administrator belongs to no organisation: leave the ODS code empty" } : null;
  }
  if (!kind) return { field: "odsCode", message: `Enter the ODS code of the organisation this ${roleLabels[role]} works for` };
  return roleAllowedFor(kind, role) ? null : { field: "role", message: roleNotAllowedMessage(kind, role) };
}
