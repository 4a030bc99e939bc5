import "server-only";
import { notFound } from "next/navigation";
import { z } from "zod";
import { grantFor } from "@/lib/domain/policy";
import type { Actor } from "../actor";

const query = z.object({ for: z.preprocess((v) => (Array.isArray(v) ? v[0] : v), z.uuid().optional()) });

/**
 * Whose record the person's own pages (/my-plan...) show: `?for=<id>` for someone the reader acts
 * for, else the reader's own. A malformed id names no page. Whether the reader may see it is the
 * policy's answer, in the use case the page calls (someone else's record: "not found", audited).
 */
export function ownPageSubject(actor: Actor, search: Record<string, string | string[] | undefined>): { patientId: string; actingFor: string | null } {
  const parsed = query.safeParse(search);
  // These pages are the person's own view: for "own" grants only (staff read the plan on the patient's record).
  if (!parsed.success || grantFor(actor.role, "plan.viewEmergency") !== "own") notFound();
  const wanted = parsed.data.for;
  if (wanted && wanted !== actor.patientId) return { patientId: wanted, actingFor: wanted };
  if (!actor.patientId) notFound();
  return { patientId: actor.patientId, actingFor: null };
}
