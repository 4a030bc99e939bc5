import "server-only";
import { auditActions } from "@/lib/domain/audit-actions";
import { londonDay } from "@/lib/domain/london-time";
import { planViewInput } from "@/lib/domain/plan/inputs";
import { diffPlans, isVisibleField, viewForRole, viewGrantsFor, type PlanChange, type PlanContent, type ViewGrants } from "@/lib/domain/plan";
import type { Patient, Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "../errors";
import { defineUseCase } from "../use-case";
import { stateTokenOf } from "./plan-state";
import { readPlanView } from "./read-plan-view";

/**
 * A patient's current plan as this reader may see it (emergency summary, full plan, the
 * patient's own view): one read, one audit row with the version and the reason (break glass: the wrapper).
 */
export const getPlanView = defineUseCase({
  audit: auditActions.planViewed,
  permission: "plan.viewEmergency",
  input: planViewInput,
  target: (input) => ({ patientId: input.patientId }),
  // Withdrawn consent is shown, never "no plan": the reader sees that it is not shared, and since when.
  whenWithdrawn: "shows",
  async run({ tx, actor, input, sharing }) {
    const row = await readPlanView(tx, input.patientId, actor.userId);
    if (!row) throw new AppError("NOT_FOUND");
    const { patient, plan, current } = row;
    const grants = viewGrantsFor(actor, patient.id);
    const stateToken = stateTokenOf(row.state);
    if (sharing.hidden) {
      // Nothing of the content leaves here; the read is still audited, saying it was withheld.
      const result = { ...emptyView(patient, grants, stateToken), sharingWithdrawnAt: sharing.withdrawnAt, withheld: true };
      return { result, audit: { patientId: patient.id, planId: plan?.id ?? null, version: null, detail: { sharingWithdrawn: true } } };
    }
    // Without an explicit version, compare with what this reader saw last time (from the audit trail).
    const lastSeen = input.changedFrom ?? (current ? (row.lastSeen ?? undefined) : undefined);
    const changes =
      plan && current && lastSeen && lastSeen < current.version ? await changesSince(tx, { planId: plan.id, content: current.content }, lastSeen, grants) : [];
    const result = {
      patient,
      plan:
        plan && current
          ? {
              id: plan.id,
              status: plan.status,
              version: current.version,
              publishedAt: current.publishedAt,
              author: current.author,
              authorRole: current.authorRole,
              reviewDate: plan.reviewDate,
              reviewOverdue: plan.status === "ACTIVE" && !!plan.reviewDate && plan.reviewDate.toISOString().slice(0, 10) < londonDay(),
              cancelReason: plan.cancelReason,
              ...viewForRole(current.content as PlanContent, grants),
            }
          : null,
      hasDraftOnly: !!plan && !current,
      changes,
      changedSince: changes.length ? (lastSeen ?? null) : null,
      /** true: a new version arrived while the page was open; false: since the reader's last visit. */
      changedWhileOpen: input.changedFrom !== undefined,
      grants,
      /** What the page shows, as the live stream compares it (version, status, death, last change, sharing). */
      stateToken,
      /** Since when the person has withdrawn consent to share (this reader still sees the plan: their care team, themselves). */
      sharingWithdrawnAt: row.patient.sharingWithdrawnAt,
      /** true: the plan is withheld from this reader because the person withdrew consent to share. */
      withheld: false,
    };
    return {
      result,
      audit: { patientId: patient.id, planId: plan?.id ?? null, version: current?.version ?? null, detail: { summaryOnly: grants.summaryOnly } },
    };
  },
});

type ViewResult = {
  patient: Patient;
  plan: null;
  hasDraftOnly: false;
  changes: PlanChange[];
  changedSince: null;
  changedWhileOpen: false;
  grants: ViewGrants;
  stateToken: string;
};

/** The view with no plan content: what a reader the plan is withheld from gets. */
function emptyView(patient: ViewResult["patient"], grants: ViewGrants, stateToken: string): ViewResult {
  return { patient, plan: null, hasDraftOnly: false, changes: [], changedSince: null, changedWhileOpen: false, grants, stateToken };
}

async function changesSince(
  tx: Prisma.TransactionClient,
  current: { planId: string; content: unknown },
  from: number,
  grants: ViewGrants,
): Promise<PlanChange[]> {
  const earlier = await tx.carePlanVersion.findUnique({ where: { planId_version: { planId: current.planId, version: from } }, select: { content: true } });
  if (!earlier) return [];
  return diffPlans(earlier.content as PlanContent, current.content as PlanContent).filter((c) => isVisibleField(c.field, grants));
}

export type PlanView = Awaited<ReturnType<typeof getPlanView>>;
