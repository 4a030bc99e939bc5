import "server-only";
import { auditActions } from "@/lib/domain/audit-actions";
import { publishInput } from "@/lib/domain/plan/publish-input";
import { PLAN_SCHEMA_VERSION, draftSchema, planContentSchema, promotedFields, type PlanContent } from "@/lib/domain/plan";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "../actor";
import { AppError } from "../errors";
import { notifyPlanChanged } from "../events/plan-events";
import { defineUseCase, fieldErrorsFrom } from "../use-case";
import { isUniqueViolation, json, lockedPlanOrNotFound } from "./load";
import { keepDraftForConflict } from "./rebase";

type Tx = Prisma.TransactionClient;

const consentBases = { "explicit-consent": "EXPLICIT_CONSENT", lpa: "LASTING_POWER_OF_ATTORNEY", "best-interests": "BEST_INTERESTS" } as const;
const PUBLISHED_MEANWHILE = "Someone else published a new version while you were working on it";

export type PublishOutcome =
  | { status: "published"; planId: string; version: number }
  /** Someone published first; a draft on the version this person started from waits on the conflict page. */
  | { status: "kept"; planId: string };

/** The stored draft as publishable content, or INVALID with each problem at its plan path ("cpr.reasons"). */
function contentOf(draftContent: unknown, changeSummary: string): PlanContent {
  const draft = draftSchema.safeParse(draftContent ?? {});
  const values = draft.success ? { ...draft.data, planDetails: { ...draft.data.planDetails, changeSummary } } : draftContent;
  const parsed = planContentSchema.safeParse(values);
  if (parsed.success) return parsed.data;
  throw new AppError("INVALID", "The plan is not ready to publish", fieldErrorsFrom(parsed.error));
}

async function recordConsent(tx: Tx, actor: Actor, patientId: string, content: PlanContent) {
  const basis = content.planDetails.consentBasis ? consentBases[content.planDetails.consentBasis as keyof typeof consentBases] : null;
  if (!basis) return;
  const current = await tx.consent.findFirst({ where: { patientId, withdrawnAt: null }, orderBy: { recordedAt: "desc" } });
  if (current?.basis !== basis) await tx.consent.create({ data: { patientId, basis, recordedById: actor.userId } });
}

/**
 * Publishes the server's stored draft as a new immutable version, in one transaction with the
 * plan row locked: only if the plan is still at `baseVersion`, the draft still at the revision
 * the person checked, and the plan not cancelled. What is published is what was checked, never
 * what the browser sends. Of any number of writers publishing from the same base exactly one
 * wins; for the others the draft on their base is kept for the conflict page ("kept").
 */
export const publishPlan = defineUseCase({
  audit: auditActions.planPublished,
  permission: "plan.edit",
  input: publishInput,
  target: (input) => ({ planId: input.planId }),
  async run({ tx, actor, input }): Promise<{ result: PublishOutcome; audit: object }> {
    const plan = await lockedPlanOrNotFound(tx, input.planId);
    const audit = { patientId: plan.patientId, planId: plan.id };
    if (plan.status === "CANCELLED") throw new AppError("CONFLICT", "This plan has been cancelled");
    if (plan.publishedVersion !== input.baseVersion) {
      if (!(await keepDraftForConflict(tx, actor, plan, input))) throw new AppError("CONFLICT", PUBLISHED_MEANWHILE);
      return {
        result: { status: "kept", planId: plan.id },
        audit: { ...audit, version: plan.publishedVersion, detail: { outcome: "kept", baseVersion: input.baseVersion } },
      };
    }
    if (plan.draftContent === null) throw new AppError("CONFLICT", "There is no draft to publish. Start the update again");
    // A draft kept on an older version must be rebased first (the conflict page), or it would undo the newer one.
    if (plan.draftBaseVersion !== null && plan.draftBaseVersion !== plan.publishedVersion) {
      return {
        result: { status: "kept", planId: plan.id },
        audit: { ...audit, version: plan.publishedVersion, detail: { outcome: "kept", baseVersion: plan.draftBaseVersion } },
      };
    }
    if (plan.draftRevision !== input.draftRevision) {
      throw new AppError("CONFLICT", "The draft was changed after you opened this page. Reload the page to check the latest answers");
    }
    const content = contentOf(plan.draftContent, input.changeSummary);
    const version = input.baseVersion + 1;
    try {
      await tx.carePlanVersion.create({
        data: {
          planId: plan.id,
          version,
          schemaVersion: PLAN_SCHEMA_VERSION,
          content: json(content),
          ...promotedFields(content),
          authorId: actor.userId,
          authorRole: actor.role,
          organisationId: actor.organisationId,
          changeSummary: input.changeSummary || (version === 1 ? "First version" : "Updated"),
        },
      });
    } catch (e) {
      if (isUniqueViolation(e)) throw new AppError("CONFLICT", PUBLISHED_MEANWHILE);
      throw e;
    }
    const moved = await tx.carePlan.updateMany({
      where: { id: plan.id, publishedVersion: input.baseVersion, draftRevision: input.draftRevision, status: { not: "CANCELLED" } },
      data: {
        publishedVersion: version,
        status: "ACTIVE",
        draftContent: Prisma.DbNull,
        draftBaseVersion: null,
        draftRevision: { increment: 1 },
        reviewDate: content.planDetails.reviewDate ? new Date(content.planDetails.reviewDate) : null,
        ownerId: actor.userId,
        ownerOrganisationId: actor.organisationId,
      },
    });
    if (moved.count !== 1) throw new AppError("CONFLICT", PUBLISHED_MEANWHILE);
    await recordConsent(tx, actor, plan.patientId, content);
    await notifyPlanChanged(tx, { kind: "published", patientId: plan.patientId, planId: plan.id, version });
    return {
      result: { status: "published", planId: plan.id, version },
      audit: { ...audit, version, detail: { outcome: "published", changeSummary: input.changeSummary.slice(0, 200) } },
    };
  },
});
