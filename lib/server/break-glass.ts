import { auditActions } from "@/lib/domain/audit-actions";
import type { Prisma } from "@/lib/generated/prisma/client";
import { accessDecision, BREAK_GLASS_GRANT_HOURS, type AccessDecision, type Action } from "@/lib/domain/policy";
import type { Actor, Caller } from "./actor";
import type { AuditFields } from "./audit";
import { AppError, ReasonRequiredError } from "./errors";
import { careOrganisationIds } from "./care-team";

type Tx = Prisma.TransactionClient;

/** What a use case reaches, from its parsed input: the wrapper checks scope and break glass on it. */
export type UseCaseTarget = { patientId: string } | { planId: string };

export interface ResolvedTarget {
  patientId: string;
  planId: string | null;
  /** Since when the person has withdrawn consent to share (null: shared); read with the target, so it costs no statement. */
  sharingWithdrawnAt?: Date | null;
}

/**
 * The patient and plan a target names, or "not found" (the same answer in and out of scope).
 * Plain SQL: every use case with a target runs it first (docs/performance.md).
 */
export async function resolveTarget(tx: Pick<Tx, "$queryRaw">, target: UseCaseTarget): Promise<ResolvedTarget> {
  const rows =
    "planId" in target
      ? await tx.$queryRaw<ResolvedTarget[]>`
          SELECT c."patientId", c."id" AS "planId", p."sharingWithdrawnAt"
          FROM "CarePlan" c JOIN "Patient" p ON p."id" = c."patientId" WHERE c."id" = ${target.planId}::uuid`
      : await tx.$queryRaw<ResolvedTarget[]>`
          SELECT p."id" AS "patientId", c."id" AS "planId", p."sharingWithdrawnAt"
          FROM "Patient" p LEFT JOIN "CarePlan" c ON c."patientId" = p."id" WHERE p."id" = ${target.patientId}::uuid`;
  if (!rows[0]) throw new AppError("NOT_FOUND");
  return rows[0];
}

/**
 * A reason this person gave for this patient in the last shift, in the app. The grant is the
 * audited break-glass row itself (append-only), so it cannot disagree with the trail.
 */
// The grant is the row of giving a reason on the break-glass form (giveAccessReason).
async function grantedReason(tx: Tx, userId: string, patientId: string): Promise<string | null> {
  const since = new Date(Date.now() - BREAK_GLASS_GRANT_HOURS * 3600_000);
  const row = await tx.auditEvent.findFirst({
    where: {
      actorId: userId,
      patientId,
      action: auditActions.breakGlassGranted,
      outcome: "SUCCESS",
      at: { gte: since },
      detail: { path: ["breakGlass"], equals: true },
    },
    orderBy: { id: "desc" },
    select: { reason: true },
  });
  return row?.reason ?? null;
}

/** The policy's break-glass rule for this request, with the facts it needs; refuses with REASON_REQUIRED. */
export async function decideAccess(tx: Tx, caller: Caller, actor: Actor, action: Action, target: ResolvedTarget): Promise<AccessDecision> {
  const given = caller.accessReason?.trim() || null;
  // Someone acting for the person (not their own record) is recorded as such, whatever their role.
  const proxy = target.patientId !== actor.patientId && !!actor.actsFor?.includes(target.patientId);
  const quick = accessDecision(actor, action, { careTeam: new Set(), given, proxy });
  if (quick.kind === "not-needed" || quick.kind === "default") return quick;
  const careTeam = await careOrganisationIds(tx, target.patientId);
  // Over the API the reason comes with every request; in the app it holds for the shift.
  const granted = given || caller.via === "fhir-api" ? null : await grantedReason(tx, actor.userId, target.patientId);
  const decision = accessDecision(actor, action, { careTeam, given, granted });
  if (decision.kind === "reason-required") throw new ReasonRequiredError(target.patientId);
  return decision;
}

/** The use case's audit row with the target and the access reason filled in; break glass flagged for the review. */
export function withAccess(audit: AuditFields | undefined, target: ResolvedTarget | null, access: AccessDecision): AuditFields {
  const out: AuditFields = { ...audit, patientId: audit?.patientId ?? target?.patientId ?? null, planId: audit?.planId ?? target?.planId ?? null };
  if (access.kind === "not-needed" || access.kind === "reason-required") return out;
  out.reason = audit?.reason ?? access.reason;
  if (access.kind !== "break-glass") return out;
  const detail = audit?.detail && typeof audit.detail === "object" && !Array.isArray(audit.detail) ? (audit.detail as Prisma.InputJsonObject) : {};
  return { ...out, detail: { ...detail, breakGlass: true, accessReason: access.reason } };
}
