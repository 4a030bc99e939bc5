"use server";

import { redirect } from "next/navigation";
import { isAppError, isReasonRequired } from "@/lib/server/errors";
import { reasonPagePath } from "@/lib/server/page";
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
    // Outside the care team: say why first, then back to the patient to update the plan.
    if (isReasonRequired(e)) target = reasonPagePath(e.patientId, `/patients/${e.patientId}`);
    else if (isAppError(e) && e.code === "CONFLICT") target = `/patients/${encodeURIComponent(patientId)}`;
    else throw e;
  }
  redirect(target);
}
