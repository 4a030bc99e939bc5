import "server-only";
import { auditActions } from "@/lib/domain/audit-actions";
import { accessReasonPromptInput } from "@/lib/domain/break-glass";
import { patientIdInput } from "@/lib/domain/inputs";
import { AppError, ReasonRequiredError } from "../errors";
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

/**
 * Giving a reason on the break-glass form (the caller's `accessReason`). Its audit row, flagged
 * break glass, is the grant: the reason then holds for this person and patient for the shift.
 */
export const giveAccessReason = defineUseCase({
  audit: auditActions.breakGlassGranted,
  permission: "plan.viewEmergency",
  input: patientIdInput,
  target: (input) => ({ patientId: input.patientId }),
  async run({ access, input }) {
    // Only a reason given now starts a grant; a remembered one is never extended by an empty form.
    if (access.kind === "break-glass" && access.source !== "given") throw new ReasonRequiredError(input.patientId);
    return { result: { breakGlass: access.kind === "break-glass" } };
  },
});
