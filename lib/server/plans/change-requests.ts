import "server-only";
import { auditActions } from "@/lib/domain/audit-actions";
import { answerChangeRequestInput, changeRequestIdInput } from "@/lib/domain/change-request";
import { patientIdInput } from "@/lib/domain/inputs";
import { AppError } from "../errors";
import { defineUseCase } from "../use-case";

const requestSelect = {
  id: true,
  text: true,
  status: true,
  createdAt: true,
  response: true,
  handledAt: true,
  requestedBy: { select: { name: true, patientId: true } },
  handledBy: { select: { name: true, role: true } },
} as const;

/** One request, for the author answering it (break glass outside the care team, like the plan itself). */
export const getChangeRequest = defineUseCase({
  audit: auditActions.changeRequestOpened,
  permission: "plan.edit",
  input: changeRequestIdInput,
  target: (input) => ({ patientId: input.patientId }),
  async run({ tx, input }) {
    const request = await tx.changeRequest.findFirst({
      where: { id: input.changeRequestId, patientId: input.patientId },
      select: { ...requestSelect, patient: { select: { id: true, givenName: true, familyName: true, nhsNumber: true } } },
    });
    if (!request) throw new AppError("NOT_FOUND");
    return { result: request, audit: { detail: { changeRequestId: request.id } } };
  },
});

/**
 * An author marks a request done or declined, with a reply the person (and whoever acts for
 * them) reads on their view of their requests. A request already answered is not answered twice.
 */
export const answerChangeRequest = defineUseCase({
  audit: auditActions.changeRequestAnswered,
  permission: "plan.edit",
  input: answerChangeRequestInput,
  target: (input) => ({ patientId: input.patientId }),
  async run({ tx, actor, input }) {
    const answered = await tx.changeRequest.updateMany({
      where: { id: input.changeRequestId, patientId: input.patientId, status: "OPEN" },
      data: { status: input.outcome, response: input.response || null, handledById: actor.userId, handledAt: new Date() },
    });
    if (answered.count === 0) {
      const exists = await tx.changeRequest.findFirst({ where: { id: input.changeRequestId, patientId: input.patientId }, select: { id: true } });
      if (!exists) throw new AppError("NOT_FOUND");
      throw new AppError("CONFLICT", "Someone has already answered this request");
    }
    return { result: { id: input.changeRequestId }, audit: { detail: { changeRequestId: input.changeRequestId, outcome: input.outcome } } };
  },
});

/** The person's requests and their answers, newest first: for the person and anyone acting for them. */
export const listOwnChangeRequests = defineUseCase({
  audit: auditActions.ownChangeRequestsViewed,
  permission: "changeRequest.create",
  input: patientIdInput,
  target: (input) => ({ patientId: input.patientId }),
  async run({ tx, input }) {
    const rows = await tx.changeRequest.findMany({ where: { patientId: input.patientId }, orderBy: { createdAt: "desc" }, take: 50, select: requestSelect });
    const requests = rows.map(({ requestedBy, ...r }) => ({ ...r, askedBy: requestedBy.name, askedByThePerson: requestedBy.patientId === input.patientId }));
    return { result: requests };
  },
});

export type OwnChangeRequests = Awaited<ReturnType<typeof listOwnChangeRequests>>;
export type ChangeRequestToAnswer = Awaited<ReturnType<typeof getChangeRequest>>;
