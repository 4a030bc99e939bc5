"use server";

import { redirect } from "next/navigation";
import { isReasonRequired } from "@/lib/server/errors";
import { reasonPagePath } from "@/lib/server/page";
import { currentCaller } from "@/lib/server/session";
import { openDraft } from "@/lib/server/plans/drafts";

/** "Create care plan" / "Update care plan": opens (or resumes) the draft, then the task list. */
export async function openPlanAction(formData: FormData): Promise<void> {
  const patientId = String(formData.get("patientId") ?? "");
  let target: string;
  try {
    target = `/patients/${(await openDraft(await currentCaller(), { patientId })).patientId}/plan`;
  } catch (e) {
    // Outside the care team: say why first, then back to the patient to update the plan.
    if (!isReasonRequired(e)) throw e;
    target = reasonPagePath(e.patientId, `/patients/${e.patientId}`);
  }
  redirect(target);
}
