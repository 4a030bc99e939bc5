import "server-only";
import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import type { Caller } from "./actor";
import { isAppError, isReasonRequired, type AppError } from "./errors";
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

/** Field errors a page shows as questions to the person (e.g. its form's fields), by field name. */
interface PageOptions {
  asks?: readonly string[];
}

function isQuestion(e: AppError, asks: readonly string[]): boolean {
  const fields = Object.keys(e.fieldErrors);
  return fields.length > 0 && fields.every((f) => asks.some((a) => f === a || f.startsWith(`${a}.`)));
}

/**
 * Runs a use case for a page. Refusals become "not found" (so a record's existence never
 * leaks), a patient outside the care team goes to the break-glass form and comes back, and a
 * lapsed session goes to sign in. Input the use case refuses is "not found" too (a malformed id
 * or version in the address names no page), unless every problem is with a field the page asks
 * for (`asks`): the page catches those and shows them.
 */
export async function forPage<R>(work: () => Promise<R>, returnTo: string, options: PageOptions = {}): Promise<R> {
  try {
    return await work();
  } catch (e) {
    if (isReasonRequired(e)) redirect(reasonPagePath(e.patientId, returnTo));
    if (isAppError(e) && (e.code === "NOT_FOUND" || e.code === "FORBIDDEN")) notFound();
    if (isAppError(e) && e.code === "UNAUTHENTICATED") redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
    if (isAppError(e) && e.code === "INVALID" && !isQuestion(e, options.asks ?? [])) notFound();
    throw e;
  }
}

/** A query parameter as one string: a repeated one (`?a=1&a=2`) gives its first value, never an array. */
const queryText = z.preprocess((v) => (Array.isArray(v) ? v[0] : v), z.string().optional()).catch(undefined);

/** What a page's address may carry, checked before use: the patient id is a UUID; query values are text. */
export const pageParams = {
  patient: z.object({ id: z.uuid() }),
  patientSection: z.object({ id: z.uuid(), section: z.string() }),
  queryText,
  /** A version number, or nothing when the address carries something else (ignored, not an error). */
  queryVersion: z.preprocess((v) => (Array.isArray(v) ? v[0] : v), z.coerce.number().int().min(1).max(2 ** 31 - 1).optional()).catch(undefined),
};

/**
 * A page's route or query parameters, parsed with its schema before any use. An address that
 * does not fit names no page: "page not found", never an error.
 */
export async function checkedParams<S extends z.ZodType>(params: Promise<unknown>, schema: S): Promise<z.output<S>> {
  const parsed = schema.safeParse(await params);
  if (!parsed.success) notFound();
  return parsed.data;
}
