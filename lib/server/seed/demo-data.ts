import { testNhsNumber } from "@/lib/domain/nhs-number";
import type { ProfessionalBody } from "@/lib/domain/professional-registration";
import type { Role } from "@/lib/domain/roles";

/** Synthetic demo data: every name, address and number here is made up. */
export const DEMO_PASSWORD = "care-plan-demo";

export const demoOrganisations = [
  { odsCode: "Y00101", name: "Camberwell Green Surgery", kind: "GP_PRACTICE" },
  { odsCode: "Y00102", name: "Hackney Wick Medical Centre", kind: "GP_PRACTICE" },
  { odsCode: "Y00201", name: "South London Community Nursing", kind: "COMMUNITY" },
  { odsCode: "Y00301", name: "Thameside Hospice", kind: "HOSPICE" },
  { odsCode: "Y00401", name: "Dulwich Grove Care Home", kind: "CARE_HOME" },
  { odsCode: "Y00501", name: "Capital Ambulance Service", kind: "AMBULANCE_SERVICE" },
  { odsCode: "Y00601", name: "NHS 111 London (demo)", kind: "NHS_111" },
  { odsCode: "Y00701", name: "South East London Out of Hours", kind: "OUT_OF_HOURS" },
  { odsCode: "Y00801", name: "Denmark Hill Hospital", kind: "HOSPITAL" },
  { odsCode: "Y00901", name: "Southwark Adult Social Care (demo)", kind: "LOCAL_AUTHORITY" },
] as const;

/** The integrated care boards the demo organisations belong to (seeded before them). */
export const demoIcbs = [
  { odsCode: "QKK", name: "NHS South East London Integrated Care Board", kind: "ICB", postcode: "SE1 9RT" },
  { odsCode: "QMF", name: "NHS North East London Integrated Care Board", kind: "ICB", postcode: "E1 1DB" },
] as const;

/** Each demo organisation's parent ICB and postcode; every one has signed the sharing agreement, so its staff can sign in. */
export const demoOrganisationDetails: Record<string, { parentIcb: string; postcode: string }> = {
  Y00101: { parentIcb: "QKK", postcode: "SE5 7HY" },
  Y00102: { parentIcb: "QMF", postcode: "E9 5EN" },
  Y00201: { parentIcb: "QKK", postcode: "SE5 8AZ" },
  Y00301: { parentIcb: "QKK", postcode: "SE16 2XU" },
  Y00401: { parentIcb: "QKK", postcode: "SE21 7BG" },
  Y00501: { parentIcb: "QKK", postcode: "SE1 8SD" },
  Y00601: { parentIcb: "QKK", postcode: "SE1 7EH" },
  Y00701: { parentIcb: "QKK", postcode: "SE5 9RS" },
  Y00801: { parentIcb: "QKK", postcode: "SE5 9RW" },
  Y00901: { parentIcb: "QKK", postcode: "SE1 2QH" },
};
export const DEMO_AGREEMENT_SIGNED_ON = new Date("2026-01-05");
export const DEMO_DSPT = { dsptStatus: "STANDARDS_MET", dsptStatusOn: new Date("2025-06-30") } as const;

interface DemoUser {
  email: string;
  name: string;
  role: Role;
  odsCode: string | null;
  /** Body and number, as "GMC 7012345": the seed stores them apart (professionalBody, professionalRegistration). */
  professionalRegistration?: `${ProfessionalBody} ${string}`;
}

export const demoUsers: DemoUser[] = [
  { email: "gp@example.org", name: "Dr Amara Mensah", role: "GP", odsCode: "Y00101", professionalRegistration: "GMC 7012345" },
  { email: "nurse@example.org", name: "Siobhan Kelly", role: "NURSE", odsCode: "Y00201", professionalRegistration: "NMC 15A1234E" },
  { email: "paramedic@example.org", name: "Tom Adeyemi", role: "PARAMEDIC", odsCode: "Y00501", professionalRegistration: "HCPC PA12345" },
  { email: "111-handler@example.org", name: "Priya Shah", role: "CALL_HANDLER_111", odsCode: "Y00601" },
  { email: "111-clinician@example.org", name: "Grace Osei", role: "CLINICIAN_111", odsCode: "Y00601", professionalRegistration: "NMC 09B5678C" },
  { email: "ooh@example.org", name: "Dr Daniel Cohen", role: "OOH_GP", odsCode: "Y00701", professionalRegistration: "GMC 6054321" },
  { email: "patient@example.org", name: "Margaret Okafor", role: "PATIENT", odsCode: null },
  { email: "admin@example.org", name: "Lena Novak", role: "ADMIN", odsCode: null },
  { email: "practice-admin@example.org", name: "Ruth Adebayo", role: "ORG_ADMIN", odsCode: "Y00101" },
  { email: "ed@example.org", name: "Dr Kofi Boateng", role: "ED_CLINICIAN", odsCode: "Y00801", professionalRegistration: "GMC 7098765" },
  { email: "care-home@example.org", name: "Joy Mwangi", role: "CARE_HOME_STAFF", odsCode: "Y00401" },
  { email: "care-home-nurse@example.org", name: "Helen Fraser", role: "CARE_HOME_NURSE", odsCode: "Y00401", professionalRegistration: "NMC 12C3456D" },
  { email: "specialist@example.org", name: "Dr Nadia Rahman", role: "SPECIALIST_DOCTOR", odsCode: "Y00301", professionalRegistration: "GMC 6123456" },
  { email: "social-worker@example.org", name: "Marcus Greene", role: "SOCIAL_WORKER", odsCode: "Y00901", professionalRegistration: "SWE SW123456" },
  { email: "proxy@example.org", name: "Chidi Okafor", role: "PROXY", odsCode: null },
];

