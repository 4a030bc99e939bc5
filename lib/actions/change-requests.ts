"use server";

import type { ActionResult, FormValues } from "@/lib/action-result";
import type { AnswerChangeRequestInput, ChangeRequestInput } from "@/lib/domain/change-request";
import { runAction } from "@/lib/server/action";
import { answerChangeRequest } from "@/lib/server/plans/change-requests";
import { requestChange } from "@/lib/server/plans/request-change";

/** A person (or someone acting for them) asks for a change to their plan. */
export async function requestChangeAction(input: FormValues<ChangeRequestInput>): Promise<ActionResult<{ id: string }>> {
  return runAction((caller) => requestChange.fromUntrusted(caller, input));
}

/** An author marks a request done or declined, with a reply. */
export async function answerChangeRequestAction(input: FormValues<AnswerChangeRequestInput>): Promise<ActionResult<{ id: string }>> {
  return runAction((caller) => answerChangeRequest.fromUntrusted(caller, input));
}
