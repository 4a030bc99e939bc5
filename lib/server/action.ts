import "server-only";
import type { z } from "zod";
import type { ActionResult } from "@/lib/action-result";
import type { Caller } from "./actor";
import { isAppError } from "./errors";
import { currentCaller } from "./session";
import { fieldErrorsFrom } from "./use-case";

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

/** The answer to input that is not even the shape an action takes (a hand-made call), before any use of it. */
export function invalidActionInput(error: z.ZodError): ActionResult<never> {
  return { ok: false, code: "INVALID", message: "There is a problem with what was entered", fieldErrors: fieldErrorsFrom(error) };
}
