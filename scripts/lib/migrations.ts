import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import type { Db } from "../../lib/db/client";

const migrationsDir = path.resolve("prisma", "migrations");

/** Migrations in the repository that the database has not applied yet. */
export async function pendingMigrations(db: Db): Promise<string[]> {
  const all = fs
    .readdirSync(migrationsDir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  // Ask whether the table exists first: a failing query is not harmless on PGlite.
  const [{ exists }] = await db.$queryRaw<{ exists: boolean }[]>`
    SELECT to_regclass('_prisma_migrations') IS NOT NULL AS "exists"`;
  const applied = exists
    ? (
        await db.$queryRaw<{ migration_name: string }[]>`
          SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`
      ).map((r) => r.migration_name)
    : [];
  return all.filter((name) => !applied.includes(name));
}

/** `prisma migrate deploy` through prisma.config.ts (wasm schema engine, no download). */
export function runMigrateDeploy(env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(path.resolve("node_modules/.bin/prisma"), ["migrate", "deploy"], {
      env: { ...env, UCP_LOCK_OWNER_PID: String(process.pid) },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`prisma migrate deploy failed:\n${output}`))));
  });
}
