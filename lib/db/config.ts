import path from "node:path";

/** Where the data lives: PostgreSQL when DATABASE_URL is set, otherwise PGlite in a folder. */
export type DatabaseConfig = { kind: "postgres"; url: string } | { kind: "pglite"; dataDir: string; pgliteDir: string };

export function dataDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(/* turbopackIgnore: true */ env.UCP_DATA_DIR || ".data");
}

export function databaseConfig(env: NodeJS.ProcessEnv = process.env): DatabaseConfig {
  if (env.DATABASE_URL) return { kind: "postgres", url: env.DATABASE_URL };
  const dir = dataDir(env);
  return { kind: "pglite", dataDir: dir, pgliteDir: path.join(dir, "pglite") };
}

export class EmbeddedDatabaseRefusedError extends Error {}

/**
 * PGlite is one process's private PostgreSQL: for demos, trials and development on one machine,
 * not a shared service. A production start on it is refused unless asked for explicitly.
 */
export function assertEmbeddedAllowed(config: DatabaseConfig, env: NodeJS.ProcessEnv = process.env): void {
  if (config.kind !== "pglite" || env.NODE_ENV !== "production" || env.UCP_ALLOW_EMBEDDED_IN_PRODUCTION === "1") return;
  throw new EmbeddedDatabaseRefusedError(
    "NODE_ENV=production, but DATABASE_URL is not set, so this would run on the embedded database (PGlite). " +
      "PGlite serves one process from one folder: it is for demos, trials and development, not a shared service " +
      "(one app instance only, no replication, backups only by copying the stopped folder). " +
      "Set DATABASE_URL to a PostgreSQL database, or set UCP_ALLOW_EMBEDDED_IN_PRODUCTION=1 to run a single-instance trial on PGlite anyway.",
  );
}
