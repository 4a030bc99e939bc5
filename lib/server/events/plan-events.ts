import "server-only";
import { EventEmitter } from "node:events";
import pg from "pg";
import { db } from "@/lib/db";
import { databaseConfig } from "@/lib/db/config";
import { openEmbeddedDatabase } from "@/lib/db/pglite-factory";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * "A plan changed" fan-out (published, cancelled, death recorded, consent changed). Each
 * change sends a PostgreSQL NOTIFY inside its own transaction, so listeners hear of it only
 * once it is committed (never a stale or rolled-back one). On PostgreSQL each app instance
 * LISTENs on its own connection, so every instance hears every change; on PGlite the one
 * in-process database does the same. Listeners re-read the state: the event only says "look".
 */
export const CHANNEL = "ucp_plan_changed";

export type PlanChangeKind = "published" | "cancelled" | "death" | "consent";

export interface PlanChanged {
  kind: PlanChangeKind;
  patientId: string;
  planId: string | null;
  version: number;
}

export async function notifyPlanChanged(tx: Prisma.TransactionClient, event: PlanChanged): Promise<void> {
  await tx.$executeRaw`SELECT pg_notify(${CHANNEL}, ${JSON.stringify(event)})`;
}

type State = { emitter: EventEmitter; started?: Promise<void> };
const state = ((globalThis as { __ucpPlanEvents?: State }).__ucpPlanEvents ??= { emitter: new EventEmitter().setMaxListeners(0) });

function deliver(payload: string): void {
  try {
    const event = JSON.parse(payload) as PlanChanged;
    state.emitter.emit(event.patientId, event);
  } catch {
    // not ours
  }
}

async function listenOnPostgres(url: string): Promise<void> {
  const connect = async (): Promise<void> => {
    const client = new pg.Client({ connectionString: url });
    client.on("notification", (message) => message.payload && deliver(message.payload));
    // A dropped listener reconnects; views reload on reconnect, so nothing is missed for long.
    client.on("error", () => setTimeout(() => void connect().catch(() => undefined), 1000).unref());
    await client.connect();
    await client.query(`LISTEN ${CHANNEL}`);
  };
  await connect();
}

async function listenEmbedded(): Promise<void> {
  const config = databaseConfig();
  if (config.kind !== "pglite") return;
  await db().$queryRaw`SELECT 1`; // opens the database if it is not open yet
  const client = openEmbeddedDatabase(config.pgliteDir);
  if (!client) throw new Error("The embedded database is not open");
  await client.listen(CHANNEL, deliver);
}

function start(): Promise<void> {
  const config = databaseConfig();
  state.started ??= (config.kind === "postgres" ? listenOnPostgres(config.url) : listenEmbedded()).catch((error) => {
    state.started = undefined; // try again on the next subscriber
    throw error;
  });
  return state.started;
}

/** Calls `listener` for each change to this patient's plan from now on. */
export async function onPlanChanged(patientId: string, listener: (event: PlanChanged) => void): Promise<() => void> {
  await start();
  state.emitter.on(patientId, listener);
  return () => state.emitter.off(patientId, listener);
}
