import "server-only";
import { z } from "zod";
import { diffPlans, draftSchema, planContentSchema, type PlanChange, type PlanContent } from "@/lib/domain/plan";
import { lenientContent } from "@/lib/domain/plan/lenient";
import { mergeFormValues } from "@/lib/domain/plan/merge";
import { AppError } from "../errors";
import { defineUseCase } from "../use-case";
import { json, patientOrNotFound, planOrNotFound } from "./load";
import { versionValues } from "./save-section";

/**
 * After a publish refused because someone else published first: keeps this person's plan as the
 * draft, still based on the version they started from, so the conflict page can show both sets of
 * changes. Only when nobody has started another draft since (that one is never overwritten).
 */
export const keepDraftAfterConflict = defineUseCase({
  name: "plan.draftKept",
  action: "plan.edit",
  input: z.object({ planId: z.uuid(), baseVersion: z.number().int().min(0), draftRevision: z.number().int().min(0), draft: draftSchema }),
  target: (input) => ({ planId: input.planId }),
  async run({ tx, actor, input }) {
    const plan = await planOrNotFound(tx, input.planId);
    const stale = plan.publishedVersion !== input.baseVersion;
    const free = plan.draftContent === null || plan.draftRevision === input.draftRevision;
    const kept = stale && free && plan.status !== "CANCELLED";
    if (kept) {
      await tx.carePlan.update({
        where: { id: plan.id },
        data: { draftContent: json(input.draft), draftBaseVersion: input.baseVersion, draftRevision: { increment: 1 }, draftUpdatedAt: new Date(), draftUpdatedById: actor.userId },
      });
    }
    return { result: { kept }, audit: { patientId: plan.patientId, planId: plan.id, version: plan.publishedVersion, detail: { kept, baseVersion: input.baseVersion } } };
  },
});

export interface PlanConflict {
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
  name: "plan.conflictViewed",
  action: "plan.edit",
  input: z.object({ patientId: z.uuid() }),
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
  name: "plan.draftRebased",
  action: "plan.edit",
  input: z.object({ planId: z.uuid(), draftRevision: z.number().int().min(0) }),
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
      where: { id: plan.id, draftRevision: input.draftRevision },
      data: { draftContent: json(draftSchema.parse(merged)), draftBaseVersion: plan.publishedVersion, draftRevision: { increment: 1 }, draftUpdatedAt: new Date(), draftUpdatedById: actor.userId },
    });
    if (moved.count !== 1) throw new AppError("CONFLICT", "Someone else changed this draft while you were looking at it");
    return {
      result: { bothChanged, baseVersion: plan.publishedVersion },
      audit: { patientId: plan.patientId, planId: plan.id, version: plan.publishedVersion, detail: { fromVersion: baseVersion, bothChanged } },
    };
  },
});
