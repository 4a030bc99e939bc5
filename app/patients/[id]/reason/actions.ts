"use server";

import { notFound, redirect } from "next/navigation";
import { accessReasonInput, breakGlassReturnPath } from "@/lib/domain/break-glass";
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
  const raw = String(formData.get("reasonText") ?? "").trim() || String(formData.get("reason") ?? "");
  const again = (error: "missing" | "invalid"): never => redirect(`${reasonPagePath(patientId, returnTo)}&error=${error}`);
  if (!raw.trim()) again("missing");
  const reason = accessReasonInput.safeParse(raw);
  if (!reason.success) again("invalid");
  const caller = await currentCaller();
  if (!caller.actor) redirect(`/signin?callbackUrl=${encodeURIComponent(reasonPagePath(patientId, returnTo))}`);
  try {
    await giveAccessReason({ ...caller, accessReason: reason.data }, { patientId });
  } catch (e) {
    if (isReasonRequired(e)) again("missing");
    if (isAppError(e) && ["NOT_FOUND", "FORBIDDEN", "INVALID"].includes(e.code)) notFound();
    throw e;
  }
  redirect(returnTo);
}
