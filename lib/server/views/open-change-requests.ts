import "server-only";
import { auditActions } from "@/lib/domain/audit-actions";
import { noInput } from "@/lib/domain/inputs";
import { defineUseCase } from "../use-case";

/** Open change requests for plans this author, or their organisation, wrote or looks after. */
export const openChangeRequests = defineUseCase({
  audit: auditActions.changeRequestsViewed,
  permission: "plan.edit",
  input: noInput,
  async run({ tx, actor }) {
    const requests = await tx.changeRequest.findMany({
      // The plan's authors: whoever wrote any version, their organisations, and the person's GP practice.
      where: {
        status: "OPEN",
        OR: [
          { plan: { versions: { some: { authorId: actor.userId } } } },
          ...(actor.organisationId
            ? [
                { plan: { ownerOrganisationId: actor.organisationId } },
                { plan: { versions: { some: { organisationId: actor.organisationId } } } },
                { patient: { registeredPracticeId: actor.organisationId } },
              ]
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
