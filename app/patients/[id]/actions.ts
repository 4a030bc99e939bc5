"use server";

import { redirect } from "next/navigation";
import { isAppError } from "@/lib/server/errors";
import { forPage } from "@/lib/server/page";
import { currentCaller } from "@/lib/server/session";
import { openDraft } from "@/lib/server/plans/drafts";

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
    const draft = await forPage(async () => openDraft(await currentCaller(), { patientId }), patientPage);
    target = `/patients/${draft.patientId}/plan`;
  } catch (e) {
    if (!isAppError(e) || e.code !== "CONFLICT") throw e;
    target = patientPage; // cancelled meanwhile: the patient's page says so
  }
  redirect(target);
}
