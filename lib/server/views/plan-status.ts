import "server-only";
import { z } from "zod";
import { defineUseCase } from "../use-case";

/**
 * Whether a patient has a plan, and its status, without any of its content: what the patient
 * page shows someone outside the care team before they say why they need the plan.
 */
export const getPlanStatus = defineUseCase({
  name: "plan.statusViewed",
  action: "patient.view",
  input: z.object({ patientId: z.uuid() }),
  target: (input) => ({ patientId: input.patientId }),
  async run({ tx, input }) {
    const plan = await tx.carePlan.findUnique({ where: { patientId: input.patientId }, select: { id: true, status: true, publishedVersion: true, draftContent: true } });
    const result = plan ? { status: plan.status, publishedVersion: plan.publishedVersion, hasDraft: plan.draftContent !== null } : null;
    return { result, audit: { version: plan?.publishedVersion ?? null } };
  },
});

export type PlanStatus = NonNullable<Awaited<ReturnType<typeof getPlanStatus>>>;
