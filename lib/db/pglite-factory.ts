import { PGlite } from "@electric-sql/pglite";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { mapPgliteErrors } from "./pglite-errors";
import { acquirePgliteLock } from "./pglite-lock";
import { withWholeScripts } from "./whole-script";

/**
 * Two PGlite instances on one folder corrupt it, even in one process (the Prisma CLI
 * loads prisma.config.ts twice), so each folder has exactly one open instance per
 * process, kept on globalThis because the config loader may load this module twice.
 */
const registry = ((globalThis as { __ucpPglite?: Map<string, PGlite> }).__ucpPglite ??= new Map());

function open(dir: string): PGlite {
  const existing = registry.get(dir);
  if (existing && !existing.closed) return existing;
  const client = new PGlite({
    dataDir: dir,
    // Without this a reopened folder keeps the process alive forever.
    postgresqlconf: ["log_startup_progress_interval = 0"],
  });
  registry.set(dir, client);
  return client;
}

const closing = new WeakMap<PGlite, Promise<void>>();

/** Idempotent: every caller waits for the same close. */
function close(dir: string, client: PGlite): Promise<void> {
  if (registry.get(dir) === client) registry.delete(dir);
  let done = closing.get(client);
  if (!done) {
    done = client.closed ? Promise.resolve() : client.close();
    closing.set(client, done);
  }
  return done;
}

/** The open embedded database of a folder, for LISTEN (notifications are per instance). */
export function openEmbeddedDatabase(pgliteDir: string): PGlite | undefined {
  const client = registry.get(pgliteDir);
  return client && !client.closed ? client : undefined;
}

/** Closes every embedded database this process opened (scripts do it before handing over). */
export async function closeEmbeddedDatabases(): Promise<void> {
  for (const [dir, client] of [...registry]) await close(dir, client);
  closures.count++;
}

/** Bumped by every closeEmbeddedDatabases(), so a cached client knows its database was closed. */
export const closures = ((globalThis as { __ucpPgliteClosures?: { count: number } }).__ucpPgliteClosures ??= { count: 0 });

export function pgliteAdapterFactory(dataDir: string, pgliteDir: string, options: { closeBeforeExit?: boolean }): SqlMigrationAwareDriverAdapterFactory {
  acquirePgliteLock(dataDir);
  const client = open(pgliteDir);
  const factory = withWholeScripts(new PrismaPGlite(client) as unknown as SqlMigrationAwareDriverAdapterFactory, (_adapter, script) => client.exec(script));
  // PGlite keeps recent writes in memory: a process that exits without close() can lose
  // them. So disconnecting the Prisma client closes the database, and the CLI (which
  // never disconnects) closes it when its work is done.
  if (options.closeBeforeExit) process.once("beforeExit", () => void close(pgliteDir, client));
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    mapPgliteErrors(adapter);
    adapter.dispose = () => close(pgliteDir, client);
    return adapter;
  };
  return factory;
}
