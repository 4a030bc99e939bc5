"use server";

import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import { isAppError } from "@/lib/server/errors";
import { forPage } from "@/lib/server/page";
import { rebaseDraft } from "@/lib/server/plans/rebase";
import { currentCaller } from "@/lib/server/session";

/** "Keep my changes and update": rebase the draft on the current version, then check answers. */
export async function rebaseAction(formData: FormData): Promise<void> {
  // The patient id only builds the next address: it must be an id, never text of the sender's choosing.
  const patient = z.uuid().safeParse(formData.get("patientId"));
  if (!patient.success) notFound();
  const patientId = patient.data;
  const planId = String(formData.get("planId") ?? "");
  const draftRevision = Number(formData.get("draftRevision"));
  let target: string;
  try {
    const { bothChanged } = await forPage(async () => rebaseDraft(await currentCaller(), { planId, draftRevision }), `/patients/${patientId}/plan/conflict`);
    target = `/patients/${patientId}/plan/check${bothChanged.length ? `?check=${encodeURIComponent(bothChanged.join(","))}` : ""}`;
  } catch (e) {
    // forPage has sent refusals, malformed input and "reason required" on their way already.
    if (!isAppError(e) || e.code !== "CONFLICT") throw e;
    target = `/patients/${patientId}/plan/conflict?stale=1`;
  }
  redirect(target);
}
