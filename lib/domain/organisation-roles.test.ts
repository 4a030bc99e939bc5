import { describe, expect, it } from "vitest";
import { grantProblem, roleAllowedFor, rolesByOrganisationKind, rolesWithoutOrganisation, staffRoles } from "./organisation-roles";
import { roles } from "./roles";

describe("roles per kind of organisation", () => {
  it("is the table of docs/domain.md, literally", () => {
    expect(rolesByOrganisationKind).toEqual({
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
    });
  });

  it("every role is either some kind's staff role or one with no organisation, never both", () => {
    expect([...staffRoles, ...rolesWithoutOrganisation].sort()).toEqual([...roles].sort());
    for (const role of rolesWithoutOrganisation) expect(staffRoles).not.toContain(role);
  });

  it.each([
    ["GP_PRACTICE", "PARAMEDIC", false],
    ["GP_PRACTICE", "NURSE", true],
    ["CARE_HOME", "NURSE", false],
    ["CARE_HOME", "CARE_HOME_NURSE", true],
    ["ICB", "GP", false],
    ["SURGERY", "GP", false],
    ["toString", "GP", false],
  ])("%s may have %s: %s", (kind, role, allowed) => {
    expect(roleAllowedFor(kind, role as never)).toBe(allowed);
  });

  it("service administrators: made only by another, with no organisation", () => {
    expect(grantProblem(false, null, "ADMIN")?.field).toBe("role");
    expect(grantProblem(true, "GP_PRACTICE", "ADMIN")?.field).toBe("odsCode");
    expect(grantProblem(true, null, "ADMIN")).toBeNull();
    expect(grantProblem(true, null, "GP")?.message).toBe("Enter the ODS code of the organisation this GP works for");
    expect(grantProblem(false, "AMBULANCE_SERVICE", "GP")?.message).toBe(
      "An ambulance service cannot have the role GP: choose one of Paramedic, Organisation administrator",
    );
    expect(grantProblem(false, "NHS_111", "PATIENT")?.message).toContain("An NHS 111 service cannot have the role Patient");
  });
});
