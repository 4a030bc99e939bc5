import "server-only";
import type { ActionResult } from "@/lib/action-result";
import type { Caller } from "./actor";
import { answerForAction } from "./error-mapping";
import { currentCaller } from "./session";

/** Runs a use case for a server action, turning refusals into a typed result for the form. */
export async function runAction<R>(work: (caller: Caller) => Promise<R>): Promise<ActionResult<R>> {
  try {
    return { ok: true, result: await work(await currentCaller()) };
  } catch (e) {
    return answerForAction(e);
  }
}
