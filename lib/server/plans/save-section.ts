import "server-only";
import { z } from "zod";
import { auditActions } from "@/lib/domain/audit-actions";
import { saveSectionInput } from "@/lib/domain/plan/inputs";
import { draftSchema, emptyFormValues, sections, toFormValues, type PlanContent, type PlanFormValues } from "@/lib/domain/plan";
import { mergeFormValues } from "@/lib/domain/plan/merge";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "../errors";
import { defineUseCase } from "../use-case";
import { json, planOrNotFound } from "./load";

type Tx = Prisma.TransactionClient;

/** Form values of a published version (empty before the first one). */
export async function versionValues(tx: Tx, planId: string, version: number): Promise<PlanFormValues> {
  if (version === 0) return emptyFormValues();
  const row = await tx.carePlanVersion.findUnique({ where: { planId_version: { planId, version } } });
  if (!row) throw new AppError("NOT_FOUND");
  return toFormValues(row.content as PlanContent);
}

export type SectionSaveOutcome =
  | { status: "saved"; draftRevision: number }
  /** Someone else saved the draft meanwhile: their answers and these were combined. */
  | { status: "merged"; draftRevision: number; values: unknown; bothChanged: string[] }
  /** Someone published meanwhile: these answers are kept as a draft on the old version. */
  | { status: "published-meanwhile" };

/**
 * Saves one section of the draft. `loaded` is the section as the form loaded it, so a save that
 * crossed another person's save is merged answer by answer instead of overwriting theirs.
 */
export const saveDraftSection = defineUseCase({
  audit: auditActions.draftSaved,
  permission: "plan.edit",
  input: saveSectionInput,
  target: (input) => ({ planId: input.planId }),
  async run({ tx, actor, input }): Promise<{ result: SectionSaveOutcome; audit: object }> {
    const section = sections[input.section];
    const parsed = (section.draft as z.ZodType).safeParse(input.values);
    if (!parsed.success)
      throw new AppError("INVALID", undefined, Object.fromEntries(parsed.error.issues.map((i) => [["values", ...i.path].join("."), i.message])));
    const mine = parsed.data;
    const plan = await planOrNotFound(tx, input.planId);
    if (plan.status === "CANCELLED") throw new AppError("CONFLICT", "This plan has been cancelled");
    const audit = { patientId: plan.patientId, planId: plan.id, version: plan.publishedVersion, detail: { section: input.section } };
    const write = async (draft: unknown, baseVersion: number) => {
      const saved = await tx.carePlan.updateMany({
        where: { id: plan.id, draftRevision: plan.draftRevision, status: { not: "CANCELLED" } },
        data: {
          draftContent: json(draftSchema.parse(draft)),
          draftRevision: { increment: 1 },
          draftBaseVersion: baseVersion,
          draftUpdatedAt: new Date(),
          draftUpdatedById: actor.userId,
        },
      });
      if (saved.count !== 1) throw new AppError("CONFLICT", "Someone else saved this draft at the same moment. Save again");
      return plan.draftRevision + 1;
    };

    if (plan.draftContent === null) {
      if (plan.publishedVersion === input.baseVersion) throw new AppError("CONFLICT", "This plan has no draft open. Start the update again");
      const base = await versionValues(tx, plan.id, input.baseVersion);
      await write({ ...base, [input.section]: mine }, input.baseVersion);
      return { result: { status: "published-meanwhile" }, audit };
    }
    const draft = draftSchema.parse(plan.draftContent) as Record<string, unknown>;
    const draftBase = plan.draftBaseVersion ?? plan.publishedVersion;
    if (plan.draftRevision === input.draftRevision) {
      return { result: { status: "saved", draftRevision: await write({ ...draft, [input.section]: mine }, draftBase) }, audit };
    }
    if (draftBase !== input.baseVersion) throw new AppError("CONFLICT", "Someone else published a new version and started another update");
    const { merged, bothChanged } = mergeFormValues(input.loaded, draft[input.section], mine);
    const draftRevision = await write({ ...draft, [input.section]: merged }, draftBase);
    return { result: { status: "merged", draftRevision, values: merged, bothChanged }, audit: { ...audit, detail: { section: input.section, merged: true } } };
  },
});
