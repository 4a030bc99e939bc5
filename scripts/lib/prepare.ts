import pg from "pg";
import { closeEmbeddedDatabases } from "../../lib/db/adapter";
import { createPrismaClient } from "../../lib/db/client";
import { databaseConfig, type DatabaseConfig } from "../../lib/db/config";
import { seedDemoData } from "../../lib/server/seed/seed";
import { pendingMigrations, runMigrateDeploy } from "./migrations";

/**
 * The demo data (synthetic patients and plans, and accounts with the published demo password).
 * UCP_SEED_DEMO=1 asks for all of it, 0 for none. Unset: on the embedded database everything
 * (without the accounts when NODE_ENV=production); on PostgreSQL, which may be a real service,
 * nothing.
 */
export function demoDataWanted(env: NodeJS.ProcessEnv, config: DatabaseConfig): { seed: boolean; demoAccounts: boolean } {
  if (env.UCP_SEED_DEMO === "1") return { seed: true, demoAccounts: true };
  if (env.UCP_SEED_DEMO === "0" || config.kind === "postgres") return { seed: false, demoAccounts: false };
  return { seed: true, demoAccounts: env.NODE_ENV !== "production" };
}

/**
 * Brings the database up to date: applies pending migrations, then seeds the demo data
 * when the database has none (`always` seeds again; the seed is idempotent).
 * Closes its connections before returning, so the server can open the embedded folder.
 */
export async function prepareDatabase(options: { seed: "if-empty" | "always" | "never" }, config: DatabaseConfig = databaseConfig()): Promise<void> {
  // Several instances may start together against one PostgreSQL: one prepares, the others wait.
  const release = config.kind === "postgres" ? await preparationLock(config.url) : async () => {};
  try {
    await prepare(options, config);
  } finally {
    await release();
  }
}

async function preparationLock(url: string): Promise<() => Promise<void>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query("SELECT pg_advisory_lock(hashtext('ucp-prepare-database'))");
  return async () => {
    await client.query("SELECT pg_advisory_unlock(hashtext('ucp-prepare-database'))");
    await client.end();
  };
}

async function prepare(options: { seed: "if-empty" | "always" | "never" }, config: DatabaseConfig): Promise<void> {
  let db = createPrismaClient(config);
  try {
    const pending = await pendingMigrations(db);
    if (pending.length > 0) {
      // The CLI opens the embedded folder itself, so hand it over first.
      await db.$disconnect();
      await closeEmbeddedDatabases();
      console.log(`[db] Applying ${pending.length} migration(s): ${pending.join(", ")}`);
      await runMigrateDeploy(process.env);
      db = createPrismaClient(config);
    }
    const empty = (await db.organisation.count()) === 0;
    const wanted = demoDataWanted(process.env, config);
    const asked = options.seed === "always" || (options.seed === "if-empty" && empty);
    if (asked && !wanted.seed) {
      console.log("[db] No demo data loaded (PostgreSQL, or UCP_SEED_DEMO=0). For a demo, set UCP_SEED_DEMO=1.");
    } else if (asked) {
      const counts = await seedDemoData(db, { demoAccounts: wanted.demoAccounts });
      console.log(
        `[db] Demo data: ${counts.organisations} organisations, ${counts.patients} patients, ${counts.users} demo accounts, ${counts.plans} new demo plans`,
      );
    }
  } finally {
    await db.$disconnect();
    await closeEmbeddedDatabases();
  }
}
