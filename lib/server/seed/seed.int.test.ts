import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { isValidNhsNumber } from "@/lib/domain/nhs-number";
import { roles } from "@/lib/domain/roles";
import { loadActor } from "../actor";
import { verifyPassword } from "../auth/password";
import { DEMO_PASSWORD, demoOrganisations, demoPatientNhsNumber, demoPatients, demoUsers } from "./demo-data";
import { demoCareHomeResidents } from "./demo-care-teams";
import { seedDemoData } from "./seed";

const readmeAccounts = {
  GP: "gp@example.org",
  NURSE: "nurse@example.org",
  PARAMEDIC: "paramedic@example.org",
  CALL_HANDLER_111: "111-handler@example.org",
  CLINICIAN_111: "111-clinician@example.org",
  OOH_GP: "ooh@example.org",
  PATIENT: "patient@example.org",
  ADMIN: "admin@example.org",
  ORG_ADMIN: "practice-admin@example.org",
  ED_CLINICIAN: "ed@example.org",
  CARE_HOME_STAFF: "care-home@example.org",
  CARE_HOME_NURSE: "care-home-nurse@example.org",
  SPECIALIST_DOCTOR: "specialist@example.org",
  SOCIAL_WORKER: "social-worker@example.org",
  PROXY: "proxy@example.org",
} as const;

/** The demo's own rows: other test files add organisations, users and patients to this database meanwhile. */
async function counts() {
  const demoPatient = { nhsNumber: { in: demoPatients().map((p) => p.nhsNumber) } };
  const [organisations, users, patients, plans, versions, memberships] = await Promise.all([
    db().organisation.count({ where: { odsCode: { in: demoOrganisations.map((o) => o.odsCode) } } }),
    db().user.count({ where: { email: { in: demoUsers.map((u) => u.email) } } }),
    db().patient.count({ where: demoPatient }),
    db().carePlan.count({ where: { patient: demoPatient } }),
    db().carePlanVersion.count({ where: { plan: { patient: demoPatient } } }),
    db().careTeamMembership.count({ where: { patient: demoPatient } }),
  ]);
  return { organisations, users, patients, plans, versions, memberships };
}

describe("seedDemoData", () => {
  let afterFirst: Awaited<ReturnType<typeof counts>>;
  let afterSecond: Awaited<ReturnType<typeof counts>>;

  beforeAll(async () => {
    await seedDemoData(db(), { demoAccounts: true });
    afterFirst = await counts();
    await seedDemoData(db(), { demoAccounts: true });
    afterSecond = await counts();
  });

  it("is idempotent: a second run adds nothing", () => {
    expect(afterSecond).toEqual(afterFirst);
  });

  it("gives every demo patient their practice as a care team member, and four older people a place at the care home", async () => {
    const people = await db().patient.findMany({
      where: { nhsNumber: { in: demoPatients().map((p) => p.nhsNumber) } },
      select: {
        nhsNumber: true,
        dateOfBirth: true,
        registeredPracticeId: true,
        careTeam: { select: { organisationId: true, role: true, organisation: { select: { odsCode: true } } } },
      },
    });
    for (const p of people)
      expect(p.careTeam, p.nhsNumber).toContainEqual(expect.objectContaining({ organisationId: p.registeredPracticeId, role: "REGISTERED_PRACTICE" }));
    const residents = people.filter((p) => p.careTeam.some((m) => m.organisation.odsCode === "Y00401"));
    expect(residents.map((p) => p.nhsNumber).sort()).toEqual([...demoCareHomeResidents].sort());
    for (const r of residents) expect(r.dateOfBirth.getUTCFullYear()).toBeLessThan(1945);
  });

  it("creates at least 50 patients, all with valid test-range NHS numbers", async () => {
    // The demo's own patients: other tests share this database with patients of their own (test/nhs-numbers.ts).
    const numbers = demoPatients().map((p) => p.nhsNumber);
    const patients = await db().patient.findMany({ where: { nhsNumber: { in: numbers } }, select: { nhsNumber: true } });
    expect(patients.length).toBeGreaterThanOrEqual(50);
    expect(patients.length).toBe(numbers.length);
    for (const nhsNumber of numbers) {
      expect(nhsNumber).toMatch(/^999\d{7}$/);
      expect(isValidNhsNumber(nhsNumber), nhsNumber).toBe(true);
    }
  });

  it("creates one account per role with the README emails", async () => {
    // Other test files add users of their own to this database, so look the README ones up by email.
    for (const role of roles) {
      const user = await db().user.findUnique({ where: { email: readmeAccounts[role] } });
      expect(user?.role, readmeAccounts[role]).toBe(role);
      expect(user?.active).toBe(true);
    }
    expect(new Set(Object.values(readmeAccounts)).size).toBe(roles.length);
  });

  it("gives every demo organisation a parent ICB and a signed sharing agreement, so every demo account can sign in", async () => {
    const orgs = await db().organisation.findMany({ where: { odsCode: { in: demoOrganisations.map((o) => o.odsCode) } }, include: { parentIcb: true } });
    for (const org of orgs) {
      expect(org.parentIcb?.kind, org.odsCode).toBe("ICB");
      expect(org.sharingAgreementSignedOn, org.odsCode).not.toBeNull();
      expect(org.status).toBe("ACTIVE");
    }
    for (const u of demoUsers) expect(await loadActor((await db().user.findUniqueOrThrow({ where: { email: u.email } })).id), u.email).not.toBeNull();
  });

  it("links patient@example.org to the demo patient", async () => {
    const user = await db().user.findUniqueOrThrow({ where: { email: "patient@example.org" }, include: { patient: true } });
    expect(user.patient).not.toBeNull();
    expect(user.patient?.nhsNumber).toBe(demoPatientNhsNumber);
    // Only the patient account is a patient.
    const clinician = await db().user.findUniqueOrThrow({ where: { email: "gp@example.org" } });
    expect(clinician.patientId).toBeNull();
    expect(clinician.organisationId).not.toBeNull();
  });

  it("stores argon2id hashes of the demo password", async () => {
    const users = await db().user.findMany({ where: { email: { in: Object.values(readmeAccounts) } } });
    expect(users).toHaveLength(Object.keys(readmeAccounts).length);
    for (const u of users) {
      expect(u.passwordHash, u.email).toMatch(/^\$argon2id\$/);
      expect(u.passwordHash).not.toContain(DEMO_PASSWORD);
    }
    const hash = users[0].passwordHash!;
    expect(DEMO_PASSWORD).toBe("care-plan-demo");
    expect(await verifyPassword(hash, "care-plan-demo")).toBe(true);
    expect(await verifyPassword(hash, "care-plan-demo ")).toBe(false);
    expect(await verifyPassword(hash, "another-password")).toBe(false);
  });

  it("creates every kind of organisation the demo accounts need", async () => {
    const kinds = new Set((await db().organisation.findMany({ select: { kind: true } })).map((o) => o.kind));
    for (const kind of ["GP_PRACTICE", "COMMUNITY", "HOSPICE", "AMBULANCE_SERVICE", "NHS_111", "OUT_OF_HOURS", "HOSPITAL"] as const) {
      expect(kinds.has(kind), kind).toBe(true);
    }
  });

  it("without demo accounts adds no users", async () => {
    const result = await seedDemoData(db(), { demoAccounts: false });
    expect(result.users).toBe(0);
    expect(await counts()).toEqual(afterSecond);
  });
});
