import { z } from "zod";
import type { Role } from "../roles";

/**
 * CIS2 (Care Identity Service 2) roles -> our roles. A CIS2 user picks one of their national
 * RBAC roles when they sign in (`selected_roleid`); that role, at that organisation, is what
 * they may do here for this session. The table is data, not code, so a deployment can change
 * it (CIS2_ROLE_MAP_FILE) without a release; the default below is deliberately narrow.
 */

const organisationKinds = ["GP_PRACTICE", "COMMUNITY", "HOSPICE", "CARE_HOME", "AMBULANCE_SERVICE", "NHS_111", "OUT_OF_HOURS", "HOSPITAL"] as const;
export type OrganisationKind = (typeof organisationKinds)[number];

/** Roles CIS2 may give. Never PATIENT: patients come through NHS login. */
const staffRoles = [
  "GP",
  "NURSE",
  "PARAMEDIC",
  "CALL_HANDLER_111",
  "CLINICIAN_111",
  "OOH_GP",
  "ADMIN",
  "ED_CLINICIAN",
  "CARE_HOME_STAFF",
  "CARE_HOME_NURSE",
  "SPECIALIST_DOCTOR",
  "SOCIAL_WORKER",
] as const satisfies readonly Role[];
type StaffRole = (typeof staffRoles)[number];

const cis2RoleRuleSchema = z.strictObject({
  /** National RBAC job role code, the R-code of `role_code` (e.g. R8000 in S8000:G8000:R8000). */
  jobRoleCode: z.string().regex(/^R\d{4}$/, "jobRoleCode must look like R8000"),
  /** For people reading the table; not used for matching. */
  jobRoleName: z.string().max(200).optional(),
  /** The kinds of organisation at which this job role gives the role. */
  organisationKinds: z.array(z.enum(organisationKinds)).min(1),
  role: z.enum(staffRoles),
});

const cis2RoleTableSchema = z.strictObject({ rules: z.array(cis2RoleRuleSchema).min(1) });
export type Cis2RoleTable = z.infer<typeof cis2RoleTableSchema>;

/**
 * The default table. Only job roles whose meaning at that kind of organisation is clear;
 * anything else gets no access until a deployment maps it on purpose. No default ADMIN:
 * who may search the audit trail is a local decision (add a rule for your privacy officer role).
 */
export const defaultCis2RoleTable: Cis2RoleTable = {
  rules: [
    { jobRoleCode: "R8000", jobRoleName: "Clinical Practitioner Access Role", organisationKinds: ["GP_PRACTICE"], role: "GP" },
    { jobRoleCode: "R8000", jobRoleName: "Clinical Practitioner Access Role", organisationKinds: ["OUT_OF_HOURS"], role: "OOH_GP" },
    { jobRoleCode: "R8000", jobRoleName: "Clinical Practitioner Access Role", organisationKinds: ["NHS_111"], role: "CLINICIAN_111" },
    { jobRoleCode: "R8000", jobRoleName: "Clinical Practitioner Access Role", organisationKinds: ["AMBULANCE_SERVICE"], role: "PARAMEDIC" },
    // A hospital doctor reads, never writes, by default (docs/decisions/0072): specialists who write plans are mapped locally.
    { jobRoleCode: "R8000", jobRoleName: "Clinical Practitioner Access Role", organisationKinds: ["HOSPITAL"], role: "ED_CLINICIAN" },
    { jobRoleCode: "R8000", jobRoleName: "Clinical Practitioner Access Role", organisationKinds: ["HOSPICE"], role: "SPECIALIST_DOCTOR" },
    { jobRoleCode: "R8001", jobRoleName: "Nurse Access Role", organisationKinds: ["GP_PRACTICE", "COMMUNITY", "HOSPICE"], role: "NURSE" },
    // A nurse at a care home reads their residents' plans; they are not an author (issue P4).
    { jobRoleCode: "R8001", jobRoleName: "Nurse Access Role", organisationKinds: ["CARE_HOME"], role: "CARE_HOME_NURSE" },
    { jobRoleCode: "R8001", jobRoleName: "Nurse Access Role", organisationKinds: ["NHS_111"], role: "CLINICIAN_111" },
    { jobRoleCode: "R8003", jobRoleName: "Health Professional Access Role", organisationKinds: ["AMBULANCE_SERVICE"], role: "PARAMEDIC" },
    { jobRoleCode: "R8008", jobRoleName: "Admin/Clinical Support Access Role", organisationKinds: ["NHS_111"], role: "CALL_HANDLER_111" },
    { jobRoleCode: "R8008", jobRoleName: "Admin/Clinical Support Access Role", organisationKinds: ["CARE_HOME"], role: "CARE_HOME_STAFF" },
  ],
};

