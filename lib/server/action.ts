import "server-only";
import type { ActionResult } from "@/lib/action-result";
import type { Caller } from "./actor";
import { isAppError } from "./errors";
import { currentCaller } from "./session";

/** Runs a use case for a server action, turning refusals into a typed result for the form. */
export async function runAction<R>(work: (caller: Caller) => Promise<R>): Promise<ActionResult<R>> {
  try {
    return { ok: true, result: await work(await currentCaller()) };
  } catch (e) {
    if (isAppError(e)) return { ok: false, code: e.code, message: e.message, fieldErrors: e.fieldErrors };
    console.error("Server action failed", e);
    return { ok: false, code: "ERROR", message: "Sorry, there is a problem with the service. Your answers have not been lost: try again", fieldErrors: {} };
  }
}
