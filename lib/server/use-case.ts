import type { z } from "zod";
import { grantFor, patientScope, type Action, type Grant } from "@/lib/domain/policy";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor, Caller } from "./actor";
import { writeAudit, type AuditFields } from "./audit";
import { AppError, isAppError, type FieldErrors } from "./errors";

export interface UseCaseContext<I> {
  tx: Prisma.TransactionClient;
  actor: Actor;
  caller: Caller;
  input: I;
  /** The policy's answer for this actor: "own" and "subset" shape what the work returns. */
  grant: Exclude<Grant, "none">;
  /** Object-level check: a patient outside the actor's scope for this action is "not found". */
  requirePatient(patientId: string): void;
}

export interface UseCaseOutcome<R> {
  result: R;
  audit?: AuditFields;
}

export interface UseCaseDefinition<S extends z.ZodType, R> {
  /** Audit action name, e.g. "patient.search". */
  name: string;
  /** Policy action checked before any work. */
  action: Action;
  input: S;
  run(ctx: UseCaseContext<z.output<S>>): Promise<UseCaseOutcome<R>>;
}

export type UseCase<S extends z.ZodType, R> = ((caller: Caller, input: z.input<S> | unknown) => Promise<R>) & {
  /** Authentication and the role-level policy check alone, for pages that show a form first. */
  authorizeOnly(caller: Caller): Promise<Actor>;
};

export function fieldErrorsFrom(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_";
    out[key] ??= issue.message;
  }
  return out;
}

async function authorize(caller: Caller, name: string, action: Action): Promise<{ actor: Actor; grant: Exclude<Grant, "none"> }> {
  const actor = caller.actor;
  if (!actor) throw new AppError("UNAUTHENTICATED");
  const grant = grantFor(actor.role, action);
  if (grant === "none" || (grant === "own" && !actor.patientId)) {
    await writeAudit(db(), caller, name, "DENIED", { detail: { policyAction: action } });
    throw new AppError("FORBIDDEN");
  }
  return { actor, grant };
}

/**
 * The one path every server action and route handler takes: authenticate, parse the
 * input with its zod schema, authorize against the policy, then do the work and write
 * its audit row in one transaction. Refusals are audited too (outside the rolled-back
 * work), so probing for records leaves a trace.
 */
export function defineUseCase<S extends z.ZodType, R>(def: UseCaseDefinition<S, R>): UseCase<S, R> {
  const run = async (caller: Caller, rawInput: unknown): Promise<R> => {
    if (!caller.actor) throw new AppError("UNAUTHENTICATED");
    const parsed = def.input.safeParse(rawInput);
    if (!parsed.success) throw new AppError("INVALID", undefined, fieldErrorsFrom(parsed.error));
    const { actor, grant } = await authorize(caller, def.name, def.action);
    try {
      return await db().$transaction(async (tx) => {
        const requirePatient = (patientId: string) => {
          const scope = patientScope(actor, def.action);
          if (scope && scope.patientId !== patientId) throw new AppError("NOT_FOUND");
        };
        const { result, audit } = await def.run({ tx, actor, caller, input: parsed.data, grant, requirePatient });
        await writeAudit(tx, caller, def.name, "SUCCESS", audit);
        return result;
      });
    } catch (e) {
      if (isAppError(e) && (e.code === "NOT_FOUND" || e.code === "FORBIDDEN")) {
        await writeAudit(db(), caller, def.name, "DENIED", { detail: { policyAction: def.action, code: e.code } });
      }
      throw e;
    }
  };
  return Object.assign(run, {
    authorizeOnly: async (caller: Caller) => (await authorize(caller, def.name, def.action)).actor,
  });
}
