import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "../errors";

type Tx = Prisma.TransactionClient;

/**
 * The plan by id, or "not found", with its row locked until the transaction ends, so a publish,
 * cancel or draft start decides on a state nobody can change under it (PGlite runs one
 * transaction at a time anyway). The writes stay guarded too: the lock is the first defence.
 */
export async function lockedPlanOrNotFound(tx: Tx, planId: string) {
  await tx.$queryRaw`SELECT id FROM "CarePlan" WHERE id = ${planId}::uuid FOR UPDATE`;
  return planOrNotFound(tx, planId);
}

/** The patient's plan with its row locked (see lockedPlanOrNotFound), or null when there is none. */
export async function lockedPlanOfPatient(tx: Tx, patientId: string) {
  await tx.$queryRaw`SELECT id FROM "CarePlan" WHERE "patientId" = ${patientId}::uuid FOR UPDATE`;
  return tx.carePlan.findUnique({ where: { patientId } });
}

/** The plan by id, or "not found". */
export async function planOrNotFound(tx: Tx, planId: string) {
  const plan = await tx.carePlan.findUnique({ where: { id: planId } });
  if (!plan) throw new AppError("NOT_FOUND");
  return plan;
}

export async function patientOrNotFound(tx: Tx, patientId: string) {
  const patient = await tx.patient.findUnique({ where: { id: patientId } });
  if (!patient) throw new AppError("NOT_FOUND");
  return patient;
}

/** Unique violations look different on the two adapters; both mean "someone else got there first". */
export function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; cause?: { code?: string; originalCode?: string } } | null;
  return e?.code === "P2002" || e?.cause?.code === "23505" || e?.cause?.originalCode === "23505";
}

/** Plan content is plain JSON (validated by the plan schema); Prisma's JSON type cannot see that. */
export function json(value: unknown): Prisma.InputJsonValue {
  return value as Prisma.InputJsonValue;
}
