import "server-only";
import { auditActions } from "@/lib/domain/audit-actions";
import { watchPlanInput } from "@/lib/domain/plan/inputs";
import { AppError } from "../errors";
import { defineUseCase } from "../use-case";
import { planStateWithIdsSelect, stateTokenOf } from "./plan-state";

/**
 * The state of a patient's plan for a live-update stream: allowed to whoever may read the plan,
 * and audited (who had the plan open, and when their stream re-checked it). Only the state
 * token and version leave here, never plan content: the page re-reads the plan itself (through
 * getPlanView, audited as a view) when the token differs from the one it shows.
 * `trigger` says why it was read: the stream opened, a change was announced, or this instance
 * listens again after losing its database connection.
 */
/** Its audit event and permission, shared with the batched re-reads of open streams (watch-batch.ts). */
export const watchRule = { audit: auditActions.planWatched, permission: "plan.viewEmergency" } as const;

export const watchPlan = defineUseCase({
  ...watchRule,
  input: watchPlanInput,
  target: (input) => ({ patientId: input.patientId }),
  // Only the state token leaves here: an open view must hear that sharing was withdrawn, and given again.
  whenWithdrawn: "shows",
  async run({ tx, input, requirePatient }) {
    requirePatient(input.patientId);
    const patient = await tx.patient.findUnique({ where: { id: input.patientId }, select: planStateWithIdsSelect });
    if (!patient) throw new AppError("NOT_FOUND");
    const version = patient.plan?.publishedVersion ?? 0;
    const token = stateTokenOf(patient);
    return { result: { version, token }, audit: { patientId: patient.id, planId: patient.plan?.id ?? null, version, detail: { trigger: input.trigger } } };
  },
});
