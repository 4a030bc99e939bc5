import "server-only";
import { auditActions } from "@/lib/domain/audit-actions";
import { patientIdInput } from "@/lib/domain/inputs";
import { compareVersionsInput } from "@/lib/domain/plan/inputs";
import { diffPlans, type PlanContent } from "@/lib/domain/plan";
import { AppError } from "../errors";
import { patientRecordOrNotFound } from "../patients";
import { defineUseCase } from "../use-case";

const versionSummary = {
  version: true,
  publishedAt: true,
  changeSummary: true,
  authorRole: true,
  cprDecision: true,
  author: { select: { name: true } },
} as const;

/**
 * A patient's details and their plan: status, current version and its history (no content).
 * The patient's page, the version history and the cancel page each make this one audited read.
 */
export const getPlanHistory = defineUseCase({
  audit: auditActions.historyViewed,
  permission: "plan.viewHistory",
  input: patientIdInput,
  target: (input) => ({ patientId: input.patientId }),
  async run({ tx, input, requirePatient }) {
    requirePatient(input.patientId);
    const patient = await patientRecordOrNotFound(tx, input.patientId);
    const plan = await tx.carePlan.findUnique({
      where: { patientId: input.patientId },
      include: { versions: { select: versionSummary, orderBy: { version: "desc" } } },
    });
    return { result: { patient, plan }, audit: { patientId: input.patientId, planId: plan?.id ?? null, version: plan?.publishedVersion ?? null } };
  },
});

/** Two published versions compared field by field, in plain language. */
export const compareVersions = defineUseCase({
  audit: auditActions.versionsCompared,
  permission: "plan.viewHistory",
  input: compareVersionsInput,
  target: (input) => ({ patientId: input.patientId }),
  async run({ tx, input, requirePatient }) {
    requirePatient(input.patientId);
    const plan = await tx.carePlan.findUnique({ where: { patientId: input.patientId } });
    if (!plan) throw new AppError("NOT_FOUND");
    const versions = await tx.carePlanVersion.findMany({
      where: { planId: plan.id, version: { in: [input.from, input.to] } },
      select: { ...versionSummary, content: true },
    });
    const from = versions.find((v) => v.version === input.from);
    const to = versions.find((v) => v.version === input.to);
    if (!from || !to) throw new AppError("NOT_FOUND");
    const changes = diffPlans(from.content as PlanContent, to.content as PlanContent);
    const strip = ({ content: _content, ...rest }: typeof from) => rest;
    return {
      result: { planId: plan.id, patientId: plan.patientId, from: strip(from), to: strip(to), changes },
      audit: { patientId: plan.patientId, planId: plan.id, version: input.to, detail: { from: input.from, to: input.to } },
    };
  },
});
