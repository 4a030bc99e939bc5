import pg from "pg";
import { SYNTHETIC_ODS_PREFIX } from "./scale-sql";
import { SeedRefusal } from "./scale-options";

/** What the database holds besides the demo data: synthetic practices, and any other patients. */
async function existingData(url: string): Promise<{ syntheticPractices: number; otherPatients: number }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ ready: boolean }>(
      `SELECT to_regclass('"Organisation"') IS NOT NULL AND to_regclass('"Patient"') IS NOT NULL AS ready`,
    );
    if (!rows[0].ready) return { syntheticPractices: 0, otherPatients: 0 };
    const counts = await client.query<{ synthetic: string; other: string }>(
      `SELECT (SELECT count(*) FROM "Organisation" WHERE "odsCode" LIKE '${SYNTHETIC_ODS_PREFIX}%') AS synthetic,
              (SELECT count(*) FROM "Patient" p LEFT JOIN "Organisation" o ON o.id = p."registeredPracticeId"
                WHERE p."nhsNumber" NOT LIKE '999%' AND coalesce(o."odsCode", '') NOT LIKE '${SYNTHETIC_ODS_PREFIX}%') AS other`,
    );
    return { syntheticPractices: Number(counts.rows[0].synthetic), otherPatients: Number(counts.rows[0].other) };
  } finally {
    await client.end();
  }
}

/** Refuses a database that holds scale data already, or patients that are neither demo nor synthetic. */
export async function assertFillable(url: string, database: string): Promise<void> {
  const found = await existingData(url);
  if (found.otherPatients > 0) {
    throw new SeedRefusal(
      `Database "${database}" holds ${found.otherPatients} patients that are neither demo (999...) nor synthetic: ` +
        "refusing to touch it. Use a database of its own.",
    );
  }
  if (found.syntheticPractices > 0) {
    throw new SeedRefusal(
      `Database "${database}" already holds synthetic scale data (${found.syntheticPractices} synthetic practices). ` +
        `To make it again, add --reset ${database} (drops and recreates that database).`,
    );
  }
}

/**
 * Drops and recreates the database, connecting to the server's `postgres` database to do so.
 * Only a database that holds nothing but demo and synthetic data (or does not exist yet); other
 * sessions on it make the drop fail rather than being cut off.
 */
export async function resetDatabase(url: string, database: string): Promise<void> {
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const exists = (await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database])).rowCount === 1;
    if (exists) {
      const found = await existingData(url);
      if (found.otherPatients > 0)
        throw new SeedRefusal(`Database "${database}" holds ${found.otherPatients} patients that are neither demo nor synthetic: not dropping it.`);
      const ident = client.escapeIdentifier(database);
      try {
        await client.query(`DROP DATABASE ${ident}`);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        throw new SeedRefusal(`Could not drop "${database}": ${message}. Stop whatever is connected to it (an app, a benchmark) and try again.`);
      }
    }
    await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
  } finally {
    await client.end();
  }
}
