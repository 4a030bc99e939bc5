import { describe, expect, it } from "vitest";
import { navigationFor } from "./navigation";
import { isAllowed } from "./policy";
import { roles } from "./roles";

const labels = (role: (typeof roles)[number], patientId: string | null = null) =>
  navigationFor({ role, patientId, organisationId: "org-1" }).map((i) => i.label);

describe("header navigation", () => {
  it("gives each role the pages its policy allows", () => {
    expect(labels("GP")).toEqual(["Find a patient", "Add a patient"]);
    expect(labels("NURSE")).toEqual(["Find a patient", "Add a patient"]);
    expect(labels("PARAMEDIC")).toEqual(["Find a patient"]);
    expect(labels("CALL_HANDLER_111")).toEqual(["Find a patient"]);
    expect(labels("PATIENT", "p-1")).toEqual(["My plan", "Ask for a change", "Who has looked"]);
    expect(labels("ADMIN")).toEqual(["Organisations", "Users", "API clients", "Audit trail"]);
    expect(navigationFor({ role: "ORG_ADMIN", organisationId: "o-1" }).map((i) => i.label)).toEqual(["Users"]);
    expect(labels("ED_CLINICIAN")).toEqual(["Find a patient"]);
    expect(labels("CARE_HOME_STAFF")).toEqual(["Residents", "Find a patient"]);
    expect(labels("CARE_HOME_NURSE")).toEqual(["Residents", "Find a patient"]);
    expect(labels("SPECIALIST_DOCTOR")).toEqual(["Find a patient", "Add a patient"]);
    expect(labels("SOCIAL_WORKER")).toEqual(["Find a patient"]);
  });

  it("gives a patient who has not proved who they are no links to a plan", () => {
    expect(labels("PATIENT", null)).toEqual([]);
  });

  it("never links a page the policy refuses", () => {
    const needs: Record<string, Parameters<typeof isAllowed>[1]> = {
      "/patients/search": "patient.search",
      "/patients/new": "plan.edit",
      "/admin/audit": "admin.manage",
    };
    for (const role of roles) {
      for (const item of navigationFor({ role, patientId: "p-1" })) {
        if (needs[item.href]) expect(isAllowed({ role, patientId: "p-1" }, needs[item.href]), `${role} ${item.href}`).toBe(true);
      }
    }
  });
});
