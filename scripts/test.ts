/**
 * `npm test`: every check and test suite, then one line "N passed, N failed".
 * Type check, format check (Prettier), lint with no warnings allowed and no line over 160 characters;
 * Vitest (unit, integration on PGlite, and on PostgreSQL when TEST_DATABASE_URL is set); Playwright
 * on PGlite (and on a fresh PostgreSQL database when TEST_DATABASE_URL is set); then, on PostgreSQL, a tiny `npm run bench:http` on the build the
 * end-to-end run made, so the HTTP bench cannot rot (one check: it ran and printed its figures).
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { freshPostgres } from "../test/databases";

const results = path.resolve("test-results");
fs.rmSync(results, { recursive: true, force: true });
fs.mkdirSync(results, { recursive: true });

const bin = (name: string) => path.resolve("node_modules/.bin", name);
let passed = 0;
let failed = 0;

function run(label: string, command: string, args: string[], env: Record<string, string | undefined> = {}): boolean {
  console.log(`\n=== ${label} ===`);
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  return result.status === 0;
}

function check(label: string, command: string, args: string[]): void {
  if (run(label, command, args)) passed++;
  else failed++;
}

function vitest(): void {
  const out = path.join(results, "vitest.json");
  const ok = run("vitest", bin("vitest"), ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${out}`]);
  const report = fs.existsSync(out) ? JSON.parse(fs.readFileSync(out, "utf8")) : null;
  passed += report?.numPassedTests ?? 0;
  failed += report?.numFailedTests ?? 0;
  if (!ok && !report?.numFailedTests) failed++; // the run itself failed (setup error)
}

function playwright(label: string, name: string, env: Record<string, string | undefined>): void {
  const out = path.join(results, `${name}.json`);
  const ok = run(label, bin("playwright"), ["test", "--reporter=list,json"], { ...env, PLAYWRIGHT_JSON_OUTPUT_NAME: out });
  const stats = fs.existsSync(out) ? JSON.parse(fs.readFileSync(out, "utf8")).stats : null;
  passed += (stats?.expected ?? 0) + (stats?.flaky ?? 0);
  failed += stats?.unexpected ?? 0;
  if (!ok && !stats?.unexpected) failed++;
}

/** The HTTP bench at CI size; it asserts no timings, only that it finished and printed its figures. */
async function httpBench(adminUrl: string): Promise<void> {
  console.log("\n=== HTTP bench (tiny: 1 s runs, 50 streams) ===");
  const database = await freshPostgres(adminUrl);
  try {
    const args = ["--conditions=react-server", "bench/http.ts", "--duration", "1", "--streams", "50", "--patients", "200"];
    const result = spawnSync(bin("tsx"), args, {
      env: { ...process.env, BENCH_DATABASE_URL: database.url },
      encoding: "utf8",
      stdio: ["ignore", "pipe", "inherit"],
      timeout: 180_000,
    });
    process.stdout.write(result.stdout ?? "");
    const printed = ["cold start:", "(a) emergency summary", "(e) bare Next.js page", "commit -> state", "server RSS"].every((line) =>
      result.stdout?.includes(line),
    );
    if (result.status === 0 && printed) passed++;
    else failed++;
  } finally {
    await database.drop();
  }
}

async function main(): Promise<void> {
  check("type check", bin("tsc"), ["--noEmit"]);
  check("format", bin("prettier"), ["--check", "."]);
  check("lint (no warnings)", bin("eslint"), [".", "--max-warnings", "0"]);
  check("line length", bin("tsx"), ["scripts/check-line-length.ts"]);
  vitest();
  playwright("end-to-end (PGlite)", "e2e-pglite", { E2E_DATABASE_URL: "" });
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (adminUrl) {
    const database = await freshPostgres(adminUrl);
    try {
      playwright("end-to-end (PostgreSQL)", "e2e-postgres", { E2E_DATABASE_URL: database.url, E2E_DATA_DIR: "" });
    } finally {
      await database.drop();
    }
    await httpBench(adminUrl);
  }
  const summary = `${passed} passed, ${failed} failed`;
  fs.writeFileSync(path.join(results, "summary.txt"), summary + "\n");
  console.log(`\n${summary}`);
  process.exit(failed === 0 ? 0 : 1);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
