/**
 * What a server action returns to a client form: the result, or why not, so the form keeps
 * what was typed and shows the messages (throwing would lose the form's state).
 */
type ActionFailureCode = "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND" | "INVALID" | "CONFLICT" | "THROTTLED" | "REASON_REQUIRED" | "ERROR";

export type ActionResult<R> =
  | { ok: true; result: R }
  | { ok: false; code: ActionFailureCode; message: string; fieldErrors: Record<string, string> };
