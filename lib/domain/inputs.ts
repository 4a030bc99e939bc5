import { z } from "zod";

/**
 * The one rule for record ids (patients, plans, users, sessions, API clients): a UUID, as the
 * database makes them. Addresses, inputs and cookies are all checked with it.
 */
export const recordId = z.uuid();

export function isUuid(value: unknown): value is string {
  return recordId.safeParse(value).success;
}

/** A use case about one patient, named by id. */
export const patientIdInput = z.object({ patientId: recordId });
/** A use case about one plan, named by id. */
export const planIdInput = z.object({ planId: recordId });
/** A use case that takes nothing (a list of the actor's own work, an administrators' list). */
export const noInput = z.object({});
