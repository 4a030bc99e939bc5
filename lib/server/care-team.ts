import { londonDay } from "@/lib/domain/london-time";
import type { Prisma } from "@/lib/generated/prisma/client";

type Tx = Prisma.TransactionClient;

/**
 * A membership of a person's care team that holds today (London's date): not ended, begun, and
 * its until date (the last day it holds) not passed. The one definition of "current", for the
 * break-glass rule, the care-team scope and the lists.
 */
export function currentMembershipWhere(day: string = londonDay()): Prisma.CareTeamMembershipWhereInput {
  const today = new Date(`${day}T00:00:00Z`);
  return { endedAt: null, since: { lte: today }, OR: [{ until: null }, { until: { gte: today } }] };
}

/** The organisations caring for the person now: their current care team memberships (docs/domain.md "The care team"). */
export async function careOrganisationIds(tx: Tx, patientId: string): Promise<Set<string>> {
  const rows = await tx.careTeamMembership.findMany({ where: { patientId, ...currentMembershipWhere() }, select: { organisationId: true } });
  return new Set(rows.map((r) => r.organisationId));
}

/** Is this organisation in the person's current care team (a care home and its resident)? */
export async function inCareTeam(tx: Tx, organisationId: string, patientId: string): Promise<boolean> {
  const row = await tx.careTeamMembership.findFirst({ where: { patientId, organisationId, ...currentMembershipWhere() }, select: { id: true } });
  return !!row;
}

/** Patients whose current care team includes this organisation: a Prisma filter for searches and lists. */
export function inCareTeamOf(organisationId: string): Prisma.PatientWhereInput {
  return { careTeam: { some: { organisationId, ...currentMembershipWhere() } } };
}
