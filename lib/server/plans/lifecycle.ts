import "server-only";
import { addDays } from "date-fns";
import { auditActions } from "@/lib/domain/audit-actions";
import { noInput } from "@/lib/domain/inputs";
import { londonDay } from "@/lib/domain/london-time";
import { cancelPlanInput, recordDeathInput } from "@/lib/domain/plan/lifecycle-input";
import { AppError } from "../errors";
import { notifyPlanChanged } from "../events/plan-events";
import { defineUseCase } from "../use-case";
import { planOrNotFound } from "./load";

/**
 * Cancels a plan (a reason is required); it stays readable, clearly marked. A publish that
 * crosses it either lands first (and is then cancelled) or finds the plan cancelled: never both.
 */
export const cancelPlan = defineUseCase({
  audit: auditActions.planCancelled,
  permission: "plan.edit",
  input: cancelPlanInput,
  target: (input) => ({ planId: input.planId }),
  async run({ tx, input }) {
    const plan = await planOrNotFound(tx, input.planId);
    // Guarded, so a cancel that crosses another cancel or a publish is decided by the database.
    const cancelled = await tx.carePlan.updateMany({
      where: { id: plan.id, status: { not: "CANCELLED" } },
      data: { status: "CANCELLED", cancelledAt: new Date(), cancelReason: input.reason },
    });
    if (cancelled.count !== 1) throw new AppError("CONFLICT", "This plan is already cancelled");
    await notifyPlanChanged(tx, { kind: "cancelled", patientId: plan.patientId, planId: plan.id, version: plan.publishedVersion });
    return { result: { planId: plan.id }, audit: { patientId: plan.patientId, planId: plan.id, version: plan.publishedVersion, reason: input.reason } };
  },
});

/** Records the date and place of death, and whether it was where the person wanted. */
export const recordDeath = defineUseCase({
  audit: auditActions.deathRecorded,
  permission: "plan.edit",
  input: recordDeathInput,
  target: (input) => ({ patientId: input.patientId }),
  async run({ tx, input }) {
    const patient = await tx.patient.findUnique({ where: { id: input.patientId }, include: { plan: true } });
    if (!patient) throw new AppError("NOT_FOUND");
    if (input.dateOfDeath < patient.dateOfBirth.toISOString().slice(0, 10)) {
      throw new AppError("INVALID", undefined, { dateOfDeath: "Date of death must be after the date of birth" });
    }
    await tx.patient.update({
      where: { id: patient.id },
      data: {
        dateOfDeath: new Date(input.dateOfDeath),
        placeOfDeath: input.placeOfDeath,
        diedAtPreferredPlace: input.diedAtPreferredPlace === "not-known" ? null : input.diedAtPreferredPlace === "yes",
      },
    });
    await notifyPlanChanged(tx, { kind: "death", patientId: patient.id, planId: patient.plan?.id ?? null, version: patient.plan?.publishedVersion ?? 0 });
    return {
      result: { patientId: patient.id },
      audit: { patientId: patient.id, planId: patient.plan?.id ?? null, version: patient.plan?.publishedVersion ?? null },
    };
  },
});

/** The author's (and their organisation's) active plans due for review within 30 days, overdue first. */
export const plansDueForReview = defineUseCase({
  audit: auditActions.reviewListViewed,
  permission: "plan.edit",
  input: noInput,
  async run({ tx, actor }) {
    // Review dates are calendar days (midnight UTC in the database); today is London's.
    const today = new Date(`${londonDay()}T00:00:00Z`);
    const plans = await tx.carePlan.findMany({
      where: {
        status: "ACTIVE",
        reviewDate: { lte: addDays(today, 30) },
        patient: { dateOfDeath: null },
        OR: [{ ownerId: actor.userId }, ...(actor.organisationId ? [{ ownerOrganisationId: actor.organisationId }] : [])],
      },
      select: { id: true, reviewDate: true, publishedVersion: true, patient: { select: { id: true, givenName: true, familyName: true, nhsNumber: true } } },
      orderBy: { reviewDate: "asc" },
      take: 200,
    });
    return { result: plans.map((p) => ({ ...p, overdue: !!p.reviewDate && p.reviewDate < today })) };
  },
});
