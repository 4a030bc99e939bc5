import "server-only";
import { z } from "zod";
import { changeRequestInput } from "@/lib/domain/change-request";
import { AppError } from "../errors";
import { defineUseCase } from "../use-case";

/** A person asks for a change to their own plan; the plan's authors see it on their home. */
export const requestChange = defineUseCase({
  name: "changeRequest.created",
  action: "changeRequest.create",
  input: changeRequestInput,
  async run({ tx, actor, input }) {
    const patientId = actor.patientId;
    if (!patientId) throw new AppError("NOT_FOUND");
    const plan = await tx.carePlan.findUnique({ where: { patientId }, select: { id: true } });
    const request = await tx.changeRequest.create({ data: { patientId, planId: plan?.id ?? null, text: input.text, requestedById: actor.userId }, select: { id: true } });
    return { result: request, audit: { patientId, planId: plan?.id ?? null, detail: { changeRequestId: request.id } } };
  },
});

/** Open change requests for plans this author, or their organisation, wrote or looks after. */
export const openChangeRequests = defineUseCase({
  name: "changeRequest.listViewed",
  action: "plan.edit",
  input: z.object({}),
  async run({ tx, actor }) {
    const requests = await tx.changeRequest.findMany({
      // The plan's authors: whoever wrote any version, their organisations, and the person's GP practice.
      where: {
        status: "OPEN",
        OR: [
          { plan: { versions: { some: { authorId: actor.userId } } } },
          ...(actor.organisationId
            ? [{ plan: { ownerOrganisationId: actor.organisationId } }, { plan: { versions: { some: { organisationId: actor.organisationId } } } }, { patient: { registeredPracticeId: actor.organisationId } }]
            : []),
        ],
      },
      orderBy: { createdAt: "asc" },
      take: 100,
      select: { id: true, text: true, createdAt: true, patient: { select: { id: true, givenName: true, familyName: true, nhsNumber: true } } },
    });
    return { result: requests };
  },
});
