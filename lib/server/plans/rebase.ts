import "server-only";
import { auditActions } from "@/lib/domain/audit-actions";
import { patientIdInput } from "@/lib/domain/inputs";
import { rebaseDraftInput } from "@/lib/domain/plan/inputs";
import { diffPlans, draftSchema, planContentSchema, type PlanChange, type PlanContent } from "@/lib/domain/plan";
import { lenientContent } from "@/lib/domain/plan/lenient";
import { mergeFormValues } from "@/lib/domain/plan/merge";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "../actor";
import { AppError } from "../errors";
import { defineUseCase } from "../use-case";
import { json, patientOrNotFound, planOrNotFound } from "./load";
import { versionValues } from "./save-section";

type Tx = Prisma.TransactionClient;
type PlanRow = Awaited<ReturnType<typeof planOrNotFound>>;

/**
 * Inside a publish refused because someone else published first (the plan row is locked): makes
 * sure a draft based on the version this person started from is on the server, for the conflict
 * page. Either it is there already (a section save made after the other publish was kept on the
 * old version), or the other publish took the very revision this person checked, so what they
 * checked is that version's content and is kept as a draft on their base. Anything else (another
 * update has started since) is never overwritten. The write is guarded on the revision it read.
 */
export async function keepDraftForConflict(tx: Tx, actor: Actor, plan: PlanRow, checked: { baseVersion: number; draftRevision: number }): Promise<boolean> {
  if (plan.status === "CANCELLED" || plan.publishedVersion === checked.baseVersion) return false;
  if (plan.draftContent !== null) return plan.draftBaseVersion === checked.baseVersion;
  const tookMyRevision = plan.draftRevision === checked.draftRevision + 1 && plan.publishedVersion === checked.baseVersion + 1;
  if (!tookMyRevision) return false;
  const mine = await versionValues(tx, plan.id, plan.publishedVersion);
  const kept = await tx.carePlan.updateMany({
    where: {
      id: plan.id,
      draftRevision: plan.draftRevision,
      publishedVersion: plan.publishedVersion,
      draftContent: { equals: Prisma.DbNull },
      status: { not: "CANCELLED" },
    },
    data: {
      draftContent: json(mine),
      draftBaseVersion: checked.baseVersion,
      draftRevision: { increment: 1 },
      draftUpdatedAt: new Date(),
      draftUpdatedById: actor.userId,
    },
  });
  return kept.count === 1;
}

interface PlanConflict {
  planId: string;
  baseVersion: number;
  publishedVersion: number;
  draftRevision: number;
  /** base -> published: what the other person published. */
  theirChanges: PlanChange[];
  /** base -> draft: what this person changed. */
  myChanges: PlanChange[];
}

/** The patient's draft that is based on an older version than the current one, or null. */
export const getPlanConflict = defineUseCase({
  audit: auditActions.conflictViewed,
  permission: "plan.edit",
  input: patientIdInput,
  target: (input) => ({ patientId: input.patientId }),
  async run({ tx, input }): Promise<{ result: PlanConflict | null; audit: object }> {
    await patientOrNotFound(tx, input.patientId);
    const plan = await tx.carePlan.findUnique({ where: { patientId: input.patientId } });
    const base = plan?.draftBaseVersion ?? null;
    if (!plan || plan.draftContent === null || base === null || base === plan.publishedVersion) {
      return { result: null, audit: { patientId: input.patientId, planId: plan?.id ?? null } };
    }
    const baseContent = lenientContent(await versionValues(tx, plan.id, base));
    const theirs = lenientContent(await versionValues(tx, plan.id, plan.publishedVersion));
    const draft = draftSchema.parse(plan.draftContent);
    const parsed = planContentSchema.safeParse(draft);
    const mine: PlanContent = parsed.success ? parsed.data : lenientContent(draft);
    const result = {
      planId: plan.id,
      baseVersion: base,
      publishedVersion: plan.publishedVersion,
      draftRevision: plan.draftRevision,
      theirChanges: diffPlans(baseContent, theirs),
      myChanges: diffPlans(baseContent, mine),
    };
    return { result, audit: { patientId: plan.patientId, planId: plan.id, version: plan.publishedVersion, detail: { baseVersion: base } } };
  },
});

/**
 * "Keep my changes and update": moves the draft onto the current version, keeping this person's
 * answers where they changed them and the other person's everywhere else.
 */
export const rebaseDraft = defineUseCase({
  audit: auditActions.draftRebased,
  permission: "plan.edit",
  input: rebaseDraftInput,
  target: (input) => ({ planId: input.planId }),
  async run({ tx, actor, input }) {
    const plan = await planOrNotFound(tx, input.planId);
    if (plan.draftContent === null || plan.status === "CANCELLED") throw new AppError("CONFLICT", "There is no draft to update");
    if (plan.draftRevision !== input.draftRevision) throw new AppError("CONFLICT", "Someone else changed this draft while you were looking at it");
    const baseVersion = plan.draftBaseVersion ?? plan.publishedVersion;
    const base = await versionValues(tx, plan.id, baseVersion);
    const theirs = await versionValues(tx, plan.id, plan.publishedVersion);
    const { merged, bothChanged } = mergeFormValues<unknown>(base, theirs, draftSchema.parse(plan.draftContent));
    const moved = await tx.carePlan.updateMany({
      where: { id: plan.id, draftRevision: input.draftRevision, status: { not: "CANCELLED" } },
      data: {
        draftContent: json(draftSchema.parse(merged)),
        draftBaseVersion: plan.publishedVersion,
        draftRevision: { increment: 1 },
        draftUpdatedAt: new Date(),
        draftUpdatedById: actor.userId,
      },
    });
    if (moved.count !== 1) throw new AppError("CONFLICT", "Someone else changed this draft while you were looking at it");
    return {
      result: { bothChanged, baseVersion: plan.publishedVersion },
      audit: { patientId: plan.patientId, planId: plan.id, version: plan.publishedVersion, detail: { fromVersion: baseVersion, bothChanged } },
    };
  },
});
