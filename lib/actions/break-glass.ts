"use server";

import { notFound, redirect } from "next/navigation";
import { accessReasonFrom, breakGlassReturnPath, type ReasonErrorCode } from "@/lib/domain/break-glass";
import { isUuid } from "@/lib/domain/inputs";
import { reasonPagePath, signInPath } from "@/lib/server/error-mapping";
import { isAppError, isReasonRequired } from "@/lib/server/errors";
import { currentCaller } from "@/lib/server/session";
import { giveAccessReason } from "@/lib/server/give-access-reason";

/**
 * The break-glass form: records the reason (the grant), then back to the page the person wanted.
 * An empty form is decided by the break-glass rule like any request without a reason: REASON_REQUIRED
 * (audited as refused) brings the form back asking for one.
 */
export async function giveAccessReasonAction(formData: FormData): Promise<void> {
  const patientId = String(formData.get("patientId") ?? "");
  if (!isUuid(patientId)) notFound();
  const returnTo = breakGlassReturnPath(patientId, String(formData.get("returnTo") ?? ""));
  const again = (error: ReasonErrorCode): never => redirect(`${reasonPagePath(patientId, returnTo)}&error=${error}`);
  const given = accessReasonFrom({ reason: String(formData.get("reason") ?? ""), reasonText: String(formData.get("reasonText") ?? "") });
  // No reason at all is for the break-glass rule to decide (REASON_REQUIRED), as for any request without one.
  if ("error" in given && given.error !== "missing") return again(given.error);
  const caller = await currentCaller();
  if (!caller.actor) redirect(signInPath(reasonPagePath(patientId, returnTo)));
  try {
    await giveAccessReason({ ...caller, accessReason: "reason" in given ? given.reason : null }, { patientId });
  } catch (e) {
    if (isReasonRequired(e)) again("missing");
    if (isAppError(e) && ["NOT_FOUND", "FORBIDDEN", "INVALID"].includes(e.code)) notFound();
    throw e;
  }
  redirect(returnTo);
}
