/** The service's roles (docs/domain.md "Who may do what"). The strings match the Role enum of the database. */
export const roles = [
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
] as const;

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
  ORG_ADMIN: "Organisation administrator",
  ED_CLINICIAN: "Emergency department clinician",
  CARE_HOME_STAFF: "Care home staff",
  CARE_HOME_NURSE: "Registered nurse (care home)",
  SPECIALIST_DOCTOR: "Hospice or specialist doctor",
  SOCIAL_WORKER: "Social worker",
  PROXY: "Acting for a patient",
};

/** Roles that write plans with the person. */
export const authorRoles: readonly Role[] = ["GP", "NURSE", "SPECIALIST_DOCTOR"];
