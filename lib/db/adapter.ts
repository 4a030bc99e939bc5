import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import type { Pool } from "pg";
import { databaseConfig, type DatabaseConfig } from "./config";
import { CatalogAsTextClient } from "./pg-catalog-client";
import { pgliteAdapterFactory } from "./pglite-factory";
import { withWholeScripts } from "./whole-script";

export { closeEmbeddedDatabases } from "./pglite-factory";

/** One adapter factory for the app, the Prisma CLI (migrate) and the scripts. */
export function createAdapterFactory(
  config: DatabaseConfig = databaseConfig(),
  options: { closeBeforeExit?: boolean } = {},
): SqlMigrationAwareDriverAdapterFactory {
  if (config.kind === "pglite") return pgliteAdapterFactory(config.dataDir, config.pgliteDir, options);
  const factory = new PrismaPg({
    connectionString: config.url,
    Client: CatalogAsTextClient,
    allowExitOnIdle: true,
    max: Number(process.env.DATABASE_POOL_SIZE) || 10,
  });
  // PrismaPgAdapter exposes its pg.Pool as underlyingDriver(); the generic type does not.
  return withWholeScripts(factory, (adapter, script) => (adapter as unknown as { underlyingDriver(): Pool }).underlyingDriver().query(script));
}
