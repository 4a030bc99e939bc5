import { describe, expect, it } from "vitest";
import { decideCis2Role, defaultCis2RoleTable, jobRoleCode, parseCis2RoleTable, type Cis2Claims, type OrganisationKind } from "./cis2-roles";

const known: Record<string, OrganisationKind> = { Y00101: "GP_PRACTICE", Y00601: "NHS_111", Y00701: "OUT_OF_HOURS", Y00501: "AMBULANCE_SERVICE" };
const kindOf = (ods: string) => known[ods] ?? null;

function claims(selected: string | undefined, roles: Array<[string, string, string]>): Cis2Claims {
  return {
    sub: "910000000001",
    selected_roleid: selected,
    nhsid_nrbac_roles: roles.map(([person_roleid, org_code, role_code]) => ({
      person_roleid,
      org_code,
      role_code,
      role_name: `"Staff":"Group":"Job role ${role_code.split(":").at(-1)}"`,
    })),
    nhsid_user_orgs: [{ org_code: "Y00101", org_name: "CAMBERWELL GREEN SURGERY" }],
  };
}

describe("CIS2 role mapping", () => {
  it("maps the selected role by job role code and organisation kind", () => {
    const c = claims("555000000002", [
      ["555000000001", "Y00701", "S8000:G8000:R8000"],
      ["555000000002", "Y00101", "S8000:G8000:R8000"],
    ]);
    expect(decideCis2Role(c, defaultCis2RoleTable, kindOf)).toMatchObject({ ok: true, role: "GP", odsCode: "Y00101" });
    // The same person, having selected their out-of-hours role instead.
    expect(decideCis2Role({ ...c, selected_roleid: "555000000001" }, defaultCis2RoleTable, kindOf)).toMatchObject({
      ok: true,
      role: "OOH_GP",
      odsCode: "Y00701",
    });
  });

  it("uses only the selected role, never another role the user holds", () => {
    const c = claims("555000000003", [
      ["555000000002", "Y00101", "S8000:G8000:R8000"],
      ["555000000003", "Y00101", "S8000:G8001:R8009"],
    ]);
    const decision = decideCis2Role(c, defaultCis2RoleTable, kindOf);
    expect(decision).toMatchObject({ ok: false, reason: "unmapped-role", selected: { jobRoleCode: "R8009", odsCode: "Y00101", roleName: "Job role R8009" } });
  });

  it("names the organisation from nhsid_user_orgs for the refusal page", () => {
    const decision = decideCis2Role(claims("1", [["1", "Y00101", "S8000:G8001:R8009"]]), defaultCis2RoleTable, kindOf);
    expect(decision.selected?.organisationName).toBe("CAMBERWELL GREEN SURGERY");
  });

  it("refuses a role at an organisation this service does not know", () => {
    const decision = decideCis2Role(claims("1", [["1", "A99999", "S8000:G8000:R8000"]]), defaultCis2RoleTable, kindOf);
    expect(decision).toMatchObject({ ok: false, reason: "unknown-organisation", selected: { odsCode: "A99999" } });
  });

  it("refuses a job role that is mapped, but not at this kind of organisation", () => {
    // A nurse role at an ambulance service is not in the default table.
    const decision = decideCis2Role(claims("1", [["1", "Y00501", "S8000:G8000:R8001"]]), defaultCis2RoleTable, kindOf);
    expect(decision).toMatchObject({ ok: false, reason: "unmapped-role" });
  });

  it("refuses when no role was selected, or the selected role is not among the user's roles", () => {
    expect(decideCis2Role(claims(undefined, [["1", "Y00101", "S8000:G8000:R8000"]]), defaultCis2RoleTable, kindOf)).toEqual({
      ok: false,
      reason: "no-selected-role",
      selected: null,
    });
    expect(decideCis2Role(claims("2", [["1", "Y00101", "S8000:G8000:R8000"]]), defaultCis2RoleTable, kindOf)).toEqual({
      ok: false,
      reason: "selected-role-not-listed",
      selected: null,
    });
    expect(decideCis2Role({ sub: "x", selected_roleid: "1" }, defaultCis2RoleTable, kindOf)).toMatchObject({ ok: false, reason: "selected-role-not-listed" });
  });

  it("reads the job role code from the three-part code and a bare legacy code", () => {
    expect(jobRoleCode("S8000:G8000:R8000")).toBe("R8000");
    expect(jobRoleCode("R8001")).toBe("R8001");
    expect(jobRoleCode("S8000:G8000")).toBeNull();
  });

  it("gives every default rule a staff role and never PATIENT", () => {
    expect(parseCis2RoleTable(defaultCis2RoleTable)).toEqual(defaultCis2RoleTable);
    expect(defaultCis2RoleTable.rules.map((r) => r.role)).not.toContain("PATIENT");
    expect(defaultCis2RoleTable.rules.map((r) => r.role)).not.toContain("ADMIN");
  });
});

