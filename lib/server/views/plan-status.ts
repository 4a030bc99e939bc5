import "server-only";
import { auditActions } from "@/lib/domain/audit-actions";
import { patientIdInput } from "@/lib/domain/inputs";
import { defineUseCase } from "../use-case";

/**
 * Whether a patient has a plan, and its status, without any of its content: what the patient
 * page shows someone outside the care team before they say why they need the plan.
 */
export const getPlanStatus = defineUseCase({
  audit: auditActions.planStatusViewed,
  permission: "patient.view",
  input: patientIdInput,
  target: (input) => ({ patientId: input.patientId }),
  async run({ tx, input }) {
    const plan = await tx.carePlan.findUnique({
      where: { patientId: input.patientId },
      select: { id: true, status: true, publishedVersion: true, draftContent: true },
    });
    const result = plan ? { status: plan.status, publishedVersion: plan.publishedVersion, hasDraft: plan.draftContent !== null } : null;
    return { result, audit: { version: plan?.publishedVersion ?? null } };
  },
});

export type PlanStatus = NonNullable<Awaited<ReturnType<typeof getPlanStatus>>>;
