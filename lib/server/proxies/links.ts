import "server-only";
import { auditActions } from "@/lib/domain/audit-actions";
import { patientIdInput } from "@/lib/domain/inputs";
import type { Prisma } from "@/lib/generated/prisma/client";
import { defineUseCase } from "../use-case";

/**
 * Who can act for this person, and who could (ended links, newest first): for the person's
 * authors (break glass outside the care team) and the person themselves, never a proxy.
 */
export const listProxyLinks = defineUseCase({
  audit: auditActions.proxyLinksViewed,
  permission: "proxy.manage",
  input: patientIdInput,
  target: (input) => ({ patientId: input.patientId }),
  async run({ tx, input }) {
    const patient = await tx.patient.findUniqueOrThrow({
      where: { id: input.patientId },
      select: { id: true, givenName: true, familyName: true, nhsNumber: true, dateOfBirth: true },
    });
    const rows = await tx.proxyLink.findMany({
      where: { patientId: input.patientId },
      orderBy: [{ endedAt: { sort: "desc", nulls: "first" } }, { startedAt: "desc" }],
      take: 100,
      select: {
        id: true,
        basis: true,
        relationship: true,
        evidence: true,
        recordedById: true,
        recordedByRole: true,
        startedAt: true,
        endedAt: true,
        endedById: true,
        endReason: true,
        proxyUser: { select: { name: true, email: true } },
      },
    });
    const names = await namesOf(tx, [...rows.map((r) => r.recordedById), ...rows.flatMap((r) => (r.endedById ? [r.endedById] : []))]);
    const links = rows.map(({ proxyUser, recordedById, endedById, ...r }) => ({
      ...r,
      name: proxyUser.name,
      email: proxyUser.email,
      recordedBy: names.get(recordedById) ?? "Unknown",
      /** The person nominated them themselves. */
      nominatedByPatient: r.recordedByRole === "PATIENT",
      endedBy: endedById ? (names.get(endedById) ?? "Unknown") : null,
    }));
    return { result: { patient, open: links.filter((l) => !l.endedAt), ended: links.filter((l) => l.endedAt) } };
  },
});

async function namesOf(tx: Prisma.TransactionClient, ids: string[]): Promise<Map<string, string>> {
  const users = await tx.user.findMany({ where: { id: { in: [...new Set(ids)] } }, select: { id: true, name: true } });
  return new Map(users.map((u) => [u.id, u.name]));
}

export type ProxyLinks = Awaited<ReturnType<typeof listProxyLinks>>;
