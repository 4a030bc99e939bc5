"use server";

import { z } from "zod";
import type { ActionResult } from "@/lib/action-result";
import type { PlanDraft } from "@/lib/domain/plan";
import { invalidActionInput, runAction } from "@/lib/server/action";
import { AppError } from "@/lib/server/errors";
import { getDraft } from "@/lib/server/plans/drafts";
import { publishPlan } from "@/lib/server/plans/publish";
import { keepDraftAfterConflict } from "@/lib/server/plans/rebase";

export interface PublishInput {
  planId: string;
  baseVersion: number;
  draftRevision: number;
  /** The draft as the person checked it on the page. */
  draft: PlanDraft;
  changeSummary: string;
}

// Checked before the summary and draft are read here; the use cases check the rest.
const publishInput = z.object({
  planId: z.string(),
  baseVersion: z.number(),
  draftRevision: z.number(),
  draft: z.custom<PlanDraft>((v) => typeof v === "object" && v !== null && !Array.isArray(v), "Invalid draft"),
  changeSummary: z.string(),
});

/**
 * Publishes the draft the person checked. If someone published first, their draft is kept on
 * the server (based on the version they started from) for the conflict page.
 */
export async function publishAction(raw: PublishInput): Promise<ActionResult<{ version: number }> & { kept?: boolean }> {
  const parsed = publishInput.safeParse(raw);
  if (!parsed.success) return invalidActionInput(parsed.error);
  const input = parsed.data;
  const summary = input.changeSummary.trim();
  const outcome = await runAction(async (caller) => {
    if (input.baseVersion > 0 && summary === "") throw new AppError("INVALID", undefined, { changeSummary: "Enter a summary of what changed in this version" });
    const current = await getDraft(caller, { planId: input.planId });
    if (current.publishedVersion === input.baseVersion && current.draftRevision !== input.draftRevision) {
      throw new AppError("CONFLICT", "The draft was changed after you opened this page. Reload the page to check the latest answers");
    }
    const content = { ...input.draft, planDetails: { ...input.draft.planDetails, changeSummary: summary } };
    return publishPlan(caller, { planId: input.planId, baseVersion: input.baseVersion, content, changeSummary: summary });
  });
  if (outcome.ok || outcome.code !== "CONFLICT") return outcome;
  const kept = await runAction((caller) => keepDraftAfterConflict(caller, { planId: input.planId, baseVersion: input.baseVersion, draftRevision: input.draftRevision, draft: input.draft }));
  return { ...outcome, kept: kept.ok && kept.result.kept };
}