describe('the default table, written out (README "Sign in with NHS identities")', () => {
  const kinds: OrganisationKind[] = ["GP_PRACTICE", "COMMUNITY", "HOSPICE", "CARE_HOME", "AMBULANCE_SERVICE", "NHS_111", "OUT_OF_HOURS", "HOSPITAL"];
  // Job role -> the role it gives at each kind of organisation; absent: refused.
  const expected: Record<string, Partial<Record<OrganisationKind, string>>> = {
    R8000: {
      GP_PRACTICE: "GP",
      OUT_OF_HOURS: "OOH_GP",
      NHS_111: "CLINICIAN_111",
      AMBULANCE_SERVICE: "PARAMEDIC",
      HOSPITAL: "ED_CLINICIAN",
      HOSPICE: "SPECIALIST_DOCTOR",
    },
    R8001: { GP_PRACTICE: "NURSE", COMMUNITY: "NURSE", HOSPICE: "NURSE", CARE_HOME: "CARE_HOME_NURSE", NHS_111: "CLINICIAN_111" },
    R8003: { AMBULANCE_SERVICE: "PARAMEDIC" },
    R8008: { NHS_111: "CALL_HANDLER_111", CARE_HOME: "CARE_HOME_STAFF" },
    R8009: {},
  };
  for (const [code, byKind] of Object.entries(expected)) {
    for (const kind of kinds) {
      it(`${code} at ${kind} -> ${byKind[kind] ?? "refused"}`, () => {
        const decision = decideCis2Role(claims("1", [["1", "X00001", `S8000:G8000:${code}`]]), defaultCis2RoleTable, () => kind);
        expect(decision.ok ? decision.role : "refused").toBe(byKind[kind] ?? "refused");
      });
    }
  }

  it("never makes a care home nurse an author, nor anyone a social worker by default", () => {
    const roles = defaultCis2RoleTable.rules.filter((r) => r.organisationKinds.includes("CARE_HOME")).map((r) => r.role);
    expect(roles.sort()).toEqual(["CARE_HOME_NURSE", "CARE_HOME_STAFF"]);
    expect(defaultCis2RoleTable.rules.map((r) => r.role)).not.toContain("SOCIAL_WORKER");
  });
});

describe("CIS2 role table override", () => {
  it("accepts a valid table, and the override decides", () => {
    const table = parseCis2RoleTable({ rules: [{ jobRoleCode: "R8009", organisationKinds: ["GP_PRACTICE"], role: "ADMIN" }] });
    expect(decideCis2Role(claims("1", [["1", "Y00101", "S8000:G8001:R8009"]]), table, kindOf)).toMatchObject({ ok: true, role: "ADMIN" });
    // The override replaces the default table: R8000 is no longer mapped.
    expect(decideCis2Role(claims("1", [["1", "Y00101", "S8000:G8000:R8000"]]), table, kindOf)).toMatchObject({ ok: false, reason: "unmapped-role" });
  });

  it("refuses PATIENT, unknown roles and kinds, bad codes, extra keys and empty tables, listing each problem", () => {
    const bad = {
      rules: [
        { jobRoleCode: "R8000", organisationKinds: ["GP_PRACTICE"], role: "PATIENT" },
        { jobRoleCode: "8000", organisationKinds: ["SURGERY"], role: "GP" },
        { jobRoleCode: "R8000", organisationKinds: [], role: "GP", extra: true },
      ],
    };
    let message = "";
    try {
      parseCis2RoleTable(bad, "/etc/ucp/roles.json");
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toContain("/etc/ucp/roles.json is not valid");
    expect(message).toContain("rules.0.role");
    expect(message).toContain("rules.1.jobRoleCode: jobRoleCode must look like R8000");
    expect(message).toContain("rules.1.organisationKinds.0");
    expect(message).toContain("rules.2.organisationKinds");
    expect(message).toMatch(/rules\.2.*extra|Unrecognized key.*extra/);
    expect(() => parseCis2RoleTable({ rules: [] })).toThrow(/rules/);
    expect(() => parseCis2RoleTable([])).toThrow(/\(root\)/);
  });
});
