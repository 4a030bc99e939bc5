import "server-only";
import { auditActions } from "@/lib/domain/audit-actions";
import { patientIdInput, planIdInput } from "@/lib/domain/inputs";
import { saveDraftInput } from "@/lib/domain/plan/inputs";
import { draftSchema, emptyFormValues, toFormValues, type PlanContent, type PlanDraft } from "@/lib/domain/plan";
import { AppError } from "../errors";
import { defineUseCase } from "../use-case";
import { Prisma } from "@/lib/generated/prisma/client";
import { json, lockedPlanOfPatient, patientOrNotFound, planOrNotFound } from "./load";

interface DraftState {
  planId: string;
  patientId: string;
  draft: PlanDraft;
  /** The published version the draft started from (0: none yet). */
  baseVersion: number;
  /** Bumped by every save: a save must name the revision it was based on. */
  draftRevision: number;
  publishedVersion: number;
  updatedAt: Date | null;
}

export function stateOf(plan: {
  id: string;
  patientId: string;
  draftContent: unknown;
  draftBaseVersion: number | null;
  draftRevision: number;
  publishedVersion: number;
  draftUpdatedAt: Date | null;
}): DraftState {
  return {
    planId: plan.id,
    patientId: plan.patientId,
    draft: draftSchema.parse(plan.draftContent ?? {}),
    baseVersion: plan.draftBaseVersion ?? plan.publishedVersion,
    draftRevision: plan.draftRevision,
    publishedVersion: plan.publishedVersion,
    updatedAt: plan.draftUpdatedAt,
  };
}

/**
 * "Create care plan" / "Update care plan": the patient's draft, starting one when there is
 * none (empty for a new plan, a copy of the current version for a revision). Safe to click
 * twice at once: the plan is inserted only if absent (ON CONFLICT DO NOTHING), then its row is
 * locked, so of any number of simultaneous clicks exactly one starts the draft and the others
 * resume it.
 */
export const openDraft = defineUseCase({
  audit: auditActions.draftOpened,
  permission: "plan.edit",
  input: patientIdInput,
  target: (input) => ({ patientId: input.patientId }),
  async run({ tx, actor, input }) {
    await patientOrNotFound(tx, input.patientId);
    const now = new Date();
    const inserted = await tx.carePlan.createMany({
      data: [
        {
          patientId: input.patientId,
          draftContent: json(emptyFormValues()),
          draftBaseVersion: 0,
          draftUpdatedAt: now,
          draftUpdatedById: actor.userId,
          ownerId: actor.userId,
          ownerOrganisationId: actor.organisationId,
        },
      ],
      skipDuplicates: true,
    });
    let plan = await lockedPlanOfPatient(tx, input.patientId);
    if (!plan) throw new AppError("NOT_FOUND");
    if (plan.status === "CANCELLED") throw new AppError("CONFLICT", "This plan has been cancelled");
    let created = inserted.count === 1;
    if (plan.draftContent === null) {
      const current = await tx.carePlanVersion.findUnique({ where: { planId_version: { planId: plan.id, version: plan.publishedVersion } } });
      const values = current ? toFormValues(current.content as PlanContent) : emptyFormValues();
      const started = await tx.carePlan.updateMany({
        where: { id: plan.id, draftRevision: plan.draftRevision, draftContent: { equals: Prisma.DbNull }, status: { not: "CANCELLED" } },
        data: {
          draftContent: json(values),
          draftBaseVersion: plan.publishedVersion,
          draftRevision: { increment: 1 },
          draftUpdatedAt: now,
          draftUpdatedById: actor.userId,
        },
      });
      if (started.count !== 1) throw new AppError("CONFLICT", "Someone else started this update at the same moment. Try again");
      plan = await planOrNotFound(tx, plan.id);
      created = true;
    }
    return {
      result: stateOf(plan),
      audit: { patientId: plan.patientId, planId: plan.id, version: plan.publishedVersion, detail: { draftCreated: created } },
    };
  },
});

/** Saves the draft (all of it, or one section) if nobody saved since `draftRevision`. */
export const saveDraft = defineUseCase({
  audit: auditActions.draftSaved,
  permission: "plan.edit",
  input: saveDraftInput,
  target: (input) => ({ planId: input.planId }),
  async run({ tx, actor, input }) {
    const plan = await planOrNotFound(tx, input.planId);
    if (plan.status === "CANCELLED") throw new AppError("CONFLICT", "This plan has been cancelled");
    const updated = await tx.carePlan.updateMany({
      where: { id: plan.id, draftRevision: input.draftRevision, status: { not: "CANCELLED" } },
      data: {
        draftContent: json(input.draft),
        draftRevision: { increment: 1 },
        draftUpdatedAt: new Date(),
        draftUpdatedById: actor.userId,
        draftBaseVersion: plan.draftBaseVersion ?? plan.publishedVersion,
      },
    });
    if (updated.count !== 1) throw new AppError("CONFLICT", "Someone else saved this draft while you were working on it");
    const saved = await planOrNotFound(tx, plan.id);
    return {
      result: stateOf(saved),
      audit: { patientId: plan.patientId, planId: plan.id, version: plan.publishedVersion, detail: { draftRevision: saved.draftRevision } },
    };
  },
});

/** The current draft, for the editor and the conflict page. */
export const getDraft = defineUseCase({
  audit: auditActions.draftViewed,
  permission: "plan.edit",
  input: planIdInput,
  target: (input) => ({ planId: input.planId }),
  async run({ tx, input }) {
    const plan = await planOrNotFound(tx, input.planId);
    return { result: stateOf(plan), audit: { patientId: plan.patientId, planId: plan.id, version: plan.publishedVersion } };
  },
});
