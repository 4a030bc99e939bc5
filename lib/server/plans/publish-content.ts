import "server-only";
import { db } from "@/lib/db";
import type { z } from "zod";
import type { saveDraftInput } from "@/lib/domain/plan/inputs";
import type { Caller } from "../actor";
import { AppError } from "../errors";
import { saveDraft } from "./drafts";
import { publishPlan } from "./publish";

/**
 * Saves `content` (form values) as the plan's draft and publishes that revision, through the same
 * two use cases a person uses (save, then publish what was saved). For the demo seed, the bench
 * and tests, which start from content rather than from a person checking a draft. The summary of
 * changes is the one given, else the content's own, else "Updated" for a revision.
 */
export async function publishContent(
  caller: Caller,
  input: { planId: string; baseVersion: number; content: z.input<typeof saveDraftInput>["draft"]; changeSummary?: string },
): Promise<{ planId: string; version: number }> {
  const own = (input.content as { planDetails?: { changeSummary?: unknown } } | null)?.planDetails?.changeSummary;
  const changeSummary = input.changeSummary || (typeof own === "string" && own.trim()) || (input.baseVersion > 0 ? "Updated" : "");
  const plan = await db().carePlan.findUniqueOrThrow({ where: { id: input.planId } });
  const saved = await saveDraft(caller, { planId: input.planId, draftRevision: plan.draftRevision, draft: input.content });
  const outcome = await publishPlan(caller, { planId: input.planId, baseVersion: input.baseVersion, draftRevision: saved.draftRevision, changeSummary });
  if (outcome.status !== "published") throw new AppError("CONFLICT", "Someone else published a new version while you were working on it");
  return { planId: outcome.planId, version: outcome.version };
}
