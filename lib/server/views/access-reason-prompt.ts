import "server-only";
import { auditActions } from "@/lib/domain/audit-actions";
import { accessReasonPromptInput } from "@/lib/domain/break-glass";
import { AppError } from "../errors";
import { defineUseCase } from "../use-case";

/**
 * Showing the break-glass form is itself audited: who was asked for a reason, for which
 * patient, and which page they were trying to reach.
 */
export const promptForAccessReason = defineUseCase({
  audit: auditActions.breakGlassPrompted,
  permission: "patient.view",
  input: accessReasonPromptInput,
  target: (input) => ({ patientId: input.patientId }),
  async run({ tx, input }) {
    const patient = await tx.patient.findUnique({ where: { id: input.patientId }, select: { id: true, givenName: true, familyName: true } });
    if (!patient) throw new AppError("NOT_FOUND");
    return { result: patient, audit: { detail: { returnTo: input.returnTo } } };
  },
});
