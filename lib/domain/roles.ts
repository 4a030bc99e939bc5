/** The service's roles (docs/domain.md "Who may do what"). The strings match the Role enum of the database. */
export const roles = ["GP", "NURSE", "PARAMEDIC", "CALL_HANDLER_111", "CLINICIAN_111", "OOH_GP", "PATIENT", "ADMIN"] as const;

export type Role = (typeof roles)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (roles as readonly string[]).includes(value);
}

export const roleLabels: Record<Role, string> = {
  GP: "GP",
  NURSE: "Nurse",
  PARAMEDIC: "Paramedic",
  CALL_HANDLER_111: "NHS 111 call handler",
  CLINICIAN_111: "NHS 111 clinician",
  OOH_GP: "Out-of-hours GP",
  PATIENT: "Patient",
  ADMIN: "Administrator",
};

/** Roles that write plans with the person. */
export const authorRoles: readonly Role[] = ["GP", "NURSE"];
