import type { Prisma } from "@/lib/generated/prisma/client";

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
