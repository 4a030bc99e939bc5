import "server-only";
import { startOfDay } from "date-fns";
import { z } from "zod";
import { diffPlans, isVisibleField, viewForRole, viewGrantsFor, type PlanChange, type PlanContent, type ViewGrants } from "@/lib/domain/plan";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "../errors";
import { defineUseCase } from "../use-case";
import { stateTokenOf } from "./plan-state";

/**
 * A patient's current plan as this reader may see it (emergency summary, full plan, the
 * patient's own view): one read, one audit row with the version and the reason (break glass: the wrapper).
 */
export const getPlanView = defineUseCase({
  name: "plan.viewed",
  action: "plan.viewEmergency",
  input: z.object({
    patientId: z.uuid(),
    /** The version the reader had on screen: the view then says what changed since. */
    changedFrom: z.coerce.number().int().min(1).optional(),
  }),
  target: (input) => ({ patientId: input.patientId }),
  async run({ tx, actor, input }) {
    const patient = await tx.patient.findUnique({
      where: { id: input.patientId },
      include: { plan: { include: { versions: { orderBy: { version: "desc" }, take: 1, include: { author: { select: { name: true } } } } } } },
    });
    if (!patient) throw new AppError("NOT_FOUND");

    const plan = patient.plan;
    const current = plan?.versions[0];
    const grants = viewGrantsFor(actor, patient.id);
    const { plan: _plan, ...demographics } = patient;
    // Without an explicit version, compare with what this reader saw last time (from the audit trail).
    const lastSeen = input.changedFrom ?? (current ? await lastViewedVersion(tx, actor.userId, current.planId) : undefined);
    const changes = current && lastSeen && lastSeen < current.version ? await changesSince(tx, current, lastSeen, grants) : [];
    const result = {
      patient: demographics,
      plan:
        plan && current
          ? {
              id: plan.id,
              status: plan.status,
              version: current.version,
              publishedAt: current.publishedAt,
              author: current.author.name,
              authorRole: current.authorRole,
              reviewDate: plan.reviewDate,
              reviewOverdue: plan.status === "ACTIVE" && !!plan.reviewDate && plan.reviewDate < startOfDay(new Date()),
              cancelReason: plan.cancelReason,
              ...viewForRole(current.content as PlanContent, grants),
            }
          : null,
      hasDraftOnly: !!plan && !current,
      changes,
      changedSince: changes.length ? (lastSeen ?? null) : null,
      /** true: a new version arrived while the page was open; false: since the reader's last visit. */
      changedWhileOpen: input.changedFrom !== undefined,
      grants,
      /** What the page shows, as the live stream compares it (version, status, death, last change). */
      stateToken: stateTokenOf(patient),
    };
    return {
      result,
      audit: { patientId: patient.id, planId: plan?.id ?? null, version: current?.version ?? null, detail: { summaryOnly: grants.summaryOnly } },
    };
  },
});

async function lastViewedVersion(tx: Prisma.TransactionClient, userId: string, planId: string): Promise<number | undefined> {
  const last = await tx.auditEvent.findFirst({
    where: { actorId: userId, planId, action: "plan.viewed", outcome: "SUCCESS", version: { not: null } },
    orderBy: { id: "desc" },
    select: { version: true },
  });
  return last?.version ?? undefined;
}

async function changesSince(tx: Prisma.TransactionClient, current: { planId: string; content: unknown }, from: number, grants: ViewGrants): Promise<PlanChange[]> {
  const earlier = await tx.carePlanVersion.findUnique({ where: { planId_version: { planId: current.planId, version: from } }, select: { content: true } });
  if (!earlier) return [];
  return diffPlans(earlier.content as PlanContent, current.content as PlanContent).filter((c) => isVisibleField(c.field, grants));
}

export type PlanView = Awaited<ReturnType<typeof getPlanView>>;
