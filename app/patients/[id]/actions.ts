"use server";

import { redirect } from "next/navigation";
import { forPage } from "@/lib/server/page";
import { currentCaller } from "@/lib/server/session";
import { openDraft } from "@/lib/server/plans/drafts";

/** "Create care plan" / "Update care plan": opens (or resumes) the draft, then the task list. */
export async function openPlanAction(formData: FormData): Promise<void> {
  const patientId = String(formData.get("patientId") ?? "");
  // A made-up or malformed patient is "page not found", like the page it was posted from.
  const draft = await forPage(async () => openDraft(await currentCaller(), { patientId }), `/patients/${encodeURIComponent(patientId)}`);
  redirect(`/patients/${draft.patientId}/plan`);
}
