import "server-only";
import { z } from "zod";
import { AppError } from "../errors";
import { defineUseCase } from "../use-case";

/**
 * Opening the live-update stream of a patient's plan: allowed to whoever may read the plan,
 * and audited (who had the plan open). Returns the version published now, so a client that
 * reconnects can tell whether it missed one.
 */
export const watchPlan = defineUseCase({
  name: "plan.watched",
  action: "plan.viewEmergency",
  input: z.object({ patientId: z.uuid() }),
  target: (input) => ({ patientId: input.patientId }),
  async run({ tx, input, requirePatient }) {
    requirePatient(input.patientId);
    const patient = await tx.patient.findUnique({ where: { id: input.patientId }, select: { id: true, plan: { select: { id: true, publishedVersion: true } } } });
    if (!patient) throw new AppError("NOT_FOUND");
    const version = patient.plan?.publishedVersion ?? 0;
    return { result: { version }, audit: { patientId: patient.id, planId: patient.plan?.id ?? null, version } };
  },
});
