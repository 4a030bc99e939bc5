import type { Prisma } from "@/lib/generated/prisma/client";
import { authorRoles, type Role } from "@/lib/domain/roles";
import type { Actor } from "../actor";

type Tx = Prisma.TransactionClient;

/** The organisations caring for the person: their GP practice and whoever wrote their plan. */
export async function careOrganisationIds(tx: Tx, patientId: string): Promise<Set<string>> {
  const patient = await tx.patient.findUnique({
    where: { id: patientId },
    select: { registeredPracticeId: true, plan: { select: { ownerOrganisationId: true, versions: { select: { organisationId: true } } } } },
  });
  const ids = [patient?.registeredPracticeId, patient?.plan?.ownerOrganisationId, ...(patient?.plan?.versions.map((v) => v.organisationId) ?? [])];
  return new Set(ids.filter((id): id is string => !!id));
}

/** Default reasons for roles whose work is emergencies (their reads are still audited). */
export const defaultReasons: Partial<Record<Role, string>> = {
  PARAMEDIC: "Emergency call",
  CALL_HANDLER_111: "NHS 111 call",
  CLINICIAN_111: "NHS 111 call",
  OOH_GP: "Out-of-hours consultation",
  PATIENT: "Viewing own plan",
};

/**
 * Why this read happens. Emergency roles get a default; authors inside the care team need
 * none; an author outside it must say why ("break glass"), or gets `null` (refuse).
 */
export async function readReason(tx: Tx, actor: Actor, patientId: string, given: string | undefined): Promise<{ reason: string | null; breakGlass: boolean }> {
  if (given) return { reason: given, breakGlass: authorRoles.includes(actor.role) };
  const fallback = defaultReasons[actor.role];
  if (fallback) return { reason: fallback, breakGlass: false };
  const team = await careOrganisationIds(tx, patientId);
  if (actor.organisationId && team.has(actor.organisationId)) return { reason: "Care team", breakGlass: false };
  return { reason: null, breakGlass: true };
}
