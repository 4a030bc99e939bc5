import "server-only";
import { z } from "zod";
import { plainText } from "@/lib/domain/text";
import { PLAN_SCHEMA_VERSION, planContentSchema, promotedFields } from "@/lib/domain/plan";
import { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "../errors";
import { notifyPlanChanged } from "../events/plan-events";
import { defineUseCase } from "../use-case";
import { isUniqueViolation, json, planOrNotFound } from "./load";

const consentBases = { "explicit-consent": "EXPLICIT_CONSENT", lpa: "LASTING_POWER_OF_ATTORNEY", "best-interests": "BEST_INTERESTS" } as const;

/**
 * Publishes a new immutable version, if the plan is still at `baseVersion`. Of any number
 * of writers publishing from the same base, exactly one wins (the (plan, version) unique
 * key and the guarded update both enforce it); the others get CONFLICT and keep their text.
 */
export const publishPlan = defineUseCase({
  name: "plan.published",
  action: "plan.edit",
  input: z.object({
    planId: z.uuid(),
    baseVersion: z.number().int().min(0),
    content: planContentSchema,
    changeSummary: plainText("Summary of changes", 1000).default(""),
  }),
  target: (input) => ({ planId: input.planId }),
  async run({ tx, actor, input }) {
    const plan = await planOrNotFound(tx, input.planId);
    if (plan.status === "CANCELLED") throw new AppError("CONFLICT", "This plan has been cancelled");
    if (plan.publishedVersion !== input.baseVersion) throw new AppError("CONFLICT", "Someone else published a new version while you were working on it");
    const version = input.baseVersion + 1;
    const content = input.content;
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
      if (isUniqueViolation(e)) throw new AppError("CONFLICT", "Someone else published a new version while you were working on it");
      throw e;
    }
    const moved = await tx.carePlan.updateMany({
      where: { id: plan.id, publishedVersion: input.baseVersion },
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
    if (moved.count !== 1) throw new AppError("CONFLICT", "Someone else published a new version while you were working on it");
    const basis = content.planDetails.consentBasis ? consentBases[content.planDetails.consentBasis as keyof typeof consentBases] : null;
    if (basis) {
      const current = await tx.consent.findFirst({ where: { patientId: plan.patientId, withdrawnAt: null }, orderBy: { recordedAt: "desc" } });
      if (current?.basis !== basis) await tx.consent.create({ data: { patientId: plan.patientId, basis, recordedById: actor.userId } });
    }
    await notifyPlanChanged(tx, { kind: "published", patientId: plan.patientId, planId: plan.id, version });
    return { result: { planId: plan.id, version }, audit: { patientId: plan.patientId, planId: plan.id, version, detail: { changeSummary: input.changeSummary.slice(0, 200) } } };
  },
});
