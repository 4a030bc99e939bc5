import "server-only";
import { z } from "zod";
import { AppError } from "../errors";
import { defineUseCase } from "../use-case";

/**
 * Showing the break-glass form is itself audited: who was asked for a reason, for which
 * patient, and which page they were trying to reach.
 */
export const promptForAccessReason = defineUseCase({
  name: "plan.breakGlassPrompted",
  action: "patient.view",
  input: z.object({ patientId: z.uuid(), returnTo: z.string().max(500) }),
  target: (input) => ({ patientId: input.patientId }),
  async run({ tx, input }) {
    const patient = await tx.patient.findUnique({ where: { id: input.patientId }, select: { id: true, givenName: true, familyName: true } });
    if (!patient) throw new AppError("NOT_FOUND");
    return { result: patient, audit: { detail: { returnTo: input.returnTo } } };
  },
});
