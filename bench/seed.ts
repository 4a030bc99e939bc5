/**
 * `npm run bench:seed -- --patients 1000000 [--reset <database>]`: a scale data set on PostgreSQL
 * (BENCH_DATABASE_URL, else DATABASE_URL): migrations and the demo data first, then synthetic
 * Londoners, practices, plans with several versions each, and their audit trail, by set-based SQL.
 * Refuses a database that already holds it (or holds anyone else). Prints rows and times per step.
 */
import { performance } from "node:perf_hooks";
import pg from "pg";
import { fillScaleData, practicesFor, type StepResult } from "./lib/scale-fill";
import { assertFillable, resetDatabase } from "./lib/scale-guard";
import { SeedRefusal, parseSeedOptions } from "./lib/scale-options";

const TABLES = ["Organisation", "User", "Patient", "CarePlan", "CarePlanVersion", "Consent", "AuditEvent"];

function line(step: string, rows: number | string, ms: number): void {
  console.log(`${step.padEnd(22)} ${String(rows).padStart(10)} rows  ${(ms / 1000).toFixed(1).padStart(7)} s`);
}

async function timed<T>(step: string, work: () => Promise<T>, rows: (result: T) => number | string = () => "-"): Promise<T> {
  const start = performance.now();
  const result = await work();
  line(step, rows(result), performance.now() - start);
  return result;
}

async function main(): Promise<void> {
  const options = parseSeedOptions(process.argv.slice(2), process.env);
  const started = performance.now();
  console.log(
    `[bench:seed] ${options.patients.toLocaleString("en-GB")} patients, ${practicesFor(options.patients)} practices, ` +
      `into "${options.database}" (${options.source})`,
  );
  if (options.reset) await timed("reset database", () => resetDatabase(options.url, options.database));
  await assertFillable(options.url, options.database);

  // lib/db reads these when first imported.
  process.env.DATABASE_URL = options.url;
  process.env.UCP_SEED_DEMO = "1";
  const { prepareDatabase } = await import("../scripts/lib/prepare");
  await timed("migrations + demo", () => prepareDatabase({ seed: "always" }, { kind: "postgres", url: options.url }));

  const client = new pg.Client({ connectionString: options.url });
  await client.connect();
  try {
    // One seeder at a time; the check again under the lock, in case another finished meanwhile.
    await client.query("SELECT pg_advisory_lock(hashtext('ucp-bench-seed'))");
    await assertFillable(options.url, options.database);
    await fillScaleData(client, { patients: options.patients, onStep: (s: StepResult) => line(s.step, s.rows, s.ms) });
    // VACUUM too, not only ANALYZE: otherwise autovacuum does that work during the first benchmark.
    await timed("vacuum + analyze", async () => {
      for (const table of TABLES) await client.query(`VACUUM (ANALYZE) "${table}"`);
    });
    const sizes = await client.query<{ table: string; rows: string; size: string }>(
      TABLES.map((t) => `SELECT '${t}' AS table, (SELECT count(*) FROM "${t}")::text AS rows, pg_size_pretty(pg_total_relation_size('"${t}"')) AS size`).join(
        " UNION ALL ",
      ),
    );
    console.log("table                        rows       size (with indexes, TOAST)");
    for (const r of sizes.rows) console.log(`${r.table.padEnd(20)} ${r.rows.padStart(12)}  ${r.size.padStart(10)}`);
    const db = await client.query<{ size: string }>("SELECT pg_size_pretty(pg_database_size(current_database())) AS size");
    console.log(`database ${options.database}: ${db.rows[0].size}; total ${((performance.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await client.end();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    const code = (error as { code?: string }).code;
    if (error instanceof SeedRefusal) console.error(`[bench:seed] ${error.message}`);
    else if (code === "3D000") console.error(`[bench:seed] The database does not exist: create it (createdb) or add --reset <name> to create it.`);
    else console.error(error);
    process.exit(error instanceof SeedRefusal || code === "3D000" ? 2 : 1);
  },
);
