import "server-only";
import { auditActions } from "@/lib/domain/audit-actions";
import { changeRequestInput } from "@/lib/domain/change-request";
import { defineUseCase } from "../use-case";

/**
 * A person asks for a change to their own plan, or someone acting for them does (the policy's
 * "own" grant: scope checked by the wrapper); the plan's authors see it on their home.
 */
export const requestChange = defineUseCase({
  audit: auditActions.changeRequested,
  permission: "changeRequest.create",
  input: changeRequestInput,
  target: (input) => ({ patientId: input.patientId }),
  async run({ tx, actor, input, target }) {
    const patientId = input.patientId;
    const request = await tx.changeRequest.create({
      data: { patientId, planId: target?.planId ?? null, text: input.text, requestedById: actor.userId },
      select: { id: true },
    });
    return { result: request, audit: { patientId, planId: target?.planId ?? null, detail: { changeRequestId: request.id } } };
  },
});
