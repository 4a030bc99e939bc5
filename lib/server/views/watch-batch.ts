import "server-only";
import { grantFor, patientScope } from "@/lib/domain/policy";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { sessionOpen, type Caller } from "../actor";
import { auditRow, writeAuditRows } from "../audit";
import { decideAccess, withAccess } from "../break-glass";
import { careOrganisationIds } from "../care-team";
import { isReasonRequired } from "../errors";
import { planStateWithIdsSelect, stateTokenOf } from "./plan-state";
import { watchRule } from "./watch";

/**
 * Re-reads for open live streams, batched. One announced change reaches every stream of that
 * patient on this instance in the same turn of the event loop, so they share one transaction:
 * the plan's state read once, each reader's session and break-glass rule re-checked (sessions in
 * one statement), and one audit row per reader (as watchPlan writes for a single
 * read) written in one statement. 2,000 open views of a plan cost five statements (with BEGIN and COMMIT), not 12,000.
 * Only the state token leaves here, never plan content (see watch.ts).
 */
export type WatchTrigger = "change" | "reconnect";

type WatchAnswer = { kind: "state"; version: number; token: string } | { kind: "session-ended" } | { kind: "reason-required" } | { kind: "access-ended" };

interface Waiting {
  caller: Caller;
  trigger: WatchTrigger;
  resolve(answer: WatchAnswer): void;
  reject(error: unknown): void;
}

const { permission: ACTION, audit: NAME } = watchRule;

const pending = new Map<string, Waiting[]>();

/** This stream's re-read of the patient's plan state, shared with every other stream asking now. */
export function rereadForStream(caller: Caller, patientId: string, trigger: WatchTrigger): Promise<WatchAnswer> {
  return new Promise((resolve, reject) => {
    let batch = pending.get(patientId);
    if (!batch) {
      batch = [];
      pending.set(patientId, batch);
      setImmediate(() => {
        const taken = pending.get(patientId) ?? [];
        pending.delete(patientId);
        void runBatch(patientId, taken);
      });
    }
    batch.push({ caller, trigger, resolve, reject });
  });
}

async function runBatch(patientId: string, batch: Waiting[]): Promise<void> {
  try {
    const answers = await db().$transaction((tx) => readForAll(tx, patientId, batch));
    batch.forEach((w, i) => w.resolve(answers[i]));
  } catch (error) {
    for (const w of batch) w.reject(error);
  }
}

async function readForAll(tx: Prisma.TransactionClient, patientId: string, batch: Waiting[]): Promise<WatchAnswer[]> {
  const patient = await tx.patient.findUnique({ where: { id: patientId }, select: planStateWithIdsSelect });
  const signedIn = await openSessions(
    tx,
    batch.map((w) => w.caller),
  );
  const target = { patientId, planId: patient?.plan?.id ?? null };
  const version = patient?.plan?.publishedVersion ?? 0;
  const token = patient ? stateTokenOf(patient) : "";
  const rows: Prisma.AuditEventCreateManyInput[] = [];
  const answers: WatchAnswer[] = [];
  const proxies = await openProxies(tx, patientId, batch);
  // Read only if a care-team reader (a care home) is in the batch: they lose the stream once the person leaves.
  let careTeam: Set<string> | null = null;
  for (const [i, { caller, trigger }] of batch.entries()) {
    const actor = caller.actor;
    const grant = actor ? grantFor(actor.role, ACTION) : "none";
    const scope = actor && grant !== "none" && !(grant === "care-team" && !actor.organisationId) ? patientScope(actor, ACTION) : null;
    if (scope && "careTeamOf" in scope) careTeam ??= await careOrganisationIds(tx, patientId);
    const outOfScope = !!scope && ("patientIds" in scope ? !scope.patientIds.includes(patientId) : !careTeam!.has(scope.careTeamOf));
    if (!patient || !actor || !signedIn[i] || grant === "none" || (grant === "care-team" && !actor.organisationId) || outOfScope) {
      answers.push({ kind: "session-ended" });
      continue;
    }
    // The actor was loaded when the stream opened: someone acting for the person must still have an open link now.
    if (scope && "patientIds" in scope && actor.patientId !== patientId && !proxies.has(actor.userId)) {
      rows.push(auditRow(caller, NAME, "DENIED", { ...target, detail: { policyAction: ACTION, code: "NOT_FOUND", proxyLinkEnded: true } }));
      answers.push({ kind: "access-ended" });
      continue;
    }
    try {
      const access = await decideAccess(tx, caller, actor, ACTION, target);
      rows.push(auditRow(caller, NAME, "SUCCESS", withAccess({ patientId, planId: target.planId, version, detail: { trigger } }, target, access)));
      answers.push({ kind: "state", version, token });
    } catch (e) {
      if (!isReasonRequired(e)) throw e;
      rows.push(auditRow(caller, NAME, "DENIED", { ...target, detail: { policyAction: ACTION, code: "REASON_REQUIRED" } }));
      answers.push({ kind: "reason-required" });
    }
  }
  await writeAuditRows(tx, rows);
  return answers;
}

/** Who acts for this person now, among the streams' readers reaching them through a link (no statement when none does). */
async function openProxies(tx: Prisma.TransactionClient, patientId: string, batch: Waiting[]): Promise<Set<string>> {
  const asProxy = batch.flatMap(({ caller: { actor } }) =>
    actor && actor.patientId !== patientId && actor.actsFor?.includes(patientId) ? [actor.userId] : [],
  );
  if (!asProxy.length) return new Set();
  const links = await tx.proxyLink.findMany({ where: { patientId, endedAt: null, proxyUserId: { in: asProxy } }, select: { proxyUserId: true } });
  return new Set(links.map((l) => l.proxyUserId));
}

/** For each caller: is the account active and (when the caller names one) its sign-in still open? One statement for all. */
async function openSessions(tx: Prisma.TransactionClient, callers: Caller[]): Promise<boolean[]> {
  const userIds = [...new Set(callers.flatMap((c) => (c.actor ? [c.actor.userId] : [])))];
  const sessionIds = [...new Set(callers.flatMap((c) => (typeof c.session?.sessionId === "string" ? [c.session.sessionId] : [])))];
  const users = await tx.user.findMany({
    where: { id: { in: userIds } },
    select: { id: true, active: true, sessions: { where: { id: { in: sessionIds } }, select: { id: true, userId: true, endedAt: true, signedInAt: true } } },
  });
  const byId = new Map(users.map((u) => [u.id, u]));
  return callers.map((c) => {
    const user = c.actor && byId.get(c.actor.userId);
    if (!user?.active) return false;
    const sessionId = c.session?.sessionId;
    if (sessionId === undefined) return true; // a caller that names no session (scripts, tests) is checked as loadActor does
    return sessionOpen(
      user.id,
      user.sessions.find((s) => s.id === sessionId),
    );
  });
}
