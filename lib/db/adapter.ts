import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import type { Pool } from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { databaseConfig, type DatabaseConfig } from "./config";
import { CatalogAsTextClient } from "./pg-catalog-client";
import { acquirePgliteLock } from "./pglite-lock";
import { withWholeScripts } from "./whole-script";

const openEmbedded = new Set<PGlite>();

/** Closes embedded databases opened by this process (scripts call it before handing over). */
export async function closeEmbeddedDatabases(): Promise<void> {
  for (const client of [...openEmbedded]) {
    openEmbedded.delete(client);
    if (!client.closed) await client.close();
  }
}

/** One adapter factory for the app, the Prisma CLI (migrate) and the scripts. */
export function createAdapterFactory(
  config: DatabaseConfig = databaseConfig(),
  options: { closeBeforeExit?: boolean } = {},
): SqlMigrationAwareDriverAdapterFactory {
  if (config.kind === "postgres") {
    const factory = new PrismaPg({
      connectionString: config.url,
      Client: CatalogAsTextClient,
      allowExitOnIdle: true,
      max: Number(process.env.DATABASE_POOL_SIZE) || 10,
    });
    return withWholeScripts(factory, (adapter, script) =>
      (adapter.underlyingDriver() as Pool).query(script),
    );
  }
  acquirePgliteLock(config.dataDir);
  const client = new PGlite({
    dataDir: config.pgliteDir,
    // Without this a reopened folder keeps the process alive forever.
    postgresqlconf: ["log_startup_progress_interval = 0"],
  });
  openEmbedded.add(client);
  const factory = withWholeScripts(
    new PrismaPGlite(client) as unknown as SqlMigrationAwareDriverAdapterFactory,
    (_adapter, script) => client.exec(script),
  );
  // PGlite keeps recent writes in memory: a process that exits without close() can lose
  // them or leave a folder that aborts on reopen (seen with `prisma migrate deploy`,
  // which never disconnects). So disconnecting closes it, and the CLI closes it on exit.
  if (options.closeBeforeExit) {
    process.once("beforeExit", () => void closeEmbeddedDatabases());
  }
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    adapter.dispose = async () => {
      if (openEmbedded.delete(client) && !client.closed) await client.close();
    };
    return adapter;
  };
  return factory;
}
