import "server-only";
import { auditActions } from "@/lib/domain/audit-actions";
import { patientIdInput } from "@/lib/domain/inputs";
import { ReasonRequiredError } from "./errors";
import { defineUseCase } from "./use-case";

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
