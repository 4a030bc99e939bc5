"use server";

import type { ActionResult, FormValues } from "@/lib/action-result";
import type { RestoreSharingInput, WithdrawSharingInput } from "@/lib/domain/consent";
import { runAction } from "@/lib/server/action";
import { restoreSharing } from "@/lib/server/consent/restore-sharing";
import { withdrawSharing } from "@/lib/server/consent/withdraw-sharing";

/** The person (or an author of their care team, recording what they said) stops sharing the plan. */
export async function withdrawSharingAction(input: FormValues<WithdrawSharingInput>): Promise<ActionResult<{ withdrawnAt: Date; changed: boolean }>> {
  return runAction((caller) => withdrawSharing.fromUntrusted(caller, input));
}

/** The person agrees to share the plan again. */
export async function restoreSharingAction(input: FormValues<RestoreSharingInput>): Promise<ActionResult<{ changed: boolean }>> {
  return runAction((caller) => restoreSharing.fromUntrusted(caller, input));
}
