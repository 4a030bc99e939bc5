import type { Db } from "./client";
import { databaseConfig, type DatabaseConfig } from "./config";
import { closeEmbeddedDatabases } from "./pglite-factory";
import { releasePgliteLock } from "./pglite-lock";

/**
 * Closes this process's database cleanly, for a server that is stopping: the app's Prisma
 * client (lib/db/index.ts keeps it on globalThis, shared with the bundled app), then every embedded
 * database (PGlite keeps recent writes in memory until close), then the folder lock.
 */
export async function closeDatabase(config: DatabaseConfig = databaseConfig()): Promise<void> {
  const holder = globalThis as unknown as { __ucpDb?: { client: Db } };
  const client = holder.__ucpDb?.client;
  delete holder.__ucpDb;
  await client?.$disconnect();
  await closeEmbeddedDatabases();
  if (config.kind === "pglite") releasePgliteLock(config.dataDir);
}
