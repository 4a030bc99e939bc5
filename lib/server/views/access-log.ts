import "server-only";
import { z } from "zod";
import { defineUseCase } from "../use-case";

/** Reads of a person's record, as the person sees them in "Who has looked at my plan". */
export const readActions = ["plan.viewed", "patient.view", "plan.historyViewed", "plan.versionsCompared", "plan.draftOpened", "plan.draftViewed", "plan.conflictViewed"] as const;

/** Who looked at this person's plan and record: organisation, role, when and why. */
export const getAccessLog = defineUseCase({
  name: "plan.accessLogViewed",
  action: "plan.viewAccessLog",
  input: z.object({ patientId: z.uuid() }),
  target: (input) => ({ patientId: input.patientId }),
  async run({ tx, actor, input, requirePatient }) {
    requirePatient(input.patientId);
    const rows = await tx.auditEvent.findMany({
      where: { patientId: input.patientId, outcome: "SUCCESS", action: { in: [...readActions] } },
      orderBy: { at: "desc" },
      take: 500,
      select: { id: true, at: true, actorRole: true, organisationId: true, actorId: true, reason: true, action: true, version: true },
    });
    const orgIds = [...new Set(rows.map((r) => r.organisationId).filter((id): id is string => !!id))];
    const orgs = new Map((await tx.organisation.findMany({ where: { id: { in: orgIds } }, select: { id: true, name: true } })).map((o) => [o.id, o.name]));
    const entries = rows.map((r) => ({
      id: r.id.toString(),
      at: r.at,
      role: r.actorRole,
      organisation: r.organisationId ? (orgs.get(r.organisationId) ?? "Unknown organisation") : r.actorRole === "PATIENT" ? "You" : "No organisation",
      reason: r.reason,
      version: r.version,
      self: r.actorId === actor.userId,
    }));
    return { result: entries, audit: { patientId: input.patientId } };
  },
});
