/**
 * `npm run bench:http [-- --url http://127.0.0.1:3000 --duration 10 --connections 10,50 --streams 2000]`:
 * the BUILT app over HTTP next to a bare Next.js page of the same size (bench/bare), loaded in turns
 * with autocannon on loopback, then the live-update fan-out. Figures are printed, never asserted.
 * Needs PostgreSQL: BENCH_DATABASE_URL (or DATABASE_URL), prepared here with the demo data.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { parseArgs } from "./lib/args";
import { bareSizeFor, bodyBytes } from "./lib/calibrate";
import { measureFanOut } from "./lib/live-fan-out";
import { formatHeader, formatRow, load, type LoadFigures, type LoadTarget } from "./lib/load";
import { samplePatients } from "./lib/sample";
import { buildBareIfNeeded, serverPid, startApp, startBare, type Started } from "./lib/servers";
import { signIn } from "./lib/sign-in";

const args = parseArgs(process.argv.slice(2));
const databaseUrl = process.env.BENCH_DATABASE_URL || process.env.DATABASE_URL;
if (!databaseUrl) throw new Error("bench:http needs PostgreSQL: set BENCH_DATABASE_URL (or DATABASE_URL)");
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "ucp-bench-http-"));
Object.assign(process.env, { DATABASE_URL: databaseUrl, UCP_SEED_DEMO: "1", UCP_DATA_DIR: dataDir });
// Above the stream count, so the fan-out measures the app, not its caps (defaults 10 per person, 2,500 per instance).
const streamCap = String(args.streams + 100);

const { DEMO_PASSWORD } = await import("../lib/server/seed/demo-data");
const { testNhsNumber } = await import("../lib/domain/nhs-number");
const data = await import("./lib/bench-data");
const started: Started[] = [];

async function main(): Promise<void> {
  console.log(
    `bench:http  node ${process.version}; ${os.cpus().length} cores; PostgreSQL at ${new URL(databaseUrl!).host}; ${args.duration} s per run; loopback only`,
  );
  let app: { base: string; pid: number | null };
  if (args.url) {
    app = { base: args.url, pid: args.pid };
    console.log(`app: ${args.url} (already running; for ${args.streams} streams it needs UCP_MAX_STREAMS and UCP_MAX_STREAMS_PER_USER above that)`);
  } else {
    const { prepareDatabase } = await import("../scripts/lib/prepare");
    const { buildIfNeeded } = await import("../scripts/lib/build");
    await prepareDatabase({ seed: "if-empty" });
    buildIfNeeded();
    const env = { ...process.env, NEXTAUTH_SECRET: randomBytes(32).toString("hex"), UCP_MAX_STREAMS: streamCap, UCP_MAX_STREAMS_PER_USER: streamCap };
    const server = await startApp(args.port, env);
    started.push(server);
    app = { base: server.base, pid: serverPid(server.child.pid!) };
    console.log(
      `app: built app via scripts/start.ts on ${server.base}, UCP_MAX_STREAMS=${streamCap} UCP_MAX_STREAMS_PER_USER=${streamCap} (raised for the fan-out)`,
    );
    console.log(`cold start: ${(server.coldStartMs / 1000).toFixed(2)} s from spawning scripts/start.ts (prepared database, built app) to the first 200 on /`);
  }
  buildBareIfNeeded();
  const bare = await startBare(args.barePort);
  started.push(bare);

  const cookie = await signIn(app.base, "paramedic@example.org", DEMO_PASSWORD);
  const patients = await samplePatients(databaseUrl!, args.patients);
  if (patients.length === 0) throw new Error("no patient with an active published plan in the database");
  const token = await data.emergencyClientToken();
  const page = { Cookie: cookie };
  const fhir = { Authorization: `Bearer ${token}`, Accept: "application/fhir+json" };

  // Each check also warms the route; a target that does not answer 200 stops the bench here.
  const sizes: number[] = [];
  for (const p of patients.slice(0, 20)) sizes.push(await bodyBytes(`${app.base}/patients/${p.patientId}/summary`, page));
  await bodyBytes(`${app.base}/patients/search?by=nhs-number&nhsNumber=${patients[0].nhsNumber}`, page);
  await bodyBytes(`${app.base}/api/fhir/R4/CarePlan/${patients[0].planId}`, fhir);
  await bodyBytes(`${app.base}/api/fhir/R4/Patient/${patients[0].patientId}/$everything`, fhir);
  const summaryBytes = Math.round(sizes.reduce((a, b) => a + b, 0) / sizes.length);
  const bareSize = await bareSizeFor(bare.base, summaryBytes);
  console.log(
    `patients: ${patients.length} sampled (active, published plans); summary body ${summaryBytes} bytes on average; ` +
      `bare page n=${bareSize.n} -> ${bareSize.bytes} bytes`,
  );

  const rotate = <T>(list: T[], path: (item: T) => string) => {
    let i = 0;
    return () => path(list[i++ % list.length]);
  };
  const targets: LoadTarget[] = [
    { name: "(a) emergency summary", base: app.base, headers: page, nextPath: rotate(patients, (p) => `/patients/${p.patientId}/summary`) },
    {
      name: "(b) search by NHS number",
      base: app.base,
      headers: page,
      nextPath: rotate(patients, (p) => `/patients/search?by=nhs-number&nhsNumber=${p.nhsNumber}`),
    },
    { name: "(c) FHIR CarePlan read", base: app.base, headers: fhir, nextPath: rotate(patients, (p) => `/api/fhir/R4/CarePlan/${p.planId}`) },
    { name: "(d) FHIR $everything", base: app.base, headers: fhir, nextPath: rotate(patients, (p) => `/api/fhir/R4/Patient/${p.patientId}/$everything`) },
  ];
  const bareTarget: LoadTarget = { name: "(e) bare Next.js page", base: bare.base, nextPath: () => `/?n=${bareSize.n}` };

  for (const connections of args.connections) {
    // Bare, target, bare, target, ... so machine noise hits both; each target is compared with the bare runs either side.
    const bareRuns: LoadFigures[] = [await load(bareTarget, connections, args.duration)];
    const rows: string[] = [];
    for (const target of targets) {
      const figures = await load(target, connections, args.duration);
      bareRuns.push(await load(bareTarget, connections, args.duration));
      const around = (bareRuns[bareRuns.length - 2].reqPerSec + bareRuns[bareRuns.length - 1].reqPerSec) / 2;
      rows.push(formatRow(figures, around));
    }
    const mean = (pick: (f: LoadFigures) => number) => bareRuns.reduce((sum, f) => sum + pick(f), 0) / bareRuns.length;
    const bareMean: LoadFigures = {
      ...bareRuns[0],
      name: `${bareTarget.name} (mean of ${bareRuns.length})`,
      reqPerSec: mean((f) => f.reqPerSec),
      p50: mean((f) => f.p50),
      p95: mean((f) => f.p95),
      p99: mean((f) => f.p99),
      errors: bareRuns.reduce((s, f) => s + f.errors, 0),
      non2xx: bareRuns.reduce((s, f) => s + f.non2xx, 0),
      bytesPerResponse: mean((f) => f.bytesPerResponse),
      completed: bareRuns.reduce((s, f) => s + f.completed, 0),
    };
    console.log(
      `\n${connections} connections (bytes/resp: headers and body as autocannon read them; done: responses completed in the run; ` +
        "vs bare: req/s over the bare runs either side)",
    );
    console.log(formatHeader());
    for (const row of rows) console.log(row);
    console.log(formatRow(bareMean, null));
    console.log(`    bare req/s by run: ${bareRuns.map((f) => f.reqPerSec.toFixed(0)).join(", ")}`);
  }

  console.log(`\nlive-update fan-out: ${args.streams} streams of one patient on one instance, as the paramedic`);
  const patientId = await data.demoPatientId(testNhsNumber(1));
  await measureFanOut({
    base: app.base,
    cookie,
    patientId,
    n: args.streams,
    waitSeconds: args.fanOutWait,
    serverPid: app.pid,
    publish: () => data.publishAsGp(patientId, "bench:http fan-out"),
  });
}

// Stopped from outside (Ctrl-C, a CI timeout): the servers run in process groups of their own, so end them too.
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => void Promise.all(started.map((server) => server.stop())).finally(() => process.exit(1)));
}

try {
  await main();
} finally {
  for (const server of started.reverse()) await server.stop();
  await data.closeBenchData();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
process.exit(0); // the database's LISTEN connection would keep the process alive
