import "server-only";
import { auditActions } from "@/lib/domain/audit-actions";
import { nominateCarerInput, recordProxyLinkInput } from "@/lib/domain/proxy-link";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/domain/roles";
import { AppError } from "../errors";
import { defineUseCase } from "../use-case";

type Tx = Prisma.TransactionClient;

/** The account someone signs in with, by email: a proxy account or a person's own (local or NHS login); never staff. */
async function proxyAccount(tx: Tx, email: string, patientId: string): Promise<{ id: string }> {
  const user = await tx.user.findFirst({
    where: { email: { equals: email, mode: "insensitive" } },
    select: { id: true, role: true, active: true, patientId: true },
  });
  const wrong = (message: string) => new AppError("INVALID", undefined, { email: message });
  if (!user || !user.active) throw wrong("No account has this email address: they need to sign in once with NHS login, or ask an administrator for an account");
  if (user.role !== "PROXY" && user.role !== "PATIENT")
    throw wrong("This is a staff account: they need an account of their own as a member of the public (NHS login)");
  if (user.patientId === patientId) throw wrong("This is the person's own account");
  return user;
}

interface NewLink {
  patientId: string;
  email: string;
  basis: "LASTING_POWER_OF_ATTORNEY" | "PARENT" | "NOMINATED_CARER";
  relationship: string;
  evidence: string | null;
}

async function createLink(tx: Tx, actor: { userId: string; role: Role }, link: NewLink) {
  const proxy = await proxyAccount(tx, link.email, link.patientId);
  const open = await tx.proxyLink.findFirst({ where: { patientId: link.patientId, proxyUserId: proxy.id, endedAt: null }, select: { id: true } });
  if (open) throw new AppError("INVALID", undefined, { email: "This person can already act for them" });
  const created = await tx.proxyLink.create({
    data: {
      patientId: link.patientId,
      proxyUserId: proxy.id,
      basis: link.basis,
      relationship: link.relationship,
      evidence: link.evidence,
      recordedById: actor.userId,
      recordedByRole: actor.role,
    },
    select: { id: true },
  });
  return {
    result: created,
    audit: { patientId: link.patientId, detail: { proxyLinkId: created.id, proxyUserId: proxy.id, basis: link.basis } },
  };
}

/**
 * An author records someone who may act for the person (lasting power of attorney, parent,
 * carer), with the evidence they saw; outside the care team only with a reason (break glass).
 * It takes effect at the proxy's next request.
 */
export const recordProxyLink = defineUseCase({
  audit: auditActions.proxyLinkRecorded,
  permission: "proxy.manage",
  input: recordProxyLinkInput,
  target: (input) => ({ patientId: input.patientId }),
  async run({ tx, actor, input }) {
    // The person's own nomination is nominateCarer (no evidence, no other basis).
    if (actor.patientId === input.patientId) throw new AppError("FORBIDDEN");
    return createLink(tx, actor, { ...input, evidence: input.evidence || null });
  },
});

/**
 * The person nominates a carer to see their plan, ask for changes and see who has looked. It
 * takes effect at once: the person is the data subject and may share their own record
 * (docs/decisions/0075). Only from their own record (the policy: a proxy cannot nominate).
 */
export const nominateCarer = defineUseCase({
  audit: auditActions.proxyLinkRecorded,
  permission: "proxy.manage",
  input: nominateCarerInput,
  target: (input) => ({ patientId: input.patientId }),
  async run({ tx, actor, input }) {
    if (actor.patientId !== input.patientId) throw new AppError("FORBIDDEN");
    return createLink(tx, actor, { ...input, basis: "NOMINATED_CARER", evidence: null });
  },
});
