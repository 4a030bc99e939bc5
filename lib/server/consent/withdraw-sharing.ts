import "server-only";
import { auditActions } from "@/lib/domain/audit-actions";
import { withdrawSharingInput } from "@/lib/domain/consent";
import { AppError } from "../errors";
import { notifyPlanChanged } from "../events/plan-events";
import { defineUseCase } from "../use-case";
import { requireConsentRecorder } from "./sharing-rule";

/**
 * The person withdraws consent to share their plan (themselves, or told to an author of their
 * care team). From the commit on, only they and their care team's authors see the plan; open
 * views are told (PlanChanged "consent") and change to the withdrawn state. Twice is once.
 */
export const withdrawSharing = defineUseCase({
  audit: auditActions.sharingWithdrawn,
  permission: "consent.record",
  input: withdrawSharingInput,
  target: (input) => ({ patientId: input.patientId }),
  async run({ tx, actor, grant, input }) {
    const by = await requireConsentRecorder(tx, actor, grant, input.patientId);
    const patient = await tx.patient.findUnique({
      where: { id: input.patientId },
      select: { sharingWithdrawnAt: true, plan: { select: { id: true, publishedVersion: true } } },
    });
    if (!patient) throw new AppError("NOT_FOUND");
    const planId = patient.plan?.id ?? null;
    const version = patient.plan?.publishedVersion ?? 0;
    const at = new Date();
    // Guarded: of two withdrawals racing, one changes the row; the other finds it done.
    const changed = await tx.patient.updateMany({ where: { id: input.patientId, sharingWithdrawnAt: null }, data: { sharingWithdrawnAt: at } });
    if (changed.count === 0) {
      const since = patient.sharingWithdrawnAt ?? at;
      return { result: { withdrawnAt: since, changed: false }, audit: { planId, detail: { by, alreadyWithdrawn: true } } };
    }
    const reason = input.reason || null;
    await tx.consent.updateMany({
      where: { patientId: input.patientId, withdrawnAt: null },
      data: { withdrawnAt: at, withdrawnById: actor.userId, ...(reason ? { notes: `Withdrawn: ${reason}`.slice(0, 1000) } : {}) },
    });
    await notifyPlanChanged(tx, { kind: "consent", patientId: input.patientId, planId, version });
    return {
      result: { withdrawnAt: at, changed: true },
      audit: { planId, version: version || null, detail: { by, ...(reason ? { withdrawalReason: reason } : {}) } },
    };
  },
});
