"use server";

import { notFound, redirect } from "next/navigation";
import { accessReasonInput, breakGlassReturnPath } from "@/lib/domain/break-glass";
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
  const typed = String(formData.get("reasonText") ?? "").trim() || String(formData.get("reason") ?? "");
  const again = (error: "missing" | "invalid"): never => redirect(`${reasonPagePath(patientId, returnTo)}&error=${error}`);
  const reason = typed.trim() ? accessReasonInput.safeParse(typed) : null;
  if (reason && !reason.success) again("invalid");
  const caller = await currentCaller();
  if (!caller.actor) redirect(signInPath(reasonPagePath(patientId, returnTo)));
  try {
    await giveAccessReason({ ...caller, accessReason: reason?.data ?? null }, { patientId });
  } catch (e) {
    if (isReasonRequired(e)) again("missing");
    if (isAppError(e) && ["NOT_FOUND", "FORBIDDEN", "INVALID"].includes(e.code)) notFound();
    throw e;
  }
  redirect(returnTo);
}
