"use server";

import { redirect } from "next/navigation";
import { isAppError, isReasonRequired } from "@/lib/server/errors";
import { reasonPagePath } from "@/lib/server/page";
import { rebaseDraft } from "@/lib/server/plans/rebase";
import { currentCaller } from "@/lib/server/session";

/** "Keep my changes and update": rebase the draft on the current version, then check answers. */
export async function rebaseAction(formData: FormData): Promise<void> {
  const patientId = String(formData.get("patientId") ?? "");
  const planId = String(formData.get("planId") ?? "");
  const draftRevision = Number(formData.get("draftRevision"));
  let target: string;
  try {
    const { bothChanged } = await rebaseDraft(await currentCaller(), { planId, draftRevision });
    target = `/patients/${patientId}/plan/check${bothChanged.length ? `?check=${encodeURIComponent(bothChanged.join(","))}` : ""}`;
  } catch (e) {
    if (isReasonRequired(e)) target = reasonPagePath(e.patientId, `/patients/${e.patientId}/plan/conflict`);
    else if (!isAppError(e) || e.code !== "CONFLICT") throw e;
    else target = `/patients/${patientId}/plan/conflict?stale=1`;
  }
  redirect(target);
}
