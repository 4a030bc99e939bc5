import "server-only";
import { auditActions } from "@/lib/domain/audit-actions";
import { patientIdInput } from "@/lib/domain/inputs";
import { defineUseCase } from "../use-case";
import { stateOf } from "./drafts";
import { patientOrNotFound } from "./load";

/**
 * The authoring pages address a plan by its patient: the patient's draft (null when nobody has
 * one open) and the plan's status, with the patient's name, for the task list, section and
 * check-your-answers pages: the one audited read each of those pages makes.
 */
export const getPatientDraft = defineUseCase({
  audit: auditActions.draftViewed,
  permission: "plan.edit",
  input: patientIdInput,
  target: (input) => ({ patientId: input.patientId }),
  async run({ tx, input }) {
    const { givenName, familyName } = await patientOrNotFound(tx, input.patientId);
    const plan = await tx.carePlan.findUnique({ where: { patientId: input.patientId } });
    const result = plan && plan.draftContent !== null && plan.status !== "CANCELLED" ? { ...stateOf(plan), patient: { givenName, familyName } } : null;
    return { result, audit: { patientId: input.patientId, planId: plan?.id ?? null, version: plan?.publishedVersion ?? null } };
  },
});
