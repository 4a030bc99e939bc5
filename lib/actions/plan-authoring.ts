"use server";

import { notFound, redirect } from "next/navigation";
import type { ActionResult, FormValues } from "@/lib/action-result";
import { isUuid } from "@/lib/domain/inputs";
import type { SaveSectionInput } from "@/lib/domain/plan/inputs";
import type { PublishInput } from "@/lib/domain/plan/publish-input";
import type { CancelPlanInput } from "@/lib/domain/plan/lifecycle-input";
import { runAction } from "@/lib/server/action";
import { isAppError } from "@/lib/server/errors";
import { forPage } from "@/lib/server/page";
import { openDraft } from "@/lib/server/plans/drafts";
import { cancelPlan } from "@/lib/server/plans/lifecycle";
import { publishPlan, type PublishOutcome } from "@/lib/server/plans/publish";
import { rebaseDraft } from "@/lib/server/plans/rebase";
import { saveDraftSection, type SectionSaveOutcome } from "@/lib/server/plans/save-section";
import { currentCaller } from "@/lib/server/session";

// Server actions of the authoring pages: each runs one use case with what the form sent.

/**
 * "Create care plan" / "Update care plan": opens (or resumes) the draft, then the task list.
 * A plan cancelled meanwhile (CONFLICT) goes back to the patient's page, which says so.
 */
export async function openPlanAction(formData: FormData): Promise<void> {
  const patientId = String(formData.get("patientId") ?? "");
  const patientPage = `/patients/${encodeURIComponent(patientId)}`;
  let target: string;
  try {
    // A made-up or malformed patient is "page not found", like the page it was posted from;
    // outside the care team the person is asked why first, then comes back to the patient.
    const draft = await forPage(async () => openDraft.fromUntrusted(await currentCaller(), { patientId }), patientPage);
    target = `/patients/${draft.patientId}/plan`;
  } catch (e) {
    if (!isAppError(e) || e.code !== "CONFLICT") throw e;
    target = patientPage; // cancelled meanwhile: the patient's page says so
  }
  redirect(target);
}

/** Saves one section of the draft; the form keeps its answers whatever the outcome. */
export async function saveSectionAction(input: FormValues<SaveSectionInput>): Promise<ActionResult<SectionSaveOutcome>> {
  return runAction((caller) => saveDraftSection.fromUntrusted(caller, input));
}

/** Publishes the draft the person checked (the server's copy), or keeps it for the conflict page. */
export async function publishAction(input: FormValues<PublishInput>): Promise<ActionResult<PublishOutcome>> {
  return runAction((caller) => publishPlan.fromUntrusted(caller, input));
}

export async function cancelPlanAction(input: FormValues<CancelPlanInput>): Promise<ActionResult<{ planId: string }>> {
  return runAction((caller) => cancelPlan.fromUntrusted(caller, input));
}

/** "Keep my changes and update": rebase the draft on the current version, then check answers. */
export async function rebaseAction(formData: FormData): Promise<void> {
  // The patient id only builds the next address: it must be an id, never text of the sender's choosing.
  const patientId = formData.get("patientId");
  if (!isUuid(patientId)) notFound();
  const planId = String(formData.get("planId") ?? "");
  const draftRevision = Number(formData.get("draftRevision"));
  let target: string;
  try {
    const rebase = async () => rebaseDraft.fromUntrusted(await currentCaller(), { planId, draftRevision });
    const { bothChanged } = await forPage(rebase, `/patients/${patientId}/plan/conflict`);
    target = `/patients/${patientId}/plan/check${bothChanged.length ? `?check=${encodeURIComponent(bothChanged.join(","))}` : ""}`;
  } catch (e) {
    // forPage has sent refusals, malformed input and "reason required" on their way already.
    if (!isAppError(e) || e.code !== "CONFLICT") throw e;
    target = `/patients/${patientId}/plan/conflict?stale=1`;
  }
  redirect(target);
}
