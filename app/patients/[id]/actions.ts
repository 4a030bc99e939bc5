"use server";

import { redirect } from "next/navigation";
import { isAppError } from "@/lib/server/errors";
import { currentCaller } from "@/lib/server/session";
import { openDraft } from "@/lib/server/plans/drafts";

/**
 * "Create care plan" / "Update care plan": opens (or resumes) the draft, then the task list.
 * A plan cancelled meanwhile (CONFLICT) goes back to the patient's page, which says so.
 */
export async function openPlanAction(formData: FormData): Promise<void> {
  const patientId = String(formData.get("patientId") ?? "");
  let target: string;
  try {
    const draft = await openDraft(await currentCaller(), { patientId });
    target = `/patients/${draft.patientId}/plan`;
  } catch (e) {
    if (!isAppError(e) || e.code !== "CONFLICT") throw e;
    target = `/patients/${encodeURIComponent(patientId)}`;
  }
  redirect(target);
}
