import { subMonths } from "date-fns";
import type { Db } from "@/lib/db/client";
import { londonDay } from "@/lib/domain/london-time";
import { testNhsNumber } from "@/lib/domain/nhs-number";
import type { CareTeamRole } from "@/lib/generated/prisma/client";

/**
 * Who cares for each demo person (docs/domain.md "The care team"), beyond their registered
 * practice (every demo patient has it): the community nurses visit the first four, the hospice
 * cares for two, four older people live at Dulwich Grove Care Home, and Southwark's social care
 * team knows one of them. Everyone else's care team is their practice alone, so the demo nurse,
 * the specialist and the social worker meet the break-glass question there.
 */
export const demoCareTeams: { patient: number; odsCode: string; role: CareTeamRole; monthsAgo: number }[] = [
  { patient: 1, odsCode: "Y00201", role: "COMMUNITY_TEAM", monthsAgo: 14 },
  { patient: 2, odsCode: "Y00201", role: "COMMUNITY_TEAM", monthsAgo: 10 },
  { patient: 3, odsCode: "Y00201", role: "COMMUNITY_TEAM", monthsAgo: 8 },
  { patient: 4, odsCode: "Y00201", role: "COMMUNITY_TEAM", monthsAgo: 20 },
  { patient: 2, odsCode: "Y00301", role: "HOSPICE", monthsAgo: 4 },
  { patient: 3, odsCode: "Y00301", role: "HOSPICE", monthsAgo: 2 },
  // Residents of Dulwich Grove: Priya Haile (born 1937), Fatima Murphy (1939), Luis Chen-Wright (1932), Eileen Ahmed (1938).
  { patient: 4, odsCode: "Y00401", role: "CARE_HOME", monthsAgo: 26 },
  { patient: 5, odsCode: "Y00401", role: "CARE_HOME", monthsAgo: 18 },
  { patient: 11, odsCode: "Y00401", role: "CARE_HOME", monthsAgo: 7 },
  { patient: 12, odsCode: "Y00401", role: "CARE_HOME", monthsAgo: 3 },
  { patient: 4, odsCode: "Y00901", role: "SOCIAL_CARE", monthsAgo: 27 },
];

/** The demo patients' NHS numbers that live at the demo care home. */
export const demoCareHomeResidents = demoCareTeams.filter((m) => m.role === "CARE_HOME").map((m) => testNhsNumber(m.patient));

/**
 * Idempotent: a patient's practice and the memberships above are added once; one that exists
 * for that organisation (current or ended) is never touched or added again.
 */
export async function seedDemoCareTeams(db: Db, orgIds: Map<string, string>, practiceOf: Map<string, string>): Promise<number> {
  const wanted = [
    ...[...practiceOf].map(([nhsNumber, odsCode]) => ({ nhsNumber, odsCode, role: "REGISTERED_PRACTICE" as const, monthsAgo: 60 })),
    ...demoCareTeams.map((m) => ({ nhsNumber: testNhsNumber(m.patient), odsCode: m.odsCode, role: m.role, monthsAgo: m.monthsAgo })),
  ];
  const patients = new Map(
    (await db.patient.findMany({ where: { nhsNumber: { in: [...practiceOf.keys()] } }, select: { id: true, nhsNumber: true } })).map((p) => [
      p.nhsNumber,
      p.id,
    ]),
  );
  const existing = new Set(
    (await db.careTeamMembership.findMany({ where: { patientId: { in: [...patients.values()] } }, select: { patientId: true, organisationId: true } })).map(
      (m) => `${m.patientId} ${m.organisationId}`,
    ),
  );
  let added = 0;
  for (const m of wanted) {
    const patientId = patients.get(m.nhsNumber);
    const organisationId = orgIds.get(m.odsCode);
    if (!patientId || !organisationId || existing.has(`${patientId} ${organisationId}`)) continue;
    existing.add(`${patientId} ${organisationId}`);
    const since = new Date(`${londonDay(subMonths(new Date(), m.monthsAgo))}T00:00:00Z`);
    await db.careTeamMembership.create({ data: { patientId, organisationId, role: m.role, since } });
    added++;
  }
  return added;
}
