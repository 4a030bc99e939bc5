import "server-only";
import { auditActions } from "@/lib/domain/audit-actions";
import { noInput } from "@/lib/domain/inputs";
import { proxyActions } from "@/lib/domain/policy";
import { defineUseCase } from "../use-case";

/** The people this actor acts for now (their open links): a proxy's home. Not a read of anyone's plan. */
export const listActingFor = defineUseCase({
  audit: auditActions.actingForListed,
  permission: proxyActions[0],
  input: noInput,
  async run({ tx, actor }) {
    const links = await tx.proxyLink.findMany({
      where: { proxyUserId: actor.userId, endedAt: null, patientId: { in: actor.actsFor ?? [] } },
      orderBy: { startedAt: "asc" },
      select: {
        basis: true,
        relationship: true,
        startedAt: true,
        patient: { select: { id: true, givenName: true, familyName: true, nhsNumber: true, dateOfBirth: true } },
      },
    });
    return { result: links };
  },
});
