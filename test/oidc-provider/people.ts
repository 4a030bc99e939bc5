import { testNhsNumber } from "../../lib/domain/nhs-number";
import { demoPatients } from "../../lib/server/seed/demo-data";
import type { TestPerson } from "./provider";

/**
 * Test people for the demo data (organisations by ODS code, patients by NHS number), shaped
 * like CIS2's and NHS login's claims. All synthetic.
 */
type NrbacRole = [personRoleId: string, odsCode: string, roleCode: string, roleName: string];

const orgNames: Record<string, string> = {
  Y00101: "CAMBERWELL GREEN SURGERY",
  Y00201: "SOUTH LONDON COMMUNITY NURSING",
  Y00501: "CAPITAL AMBULANCE SERVICE",
  Y00701: "SOUTH EAST LONDON OUT OF HOURS",
  A81001: "SOMEWHERE ELSE NHS TRUST",
  X20001: "E2E SUSPENSION SURGERY",
};

function cis2Person(
  id: string,
  label: string,
  person: { uid: string; given: string; family: string; email?: string },
  selected: string,
  roles: NrbacRole[],
): TestPerson {
  return {
    id,
    label,
    sub: person.uid,
    idToken: { selected_roleid: selected, acr: "AAL3_ANY", amr: ["SCAL"] },
    userinfo: {
      nhsid_useruid: person.uid,
      name: `${person.given} ${person.family}`,
      given_name: person.given,
      family_name: person.family,
      ...(person.email ? { email: person.email } : {}),
      nhsid_nrbac_roles: roles.map(([person_roleid, org_code, role_code, role_name]) => ({
        person_roleid,
        org_code,
        role_code,
        role_name,
        activity_codes: ["B0264"],
      })),
      nhsid_user_orgs: [...new Set(roles.map((r) => r[1]))].map((org_code) => ({ org_code, org_name: orgNames[org_code] })),
    },
  };
}

const clinicalPractitioner = '"Clinical":"Clinical Provision":"Clinical Practitioner Access Role"';
const eze = { uid: "910000000101", given: "Ngozi", family: "Eze", email: "ngozi.eze@nhs.test" };
const ezeRoles: NrbacRole[] = [
  ["555000000101", "Y00101", "S8000:G8000:R8000", clinicalPractitioner],
  ["555000000102", "Y00701", "S8000:G8000:R8000", clinicalPractitioner],
];

export const cis2People: TestPerson[] = [
  cis2Person("gp", "Dr Ngozi Eze, Clinical Practitioner at Camberwell Green Surgery", eze, "555000000101", ezeRoles),
  cis2Person("gp-out-of-hours", "Dr Ngozi Eze, Clinical Practitioner at South East London Out of Hours", eze, "555000000102", ezeRoles),
  cis2Person(
    "paramedic",
    "Sam Whitfield, Health Professional at Capital Ambulance Service",
    { uid: "910000000102", given: "Sam", family: "Whitfield" },
    "555000000201",
    [["555000000201", "Y00501", "S8000:G8000:R8003", '"Clinical":"Clinical Provision":"Health Professional Access Role"']],
  ),
  cis2Person("receptionist", "Kerry Dunn, Receptionist at Camberwell Green Surgery", { uid: "910000000103", given: "Kerry", family: "Dunn" }, "555000000301", [
    ["555000000301", "Y00101", "S8000:G8003:R8009", '"Admin & Clerical":"Admin and Clerical":"Receptionist Access Role"'],
  ]),
  cis2Person(
    "unknown-organisation",
    "Dr Alan Price, Clinical Practitioner at Somewhere Else NHS Trust",
    { uid: "910000000104", given: "Alan", family: "Price" },
    "555000000401",
    [["555000000401", "A81001", "S8000:G8000:R8000", clinicalPractitioner]],
  ),
  // Claims the email of the demo GP's local account: must get an account of its own.
  cis2Person(
    "email-clash",
    "Pat Morgan, Nurse at South London Community Nursing (email gp@example.org)",
    { uid: "910000000105", given: "Pat", family: "Morgan", email: "gp@example.org" },
    "555000000501",
    [["555000000501", "Y00201", "S8000:G8000:R8001", '"Clinical":"Clinical Provision":"Nurse Access Role"']],
  ),
  // At a practice that only e2e/organisations.spec.ts adds (through the admin pages), suspends and reinstates.
  cis2Person(
    "suspension-test",
    "Dr Robin Hale, Clinical Practitioner at E2E Suspension Surgery",
    { uid: "910000000106", given: "Robin", family: "Hale" },
    "555000000601",
    [["555000000601", "X20001", "S8000:G8000:R8000", clinicalPractitioner]],
  ),
];

const patients = demoPatients();

function nhsLoginPerson(id: string, label: string, sub: string, n: number | null, level: "P0" | "P5" | "P9"): TestPerson {
  const patient = n && n <= patients.length ? patients[n - 1] : null;
  return {
    id,
    label,
    sub,
    idToken: { vot: level === "P9" ? "P9.Cp.Cd" : level === "P5" ? "P5.Cp.Cd" : "P0.Cp.Cd", identity_proofing_level: level },
    userinfo: {
      identity_proofing_level: level,
      given_name: patient?.givenName ?? "Robin",
      family_name: patient?.familyName ?? "Testperson",
      birthdate: patient?.dateOfBirth ?? "1950-01-01",
      ...(n ? { nhs_number: testNhsNumber(n) } : {}),
      email: `${id}@nhs-login.test`,
    },
  };
}

/** Patient 2 has a published plan and no local account (patient@example.org is patient 1). */
export const verifiedPatient = patients[1];
export const unverifiedPatient = patients[2];
/** Patient 10 has a published plan that only the consent spec changes (it withdraws and restores sharing). */
export const consentingPatient = patients[9];

export const nhsLoginPeople: TestPerson[] = [
  nhsLoginPerson("p9", `${verifiedPatient.givenName} ${verifiedPatient.familyName}, identity checked (P9)`, "2b8f3c1e-0000-4000-8000-000000000002", 2, "P9"),
  nhsLoginPerson(
    "p5",
    `${unverifiedPatient.givenName} ${unverifiedPatient.familyName}, identity not checked (P5)`,
    "2b8f3c1e-0000-4000-8000-000000000003",
    3,
    "P5",
  ),
  nhsLoginPerson(
    "consent-p9",
    `${consentingPatient.givenName} ${consentingPatient.familyName}, identity checked (P9)`,
    "2b8f3c1e-0000-4000-8000-000000000010",
    10,
    "P9",
  ),
  nhsLoginPerson("p0", "Someone with an email-only NHS login (P0, a level this service does not ask for)", "2b8f3c1e-0000-4000-8000-000000000000", null, "P0"),
  nhsLoginPerson("no-record", "Robin Testperson, identity checked (P9), no record here", "2b8f3c1e-0000-4000-8000-000000000200", 200, "P9"),
  nhsLoginPerson("no-nhs-number", "Robin Testperson, identity checked (P9), no NHS number", "2b8f3c1e-0000-4000-8000-000000000201", null, "P9"),
];
