import type { Prisma } from "@/lib/generated/prisma/client";
import { seesPlanWhileWithdrawn, withheldWhileWithdrawn, type Action, type Grant } from "@/lib/domain/policy";
import { authorRoles } from "@/lib/domain/roles";
import type { Actor } from "./actor";
import type { ResolvedTarget } from "./break-glass";
import { careOrganisationIds } from "./care-team";

/** Whether the person shares their plan, and whether this reader sees it now (lib/domain/policy.ts decides). */
export interface Sharing {
  /** Since when the person has withdrawn consent to share; null while shared. */
  withdrawnAt: Date | null;
  /** true: the plan's content is withheld from this reader. */
  hidden: boolean;
}

export const shared: Sharing = { withdrawnAt: null, hidden: false };

/**
 * The sharing rule for this request. Costs nothing while the plan is shared (the state came with
 * the target); while withdrawn, an author's care team is read to see whether they still see it.
 */
export async function sharingFor(tx: Prisma.TransactionClient, actor: Actor, grant: Grant, action: Action, target: ResolvedTarget): Promise<Sharing> {
  const withdrawnAt = target.sharingWithdrawnAt ?? null;
  if (!withdrawnAt) return shared;
  if (!withheldWhileWithdrawn.includes(action)) return { withdrawnAt, hidden: false };
  const careTeam = authorRoles.includes(actor.role) ? await careOrganisationIds(tx, target.patientId) : new Set<string>();
  return { withdrawnAt, hidden: !seesPlanWhileWithdrawn(actor, grant, careTeam) };
}
