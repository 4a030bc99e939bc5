import "server-only";
import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import type { Caller } from "./actor";
import { organisationUnavailablePath } from "./auth/organisation-block";
import { answerForPage, signInPath } from "./error-mapping";
import { currentCaller } from "./session";

/**
 * The caller of a page that needs someone signed in; others go to sign in and come back. Staff
 * whose organisation is suspended or has no sharing agreement go to the page that says so.
 */
export async function signedInCaller(returnTo: string): Promise<Caller & { actor: NonNullable<Caller["actor"]> }> {
  const caller = await currentCaller();
  if (!caller.actor && caller.organisationBlock) redirect(await organisationUnavailablePath(caller.organisationBlock));
  if (!caller.actor) redirect(signInPath(returnTo));
  return caller as Caller & { actor: NonNullable<Caller["actor"]> };
}

/** Field errors a page shows as questions to the person (e.g. its form's fields), by field name. */
interface PageOptions {
  asks?: readonly string[];
}

/** Runs a use case for a page, its refusals answered as a page answers them (error-mapping.ts). */
export async function forPage<R>(work: () => Promise<R>, returnTo: string, options: PageOptions = {}): Promise<R> {
  try {
    return await work();
  } catch (e) {
    answerForPage(e, returnTo, options.asks);
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
  queryVersion: z
    .preprocess(
      (v) => (Array.isArray(v) ? v[0] : v),
      z.coerce
        .number()
        .int()
        .min(1)
        .max(2 ** 31 - 1)
        .optional(),
    )
    .catch(undefined),
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
