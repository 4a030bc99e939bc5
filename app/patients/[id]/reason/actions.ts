"use server";

import { notFound, redirect } from "next/navigation";
import { accessReasonFrom, breakGlassReturnPath, type ReasonErrorCode } from "@/lib/domain/break-glass";
import { isAppError, isReasonRequired } from "@/lib/server/errors";
import { reasonPagePath } from "@/lib/server/page";
import { currentCaller } from "@/lib/server/session";
import { giveAccessReason } from "@/lib/server/give-access-reason";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The break-glass form: records the reason (the grant), then back to the page the person wanted. */
export async function giveAccessReasonAction(formData: FormData): Promise<void> {
  const patientId = String(formData.get("patientId") ?? "");
  if (!UUID.test(patientId)) notFound();
  const returnTo = breakGlassReturnPath(patientId, String(formData.get("returnTo") ?? ""));
  const again = (error: ReasonErrorCode): never => redirect(`${reasonPagePath(patientId, returnTo)}&error=${error}`);
  const given = accessReasonFrom({ reason: String(formData.get("reason") ?? ""), reasonText: String(formData.get("reasonText") ?? "") });
  if ("error" in given) return again(given.error);
  const caller = await currentCaller();
  if (!caller.actor) redirect(`/signin?callbackUrl=${encodeURIComponent(reasonPagePath(patientId, returnTo))}`);
  try {
    await giveAccessReason({ ...caller, accessReason: given.reason }, { patientId });
  } catch (e) {
    if (isReasonRequired(e)) again("missing");
    if (isAppError(e) && ["NOT_FOUND", "FORBIDDEN", "INVALID"].includes(e.code)) notFound();
    throw e;
  }
  redirect(returnTo);
}
