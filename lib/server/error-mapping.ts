import "server-only";
import { notFound, redirect } from "next/navigation";
import type { ActionResult } from "@/lib/action-result";
import { roleLabels } from "@/lib/domain/roles";
import type { Caller } from "./actor";
import { AppError, isAppError, isReasonRequired, SharingWithdrawnError, type ErrorCode } from "./errors";
import { fhirError, unauthenticated } from "./fhir/responses";

/**
 * How each transport answers a use case's refusal (an AppError): a page, a server action's result,
 * a route handler's response, a FHIR OperationOutcome, the command line's exit code. One place,
 * so "reason required" (REASON_REQUIRED) or "not found" means the same everywhere.
 */

/** HTTP status of each code. REASON_REQUIRED is 403: refused until the request says why it needs the plan. */
export const errorStatus: Record<ErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  INVALID: 400,
  CONFLICT: 409,
  THROTTLED: 429,
  REASON_REQUIRED: 403,
  SHARING_WITHDRAWN: 403,
};

export function signInPath(returnTo: string): string {
  return `/signin?callbackUrl=${encodeURIComponent(returnTo)}`;
}

/** The break-glass form for a patient, coming back to `returnTo` once a reason is given. */
export function reasonPagePath(patientId: string, returnTo: string): string {
  return `/patients/${patientId}/reason?returnTo=${encodeURIComponent(returnTo)}`;
}

/** Every problem is with a field the page asks for (`asks`), so the page shows them. */
function isQuestion(e: AppError, asks: readonly string[]): boolean {
  const fields = Object.keys(e.fieldErrors);
  return fields.length > 0 && fields.every((f) => asks.some((a) => f === a || f.startsWith(`${a}.`)));
}

/**
 * A page: refusals are "not found" (so a record's existence never leaks), reason required goes to
 * the break-glass form and comes back, a lapsed session goes to sign in. Input the use case refuses
 * is "not found" too (a malformed id in the address names no page), unless every problem is with
 * a field the page asks for: that error, like CONFLICT and THROTTLED, is thrown on for the page to show.
 */
export function answerForPage(e: unknown, returnTo: string, asks: readonly string[] = []): never {
  if (isReasonRequired(e)) redirect(reasonPagePath(e.patientId, returnTo));
  // A page of the plan's content (history, compare, editing) while it is not shared: the summary says so, never "no plan".
  if (e instanceof SharingWithdrawnError) redirect(`/patients/${e.patientId}/summary`);
  if (isAppError(e)) {
    if (e.code === "NOT_FOUND" || e.code === "FORBIDDEN") notFound();
    if (e.code === "UNAUTHENTICATED") redirect(signInPath(returnTo));
    if (e.code === "INVALID" && !isQuestion(e, asks)) notFound();
  }
  throw e;
}

/** A server action: the code, message and field errors for the form, which keeps what was typed. */
export function answerForAction(e: unknown): ActionResult<never> {
  if (isAppError(e)) return { ok: false, code: e.code, message: e.message, fieldErrors: e.fieldErrors };
  console.error("Server action failed", e);
  return { ok: false, code: "ERROR", message: "Sorry, there is a problem with the service. Your answers have not been lost: try again", fieldErrors: {} };
}

/** A route handler (CSV export, live-update stream): JSON with the message; FORBIDDEN is 404, as on a page. */
export function answerForRoute(e: AppError, headers: Record<string, string> = {}): Response {
  return Response.json({ error: e.message, fieldErrors: e.fieldErrors }, { status: e.code === "FORBIDDEN" ? 404 : errorStatus[e.code], headers });
}

const DEFAULT_FORBIDDEN = new AppError("FORBIDDEN").message;
const FHIR_NOT_FOUND = "No such resource, or it is not available to this client";

/** The FHIR API: an OperationOutcome with the HTTP status; `reasonRequired` tells a client how to give its reason. */
export function answerForFhir(e: unknown, caller: Caller | null, reasonRequired: string): Response {
  if (!isAppError(e)) {
    console.error("[fhir]", e instanceof Error ? e.message : e);
    return fhirError(500, "The server could not answer this request; it has been logged");
  }
  switch (e.code) {
    case "UNAUTHENTICATED":
      return unauthenticated(e.message);
    case "FORBIDDEN":
      // The default message says nothing to a system: name the role its client acts as.
      if (e.message !== DEFAULT_FORBIDDEN || !caller?.actor) return fhirError(403, e.message);
      return fhirError(403, `A client acting as ${roleLabels[caller.actor.role]} may not do this`);
    case "REASON_REQUIRED":
      return fhirError(403, reasonRequired);
    case "SHARING_WITHDRAWN":
      // Not 404 and not an empty answer: the plan must never look absent (decision 0080).
      return fhirError(403, e.message, {}, "suppressed");
    case "NOT_FOUND":
      return fhirError(404, FHIR_NOT_FOUND);
    case "INVALID":
      return fhirError(400, [e.message, ...Object.values(e.fieldErrors)].join(": "));
    // No read refuses with these today; answered as what they are rather than as a server error.
    case "CONFLICT":
      return fhirError(409, e.message);
    case "THROTTLED":
      return fhirError(429, e.message);
  }
}

/** The command line: the messages on stderr, exit code 1 (refused); anything else is not a refusal. */
export function answerForCli(e: unknown, err: (line: string) => void): number {
  if (!isAppError(e)) throw e;
  const fields = Object.values(e.fieldErrors);
  for (const line of fields.length ? fields : [e.message]) err(line);
  return 1;
}
