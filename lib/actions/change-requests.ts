"use server";

import type { ActionResult, FormValues } from "@/lib/action-result";
import type { ChangeRequestInput } from "@/lib/domain/change-request";
import { runAction } from "@/lib/server/action";
import { requestChange } from "@/lib/server/plans/request-change";

/** A person asks for a change to their own plan. */
export async function requestChangeAction(input: FormValues<ChangeRequestInput>): Promise<ActionResult<{ id: string }>> {
  return runAction((caller) => requestChange.fromUntrusted(caller, input));
}
