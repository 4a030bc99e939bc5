import path from "node:path";

/** Where the data lives: PostgreSQL when DATABASE_URL is set, otherwise PGlite in a folder. */
export type DatabaseConfig =
  | { kind: "postgres"; url: string }
  | { kind: "pglite"; dataDir: string; pgliteDir: string };

export function dataDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(/* turbopackIgnore: true */ env.UCP_DATA_DIR || ".data");
}

export function databaseConfig(env: NodeJS.ProcessEnv = process.env): DatabaseConfig {
  if (env.DATABASE_URL) return { kind: "postgres", url: env.DATABASE_URL };
  const dir = dataDir(env);
  return { kind: "pglite", dataDir: dir, pgliteDir: path.join(dir, "pglite") };
}
