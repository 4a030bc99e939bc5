"use server";

import { redirect } from "next/navigation";
import { currentCaller } from "@/lib/server/session";
import { openDraft } from "@/lib/server/plans/drafts";

/** "Create care plan" / "Update care plan": opens (or resumes) the draft, then the task list. */
export async function openPlanAction(formData: FormData): Promise<void> {
  const patientId = String(formData.get("patientId") ?? "");
  const draft = await openDraft(await currentCaller(), { patientId });
  redirect(`/patients/${draft.patientId}/plan`);
}
