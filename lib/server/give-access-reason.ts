import "server-only";
import { z } from "zod";
import { BREAK_GLASS_GRANTED } from "./break-glass";
import { ReasonRequiredError } from "./errors";
import { defineUseCase } from "./use-case";

/**
 * Giving a reason on the break-glass form (the caller's `accessReason`). Its audit row, flagged
 * break glass, is the grant: the reason then holds for this person and patient for the shift.
 */
export const giveAccessReason = defineUseCase({
  name: BREAK_GLASS_GRANTED,
  action: "plan.viewEmergency",
  input: z.object({ patientId: z.uuid() }),
  target: (input) => ({ patientId: input.patientId }),
  async run({ access, input }) {
    // Only a reason given now starts a grant; a remembered one is never extended by an empty form.
    if (access.kind === "break-glass" && access.source !== "given") throw new ReasonRequiredError(input.patientId);
    return { result: { breakGlass: access.kind === "break-glass" } };
  },
});
