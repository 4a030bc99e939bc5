import { closeEmbeddedDatabases } from "../../lib/db/adapter";
import { createPrismaClient } from "../../lib/db/client";
import { databaseConfig, type DatabaseConfig } from "../../lib/db/config";
import { seedDemoData } from "../../lib/server/seed/seed";
import { pendingMigrations, runMigrateDeploy } from "./migrations";

export function wantsDemoAccounts(env: NodeJS.ProcessEnv): boolean {
  return env.NODE_ENV !== "production" || env.UCP_SEED_DEMO === "1";
}

/**
 * Brings the database up to date: applies pending migrations, then seeds the demo data
 * when the database has none (`always` seeds again; the seed is idempotent).
 * Closes its connections before returning, so the server can open the embedded folder.
 */
export async function prepareDatabase(options: { seed: "if-empty" | "always" | "never" }, config: DatabaseConfig = databaseConfig()): Promise<void> {
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
    if (options.seed === "always" || (options.seed === "if-empty" && empty)) {
      const counts = await seedDemoData(db, { demoAccounts: wantsDemoAccounts(process.env) });
      console.log(`[db] Demo data: ${counts.organisations} organisations, ${counts.patients} patients, ${counts.users} demo accounts, ${counts.plans} new demo plans`);
    }
  } finally {
    await db.$disconnect();
    await closeEmbeddedDatabases();
  }
}
