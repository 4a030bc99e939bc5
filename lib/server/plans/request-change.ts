import "server-only";
import { z } from "zod";
import { plainText } from "@/lib/domain/text";
import { AppError } from "../errors";
import { defineUseCase } from "../use-case";

/** A person asks for a change to their own plan; the plan's authors see it on their home. */
export const requestChange = defineUseCase({
  name: "changeRequest.created",
  action: "changeRequest.create",
  input: z.object({ text: plainText("Your request", 2000).pipe(z.string().min(1, "Enter what you would like to change")) }),
  async run({ tx, actor, input }) {
    const patientId = actor.patientId;
    if (!patientId) throw new AppError("NOT_FOUND");
    const plan = await tx.carePlan.findUnique({ where: { patientId }, select: { id: true } });
    const request = await tx.changeRequest.create({ data: { patientId, planId: plan?.id ?? null, text: input.text, requestedById: actor.userId }, select: { id: true } });
    return { result: request, audit: { patientId, planId: plan?.id ?? null, detail: { changeRequestId: request.id } } };
  },
});
