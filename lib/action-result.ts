/**
 * What a server action returns to a client form: the result, or why not, so the form keeps
 * what was typed and shows the messages (throwing would lose the form's state).
 */
type ActionFailureCode =
  "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND" | "INVALID" | "CONFLICT" | "THROTTLED" | "REASON_REQUIRED" | "SHARING_WITHDRAWN" | "ERROR";

export type ActionResult<R> = { ok: true; result: R } | { ok: false; code: ActionFailureCode; message: string; fieldErrors: Record<string, string> };

/**
 * What a form sends for a use case's input (`z.input` of its schema): the same fields, each choice
 * as the text its input holds, "" until one is made. The schema refuses a choice not made, with its message.
 */
export type FormValues<T> = T extends string ? string : T extends readonly unknown[] ? T : T extends object ? { [K in keyof T]: FormValues<T[K]> } : T;
