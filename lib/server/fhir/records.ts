import type { ConsentRecord, PatientRecord, PlanVersionRecord } from "@/lib/domain/fhir";
import type { PlanContent } from "@/lib/domain/plan";
import type { Prisma } from "@/lib/generated/prisma/client";
import { patientSummarySelect } from "../patients";

type Tx = Prisma.TransactionClient;

/** Rows as the FHIR mapping wants them (lib/domain/fhir/types.ts): loaded here, mapped there. */
export const patientRecordSelect = { ...patientSummarySelect, phone: true } as const satisfies Prisma.PatientSelect;

export async function loadPatientRecord(tx: Tx, patientId: string): Promise<PatientRecord | null> {
  return tx.patient.findUnique({ where: { id: patientId }, select: patientRecordSelect });
}

/** Published versions of a plan (all, or one), newest first, with the plan's status. */
export async function loadVersionRecords(tx: Tx, planId: string, only?: number): Promise<PlanVersionRecord[]> {
  const plan = await tx.carePlan.findUnique({ where: { id: planId }, select: { status: true, patientId: true } });
  if (!plan) return [];
  const rows = await tx.carePlanVersion.findMany({
    where: { planId, ...(only !== undefined ? { version: only } : {}) },
    orderBy: { version: "desc" },
    select: { planId: true, version: true, publishedAt: true, content: true, author: { select: { name: true } } },
  });
  return rows.map((r) => ({
    planId: r.planId,
    version: r.version,
    publishedAt: r.publishedAt,
    content: r.content as PlanContent,
    authorName: r.author.name,
    status: plan.status,
    patientId: plan.patientId,
  }));
}

export async function loadConsentRecords(tx: Tx, patientId: string): Promise<ConsentRecord[]> {
  return tx.consent.findMany({ where: { patientId }, orderBy: { recordedAt: "asc" }, select: { id: true, basis: true, recordedAt: true, withdrawnAt: true } });
}
