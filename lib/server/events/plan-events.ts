import "server-only";
import { db } from "@/lib/db";
import { databaseConfig } from "@/lib/db/config";
import { openEmbeddedDatabase } from "@/lib/db/pglite-factory";
import type { Prisma } from "@/lib/generated/prisma/client";
import { listenForever, type PgListener } from "./pg-listener";

/**
 * "A plan changed" fan-out (published, cancelled, death recorded, consent changed). Each
 * change sends a PostgreSQL NOTIFY inside its own transaction, so listeners hear of it only
 * once it is committed (never a stale or rolled-back one). On PostgreSQL each app instance
 * LISTENs on its own connection, which reconnects forever (pg-listener.ts), so every instance
 * hears every change; on PGlite the one in-process database does the same. Listeners re-read
 * the state: the event only says "look". Whether this instance is listening at all is told to
 * status listeners, so open views can warn while they would miss changes and re-read after.
 */
const CHANNEL = "ucp_plan_changed";

type PlanChangeKind = "published" | "cancelled" | "death" | "consent" | "proxy";

export interface PlanChanged {
  kind: PlanChangeKind;
  patientId: string;
  planId: string | null;
  version: number;
}

type PlanListener = (event: PlanChanged) => void;
/** true: listening (first time or again after a loss); false: changes would be missed now. */
type StatusListener = (listening: boolean) => void;

export async function notifyPlanChanged(tx: Prisma.TransactionClient, event: PlanChanged): Promise<void> {
  await tx.$executeRaw`SELECT pg_notify(${CHANNEL}, ${JSON.stringify(event)})`;
}

interface State {
  byPatient: Map<string, Set<PlanListener>>;
  status: Set<StatusListener>;
  started?: Promise<void>;
  listener?: PgListener;
  embedded?: boolean;
  /** Errors thrown by listeners, counted (one failing view never stops the others). */
  listenerFailures: number;
}
const fresh: State = { byPatient: new Map(), status: new Set(), listenerFailures: 0 };
const state: State = ((globalThis as { __ucpPlanEvents2?: State }).__ucpPlanEvents2 ??= fresh);

/** Calls each listener on its own: a throw (or a rejected promise) in one never reaches the others. */
function callEach<T>(listeners: Iterable<(value: T) => unknown>, value: T): void {
  for (const listener of [...listeners]) {
    try {
      const result = listener(value);
      if (result instanceof Promise) result.catch(() => state.listenerFailures++);
    } catch {
      state.listenerFailures++;
    }
  }
}

function parse(payload: string): PlanChanged | null {
  try {
    const event = JSON.parse(payload) as PlanChanged;
    return typeof event?.patientId === "string" ? event : null;
  } catch {
    return null; // not ours
  }
}

function deliver(payload: string): void {
  const event = parse(payload);
  const listeners = event && state.byPatient.get(event.patientId);
  if (event && listeners) callEach(listeners, event);
}

const statusChanged = (listening: boolean) => callEach(state.status, listening);

async function listenEmbedded(): Promise<void> {
  const config = databaseConfig();
  if (config.kind !== "pglite") return;
  await db().$queryRaw`SELECT 1`; // opens the database if it is not open yet
  const client = openEmbeddedDatabase(config.pgliteDir);
  if (!client) throw new Error("The embedded database is not open");
  await client.listen(CHANNEL, deliver);
  state.embedded = true;
}

function start(): Promise<void> {
  const config = databaseConfig();
  if (config.kind === "postgres") {
    state.listener ??= listenForever(config.url, CHANNEL, { onNotification: deliver, onStatus: statusChanged });
    return state.listener.ready;
  }
  state.started ??= listenEmbedded().catch((error) => {
    state.started = undefined; // try again on the next subscriber
    throw error;
  });
  return state.started;
}

/** Is this instance hearing changes right now? (The in-process embedded database always is, once open.) */
export function isListening(): boolean {
  return state.listener ? state.listener.listening() : !!state.embedded;
}

/** Calls `listener` for each change to this patient's plan from now on. */
export async function onPlanChanged(patientId: string, listener: PlanListener): Promise<() => void> {
  let set = state.byPatient.get(patientId);
  if (!set) state.byPatient.set(patientId, (set = new Set()));
  set.add(listener);
  const stop = () => {
    set.delete(listener);
    if (set.size === 0 && state.byPatient.get(patientId) === set) state.byPatient.delete(patientId);
  };
  try {
    await start();
  } catch (error) {
    stop();
    throw error;
  }
  return stop;
}

/** Calls `listener` whenever this instance starts or stops listening (e.g. a lost connection, then back). */
export function onListeningChanged(listener: StatusListener): () => void {
  state.status.add(listener);
  return () => state.status.delete(listener);
}

/** For tests: how many listener calls have thrown. */
export function listenerFailureCount(): number {
  return state.listenerFailures;
}