/** The patient that patient@example.org is. */
export const demoPatientNhsNumber = testNhsNumber(1);

const givenFemale = [
  "Margaret",
  "Joan",
  "Patricia",
  "Adaeze",
  "Fatima",
  "Mei",
  "Eileen",
  "Olga",
  "Rosa",
  "Bridget",
  "Yetunde",
  "Hannah",
  "Zainab",
  "Dorothy",
  "Priya",
];
const givenMale = [
  "Albert",
  "Kwame",
  "Dennis",
  "Harold",
  "Tariq",
  "Stanislaw",
  "Winston",
  "Arjun",
  "Patrick",
  "Desmond",
  "Samuel",
  "Luis",
  "George",
  "Oluwaseun",
  "Frank",
];
const families = [
  "Okafor",
  "Smith",
  "Begum",
  "O'Connor",
  "Kowalski",
  "Williams",
  "Patel",
  "Mensah",
  "Brown",
  "Nguyen",
  "Ahmed",
  "Taylor",
  "Da Silva",
  "Murphy",
  "Campbell",
  "Khan",
  "Evans",
  "Haile",
  "Jones",
  "Chen-Wright",
];
const streets = [
  ["Camberwell Grove", "SE5 8JA"],
  ["Peckham Rye", "SE15 3NX"],
  ["Mare Street", "E8 1HY"],
  ["Brixton Hill", "SW2 1QR"],
  ["Lordship Lane", "SE22 8HJ"],
  ["Holloway Road", "N7 6PN"],
  ["Kilburn High Road", "NW6 4HS"],
  ["Walworth Road", "SE17 1RW"],
  ["Lewisham Way", "SE4 1UY"],
  ["Green Lanes", "N4 1BX"],
  ["Old Kent Road", "SE1 5AG"],
  ["Roman Road", "E3 5LU"],
  ["Tooting High Street", "SW17 0RG"],
  ["Stroud Green Road", "N4 3EF"],
  ["Uxbridge Road", "W12 8LR"],
  ["Deptford High Street", "SE8 4AF"],
];

/** A small deterministic generator, so every seed gives the same people. */
function mulberry32(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface DemoPatient {
  nhsNumber: string;
  givenName: string;
  familyName: string;
  dateOfBirth: string;
  sex: "FEMALE" | "MALE";
  addressLine1: string;
  town: string;
  postcode: string;
  phone: string;
  practiceOds: string;
}

/** testNhsNumber(1..11) get demo plans (lib/server/seed/demo-plans.ts), and the two below. */
export const DEMO_PLAN_PATIENTS = 11;

/**
 * Residents of Dulwich Grove Care Home (Y00401), whose plans say so: Priya Haile (89, published
 * plan), Luis Chen-Wright (94, draft only) and Hannah O'Connor (91, published plan). The care
 * home's memberships of their care teams are seeded from this list.
 */
export const careHomeResidents = [testNhsNumber(4), testNhsNumber(11), testNhsNumber(22)];

/** Dorothy Ahmed (68): a published plan, and consent to share it withdrawn (the seed records it). */
export const withdrawnConsentPatient = testNhsNumber(17);

export function demoPatients(count = 60): DemoPatient[] {
  const rand = mulberry32(20261121);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)];
  const people: DemoPatient[] = [];
  for (let i = 1; i <= count; i++) {
    const female = i === 1 || rand() < 0.55;
    const [street, postcode] = pick(streets);
    const year = 1925 + Math.floor(rand() * 75);
    const month = 1 + Math.floor(rand() * 12);
    const day = 1 + Math.floor(rand() * 28);
    people.push({
      nhsNumber: testNhsNumber(i),
      givenName: i === 1 ? "Margaret" : pick(female ? givenFemale : givenMale),
      familyName: i === 1 ? "Okafor" : pick(families),
      dateOfBirth: i === 1 ? "1941-03-14" : `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`,
      sex: female ? "FEMALE" : "MALE",
      addressLine1: `${1 + Math.floor(rand() * 180)} ${street}`,
      town: "London",
      postcode,
      phone: `020 7946 ${String(Math.floor(rand() * 1000)).padStart(4, "0")}`, // Ofcom drama range
      // The demo GP's practice cares for the first fifteen: the seed and the e2e specs write their plans (break glass).
      practiceOds: rand() < 0.6 || i <= 15 ? "Y00101" : "Y00102",
    });
  }
  return people;
}
