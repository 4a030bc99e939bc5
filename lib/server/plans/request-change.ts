import "server-only";
import { auditActions } from "@/lib/domain/audit-actions";
import { changeRequestInput } from "@/lib/domain/change-request";
import { AppError } from "../errors";
import { defineUseCase } from "../use-case";

/** A person asks for a change to their own plan; the plan's authors see it on their home. */
export const requestChange = defineUseCase({
  audit: auditActions.changeRequested,
  permission: "changeRequest.create",
  input: changeRequestInput,
  async run({ tx, actor, input }) {
    const patientId = actor.patientId;
    if (!patientId) throw new AppError("NOT_FOUND");
    const plan = await tx.carePlan.findUnique({ where: { patientId }, select: { id: true } });
    const request = await tx.changeRequest.create({
      data: { patientId, planId: plan?.id ?? null, text: input.text, requestedById: actor.userId },
      select: { id: true },
    });
    return { result: request, audit: { patientId, planId: plan?.id ?? null, detail: { changeRequestId: request.id } } };
  },
});
