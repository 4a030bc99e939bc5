import "server-only";
import { notFound, redirect } from "next/navigation";
import type { Caller } from "./actor";
import { isAppError, isReasonRequired } from "./errors";
import { currentCaller } from "./session";

/** The caller of a page that needs someone signed in; others go to sign in and come back. */
export async function signedInCaller(returnTo: string): Promise<Caller & { actor: NonNullable<Caller["actor"]> }> {
  const caller = await currentCaller();
  if (!caller.actor) redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  return caller as Caller & { actor: NonNullable<Caller["actor"]> };
}

/** The break-glass form for a patient, coming back to `returnTo` once a reason is given. */
export function reasonPagePath(patientId: string, returnTo: string): string {
  return `/patients/${patientId}/reason?returnTo=${encodeURIComponent(returnTo)}`;
}

/**
 * Runs a use case for a page. Refusals become "not found" (so a record's existence never
 * leaks), a patient outside the care team goes to the break-glass form and comes back, and a
 * lapsed session goes to sign in; anything else is a real error.
 */
export async function forPage<R>(work: () => Promise<R>, returnTo: string): Promise<R> {
  try {
    return await work();
  } catch (e) {
    if (isReasonRequired(e)) redirect(reasonPagePath(e.patientId, returnTo));
    if (isAppError(e) && (e.code === "NOT_FOUND" || e.code === "FORBIDDEN")) notFound();
    if (isAppError(e) && e.code === "UNAUTHENTICATED") redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
    throw e;
  }
}
