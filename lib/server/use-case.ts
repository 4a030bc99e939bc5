import type { z } from "zod";
import type { AuditAction } from "@/lib/domain/audit-actions";
import { isUuid } from "@/lib/domain/inputs";
import { grantFor, patientScope, type AccessDecision, type Action, type Grant } from "@/lib/domain/policy";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor, Caller } from "./actor";
import { writeAudit, type AuditFields } from "./audit";
import { decideAccess, resolveTarget, withAccess, type ResolvedTarget, type UseCaseTarget } from "./break-glass";
import { AppError, isAppError, type FieldErrors } from "./errors";

export type { UseCaseTarget } from "./break-glass";

interface UseCaseContext<I> {
  tx: Prisma.TransactionClient;
  actor: Actor;
  caller: Caller;
  input: I;
  /** The policy's answer for this actor: "own" and "subset" shape what the work returns. */
  grant: Exclude<Grant, "none">;
  /** Object-level check: a patient outside the actor's scope for this action is "not found". */
  requirePatient(patientId: string): void;
  /** The declared target, resolved (scope and break glass already checked), or null. */
  target: ResolvedTarget | null;
  /** The break-glass rule's answer for this request (the reason the audit row carries). */
  access: AccessDecision;
}

interface UseCaseOutcome<R> {
  result: R;
  audit?: AuditFields;
}

interface UseCaseDefinition<S extends z.ZodType, R> {
  /** The event its audit row records (lib/domain/audit-actions.ts), refusals included. */
  audit: AuditAction;
  /** The policy permission (lib/domain/policy.ts) checked before any work, and for break glass. */
  permission: Action;
  /** The input schema (lib/domain): every call is parsed with it, typed or not. */
  input: S;
  /**
   * The patient or plan this use case reaches (null: none named). The wrapper resolves it, checks
   * scope and the break-glass rule, and names it in the audit row, DENIED rows included.
   */
  target?(input: z.output<S>): UseCaseTarget | null;
  /** An administrative act's subject (the user acted on): its audit rows name it, DENIED rows included. */
  subject?(input: z.output<S>): string | null;
  run(ctx: UseCaseContext<z.output<S>>): Promise<UseCaseOutcome<R>>;
}

/**
 * A use case: called with input of its schema's type (pages with checked parameters, other use
 * cases, the seed, tests), or through `fromUntrusted` with whatever came from outside (a form
 * post, a server action's arguments, an address, a FHIR request, a CSV query). Both parse it.
 */
type UseCase<S extends z.ZodType, R> = ((caller: Caller, input: z.input<S>) => Promise<R>) & {
  /** Raw input from outside the server, of no known shape until the schema has parsed it. */
  fromUntrusted(caller: Caller, raw: unknown): Promise<R>;
  /** Authentication and the role-level policy check alone, for pages that show a form first. */
  authorizeOnly(caller: Caller): Promise<Actor>;
  /** The role-level check, scope and break glass for one target, for pages that show a form first. */
  authorizeFor(caller: Caller, target: UseCaseTarget): Promise<Actor>;
};

export function fieldErrorsFrom(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_";
    out[key] ??= issue.message;
  }
  return out;
}

/** Raw input parsed with its schema, or INVALID with each problem at its field: how every use case reads its input. */
export function parseInput<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new AppError("INVALID", undefined, fieldErrorsFrom(parsed.error));
  return parsed.data;
}

/** Who a refused request was after, for its DENIED row: the named ids, and the plan's patient. */
async function deniedTarget(target: UseCaseTarget | null, resolved: ResolvedTarget | null): Promise<AuditFields> {
  if (resolved) return { patientId: resolved.patientId, planId: resolved.planId };
  if (!target) return {};
  if ("patientId" in target) {
    const plan = await db().carePlan.findUnique({ where: { patientId: target.patientId }, select: { id: true } });
    return { patientId: target.patientId, planId: plan?.id ?? null };
  }
  const plan = await db().carePlan.findUnique({ where: { id: target.planId }, select: { patientId: true } });
  return { patientId: plan?.patientId ?? null, planId: target.planId };
}