/** Reads an override table (the parsed JSON of CIS2_ROLE_MAP_FILE); throws with every problem listed. */
export function parseCis2RoleTable(json: unknown, source = "CIS2 role table"): Cis2RoleTable {
  const parsed = cis2RoleTableSchema.safeParse(json);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((i) => `  ${i.path.join(".") || "(root)"}: ${i.message}`).join("\n");
  throw new Error(`${source} is not valid:\n${problems}`);
}

/** The CIS2 claims we read: `selected_roleid` (ID token) and the userinfo role and organisation lists. */
export const cis2ClaimsSchema = z.object({
  sub: z.string().min(1).max(200),
  selected_roleid: z.string().min(1).max(100).optional(),
  nhsid_nrbac_roles: z
    .array(
      z.object({
        person_roleid: z.string().max(100),
        org_code: z.string().max(20),
        role_code: z.string().max(200),
        role_name: z.string().max(500).optional(),
      }),
    )
    .optional(),
  nhsid_user_orgs: z.array(z.object({ org_code: z.string().max(20), org_name: z.string().max(300).optional() })).optional(),
});
export type Cis2Claims = z.infer<typeof cis2ClaimsSchema>;

/** The role the user selected in CIS2, as far as the claims describe it. */
interface SelectedRole {
  personRoleId: string;
  odsCode: string;
  jobRoleCode: string | null;
  roleName: string;
  organisationName: string | null;
}

type Cis2Refusal = "no-selected-role" | "selected-role-not-listed" | "unknown-organisation" | "unmapped-role";

type Cis2Decision = { ok: true; role: StaffRole; odsCode: string; selected: SelectedRole } | { ok: false; reason: Cis2Refusal; selected: SelectedRole | null };

/** R8000 from "S8000:G8000:R8000" (and from a bare legacy "R8000"). */
export function jobRoleCode(roleCode: string): string | null {
  return (
    roleCode
      .split(":")
      .map((s) => s.trim())
      .find((s) => /^R\d{4}$/.test(s)) ?? null
  );
}

/** `role_name` is a quoted triple ("Clinical":"Clinical Provision":"Clinical Practitioner Access Role"): the last part names the role. */
function readableRoleName(roleName: string | undefined, fallback: string): string {
  const parts =
    roleName
      ?.split(":")
      .map((s) => s.replace(/"/g, "").trim())
      .filter(Boolean) ?? [];
  return parts.at(-1) ?? fallback;
}

function selectedRole(claims: Cis2Claims): SelectedRole | null {
  if (!claims.selected_roleid) return null;
  const entry = claims.nhsid_nrbac_roles?.find((r) => r.person_roleid === claims.selected_roleid);
  if (!entry) return null;
  const code = jobRoleCode(entry.role_code);
  return {
    personRoleId: entry.person_roleid,
    odsCode: entry.org_code.toUpperCase(),
    jobRoleCode: code,
    roleName: readableRoleName(entry.role_name, code ?? entry.role_code),
    organisationName: claims.nhsid_user_orgs?.find((o) => o.org_code.toUpperCase() === entry.org_code.toUpperCase())?.org_name ?? null,
  };
}

/**
 * Claims -> our role and organisation, or why not. Only the selected role counts (not the
 * best of all the user's roles): the user chose what capacity they act in for this session.
 * `organisationKind` looks the ODS code up among organisations this service knows.
 */
export function decideCis2Role(claims: Cis2Claims, table: Cis2RoleTable, organisationKind: (odsCode: string) => OrganisationKind | null): Cis2Decision {
  if (!claims.selected_roleid) return { ok: false, reason: "no-selected-role", selected: null };
  const selected = selectedRole(claims);
  if (!selected) return { ok: false, reason: "selected-role-not-listed", selected: null };
  const kind = organisationKind(selected.odsCode);
  if (!kind) return { ok: false, reason: "unknown-organisation", selected };
  const rule = table.rules.find((r) => r.jobRoleCode === selected.jobRoleCode && r.organisationKinds.includes(kind));
  if (!rule) return { ok: false, reason: "unmapped-role", selected };
  return { ok: true, role: rule.role, odsCode: selected.odsCode, selected };
}
