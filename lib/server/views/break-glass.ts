import "server-only";
import { z } from "zod";
import { BREAK_GLASS_GRANTED } from "../break-glass";
import { AppError, ReasonRequiredError } from "../errors";
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