async function authorize(
  caller: Caller,
  audit: AuditAction,
  permission: Action,
  target: UseCaseTarget | null = null,
  subjectId: string | null = null,
): Promise<{ actor: Actor; grant: Exclude<Grant, "none"> }> {
  const actor = caller.actor;
  if (!actor) throw new AppError("UNAUTHENTICATED");
  const grant = grantFor(actor.role, permission);
  if (grant === "none" || (grant === "own" && !actor.patientId) || (grant === "organisation" && !actor.organisationId)) {
    await writeAudit(db(), caller, audit, "DENIED", { ...(await deniedTarget(target, null)), subjectId, detail: { policyAction: permission } });
    throw new AppError("FORBIDDEN");
  }
  return { actor, grant };
}

const deniedCodes = new Set(["NOT_FOUND", "FORBIDDEN", "REASON_REQUIRED"]);

/**
 * The one path every server action and route handler takes: authenticate, parse the
 * input with its zod schema, authorize against the policy, resolve the target (scope and
 * break glass), then do the work and write its audit row in one transaction. Refusals are
 * audited too (outside the rolled-back work), naming whom they were after.
 */
export function defineUseCase<S extends z.ZodType, R>(def: UseCaseDefinition<S, R>): UseCase<S, R> {
  /** Authorize, resolve the target (scope, break glass), then `work` in the transaction; refusals audited. */
  const guarded = async <T>(
    caller: Caller,
    named: UseCaseTarget | null,
    work: (ctx: Omit<UseCaseContext<never>, "input">) => Promise<T>,
    subjectId: string | null = null,
  ): Promise<T> => {
    const { actor, grant } = await authorize(caller, def.audit, def.permission, named, subjectId);
    const requirePatient = (patientId: string) => {
      const scope = patientScope(actor, def.permission);
      if (scope && scope.patientId !== patientId) throw new AppError("NOT_FOUND");
    };
    let target: ResolvedTarget | null = null;
    try {
      return await db().$transaction(async (tx) => {
        target = named ? await resolveTarget(tx, named) : null;
        if (target) requirePatient(target.patientId);
        const access: AccessDecision = target ? await decideAccess(tx, caller, actor, def.permission, target) : { kind: "not-needed" };
        return work({ tx, actor, caller, grant, requirePatient, target, access });
      });
    } catch (e) {
      if (isAppError(e) && deniedCodes.has(e.code)) {
        await writeAudit(db(), caller, def.audit, "DENIED", {
          ...(await deniedTarget(named, target)),
          subjectId,
          detail: { policyAction: def.permission, code: e.code },
        });
      }
      throw e;
    }
  };
  const run = async (caller: Caller, rawInput: unknown): Promise<R> => {
    if (!caller.actor) throw new AppError("UNAUTHENTICATED");
    const input = parseInput(def.input, rawInput);
    const subjectId = def.subject?.(input) ?? null;
    return guarded(
      caller,
      def.target?.(input) ?? null,
      async (ctx) => {
        const { result, audit } = await def.run({ ...ctx, input });
        await writeAudit(ctx.tx, caller, def.audit, "SUCCESS", withAccess({ subjectId, ...audit }, ctx.target, ctx.access));
        return result;
      },
      subjectId,
    );
  };
  return Object.assign((caller: Caller, input: z.input<S>) => run(caller, input), {
    fromUntrusted: run,
    authorizeOnly: async (caller: Caller) => (await authorize(caller, def.audit, def.permission)).actor,
    authorizeFor: async (caller: Caller, target: UseCaseTarget) => {
      if (!caller.actor) throw new AppError("UNAUTHENTICATED");
      if (!isUuid(Object.values(target)[0])) throw new AppError("NOT_FOUND");
      return guarded(caller, target, async ({ actor }) => actor);
    },
  });
}
