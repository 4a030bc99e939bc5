import "server-only";
import { auditActions } from "@/lib/domain/audit-actions";
import { consentBasisCodes, restoreSharingInput } from "@/lib/domain/consent";
import { AppError } from "../errors";
import { notifyPlanChanged } from "../events/plan-events";
import { defineUseCase } from "../use-case";
import { requireConsentRecorder } from "./sharing-rule";

/**
 * The person agrees to share their plan again: a new consent row (the person's own decision is
 * explicit consent; an author records the basis they were told), the plan shared from the commit
 * on, and open views told. When it is already shared, nothing changes.
 */
export const restoreSharing = defineUseCase({
  audit: auditActions.sharingRestored,
  permission: "consent.record",
  input: restoreSharingInput,
  target: (input) => ({ patientId: input.patientId }),
  async run({ tx, actor, grant, input }) {
    const by = await requireConsentRecorder(tx, actor, grant, input.patientId);
    const plan = await tx.carePlan.findUnique({ where: { patientId: input.patientId }, select: { id: true, publishedVersion: true } });
    const planId = plan?.id ?? null;
    const version = plan?.publishedVersion ?? 0;
    const changed = await tx.patient.updateMany({ where: { id: input.patientId, sharingWithdrawnAt: { not: null } }, data: { sharingWithdrawnAt: null } });
    if (changed.count === 0) {
      const exists = await tx.patient.count({ where: { id: input.patientId } });
      if (!exists) throw new AppError("NOT_FOUND");
      return { result: { changed: false }, audit: { planId, detail: { by, alreadyShared: true } } };
    }
    const basis = by === "person" ? "EXPLICIT_CONSENT" : consentBasisCodes[input.basis];
    await tx.consent.create({ data: { patientId: input.patientId, basis, notes: input.notes || null, recordedById: actor.userId } });
    await notifyPlanChanged(tx, { kind: "consent", patientId: input.patientId, planId, version });
    return { result: { changed: true }, audit: { planId, version: version || null, detail: { by, basis } } };
  },
});
