import "server-only";
import { auditActions } from "@/lib/domain/audit-actions";
import { endProxyLinkInput } from "@/lib/domain/proxy-link";
import { AppError } from "../errors";
import { notifyPlanChanged } from "../events/plan-events";
import { defineUseCase } from "../use-case";

/**
 * The person or an author ends someone's access to act for them, with a reason. It counts from
 * the proxy's very next request (loadActor reads open links every time), and the patient's
 * "plan changed" event makes the proxy's open live views re-check and close at once.
 */
export const endProxyLink = defineUseCase({
  audit: auditActions.proxyLinkEnded,
  permission: "proxy.manage",
  input: endProxyLinkInput,
  target: (input) => ({ patientId: input.patientId }),
  async run({ tx, actor, input, target }) {
    const ended = await tx.proxyLink.updateMany({
      where: { id: input.linkId, patientId: input.patientId, endedAt: null },
      data: { endedAt: new Date(), endedById: actor.userId, endReason: input.reason },
    });
    if (ended.count === 0) throw new AppError("NOT_FOUND");
    const plan = target?.planId ? await tx.carePlan.findUnique({ where: { id: target.planId }, select: { publishedVersion: true } }) : null;
    await notifyPlanChanged(tx, { kind: "proxy", patientId: input.patientId, planId: target?.planId ?? null, version: plan?.publishedVersion ?? 0 });
    return { result: { id: input.linkId }, audit: { patientId: input.patientId, detail: { proxyLinkId: input.linkId } } };
  },
});
