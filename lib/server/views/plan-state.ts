import "server-only";
import { planStateToken } from "@/lib/domain/plan";
import type { Prisma } from "@/lib/generated/prisma/client";

/** What an open view compares to know it is current (see lib/domain/plan/state-token.ts). */
export interface PlanStateRow {
  dateOfDeath: Date | null;
  /** Consent to share withdrawn since then (null: shared): open views must change when it does. */
  sharingWithdrawnAt: Date | null;
  plan: { status: string; publishedVersion: number; cancelledAt: Date | null; versions: { publishedAt: Date }[] } | null;
}

/** The select that gives a PlanStateRow: the latest version's publish time, not the row's updatedAt (draft saves move that). */
const planStateSelect = {
  dateOfDeath: true,
  sharingWithdrawnAt: true,
  plan: {
    select: { status: true, publishedVersion: true, cancelledAt: true, versions: { orderBy: { version: "desc" }, take: 1, select: { publishedAt: true } } },
  },
} satisfies Prisma.PatientSelect;

export function stateTokenOf(row: PlanStateRow): string {
  const plan = row.plan;
  return planStateToken({
    version: plan?.publishedVersion ?? 0,
    status: plan?.status ?? "NONE",
    dateOfDeath: row.dateOfDeath,
    changedAt: plan?.cancelledAt ?? plan?.versions[0]?.publishedAt ?? null,
    sharingWithdrawnAt: row.sharingWithdrawnAt,
  });
}

/** The same, with the patient's and plan's ids: what a live stream's read of the state needs. */
export const planStateWithIdsSelect = {
  id: true,
  ...planStateSelect,
  plan: { select: { id: true, ...planStateSelect.plan.select } },
} satisfies Prisma.PatientSelect;
