/**
 * `npm run bench`: figures for the hot paths, printed, never asserted.
 * Uses a fresh embedded database (or BENCH_DATABASE_URL, a PostgreSQL database it may fill).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ucp-bench-"));
process.env.UCP_DATA_DIR = dir;
process.env.DATABASE_URL = process.env.BENCH_DATABASE_URL ?? "";
process.env.UCP_SEED_DEMO = "1"; // it signs in and reads as the demo accounts, on PostgreSQL too

const { prepareDatabase } = await import("../scripts/lib/prepare");
const { databaseConfig } = await import("../lib/db/config");
const { acquirePgliteLock } = await import("../lib/db/pglite-lock");
const { db } = await import("../lib/db");
const { loadActor } = await import("../lib/server/actor");
const { searchPatients } = await import("../lib/server/patients");
const { signInWithPassword } = await import("../lib/server/auth/sign-in");
const { testNhsNumber } = await import("../lib/domain/nhs-number");
const { toFormValues } = await import("../lib/domain/plan");
const { demoPlanContent } = await import("../lib/server/seed/demo-plan-content");
const { getPlanView } = await import("../lib/server/views/plan-view");
const { openDraft } = await import("../lib/server/plans/drafts");
const { publishContent } = await import("../lib/server/plans/publish-content");
const { onPlanChanged } = await import("../lib/server/events/plan-events");
const { handleFhirRequest } = await import("../lib/server/fhir/router");
const { createApiClientRecord } = await import("../lib/server/api-clients/store");

function summary(name: string, samples: number[]): void {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))].toFixed(2);
  const total = samples.reduce((a, b) => a + b, 0);
  console.log(
    `${name.padEnd(34)} n=${samples.length}  p50=${at(0.5)} ms  p95=${at(0.95)} ms  p99=${at(0.99)} ms  ${(samples.length / (total / 1000)).toFixed(0)}/s`,
  );
}

async function time(n: number, work: (i: number) => Promise<unknown>): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    const start = performance.now();
    await work(i);
    samples.push(performance.now() - start);
  }
  return samples;
}

const config = databaseConfig();
if (config.kind === "pglite") acquirePgliteLock(config.dataDir);
await prepareDatabase({ seed: "always" }, config);
const gpUser = await db().user.findUniqueOrThrow({ where: { email: "gp@example.org" } });
const caller = { actor: await loadActor(gpUser.id), ip: "127.0.0.1", userAgent: "bench" };

console.log(`database: ${config.kind}; node ${process.version}; ${os.cpus().length} cores`);
summary("search by NHS number (+audit row)", await time(500, (i) => searchPatients(caller, { by: "nhs-number", nhsNumber: testNhsNumber((i % 60) + 1) })));
summary(
  "search by family name + DOB",
  await time(500, () => searchPatients(caller, { by: "name", familyName: "okafor", dateOfBirth: { day: "14", month: "3", year: "1941" } })),
);
summary(
  "password sign-in (argon2id)",
  await time(20, () => signInWithPassword({ email: "nurse@example.org", password: "care-plan-demo" }, { ip: "127.0.0.9" })),
);

// The emergency read, and how long a publish takes to reach an open view (commit -> NOTIFY -> listener).
const paramedicUser = await db().user.findUniqueOrThrow({ where: { email: "paramedic@example.org" } });
const paramedic = { actor: await loadActor(paramedicUser.id), ip: "127.0.0.1", userAgent: "bench" };
const margaret = await db().patient.findUniqueOrThrow({ where: { nhsNumber: testNhsNumber(1) } });
summary("emergency summary read (+audit row)", await time(300, () => getPlanView(paramedic, { patientId: margaret.id })));

// The FHIR API as an ambulance system calls it: token check, policy, mapping to FHIR JSON, audit row.
const { client } = await db().$transaction((tx) => createApiClientRecord(tx, { name: "bench ePCR", role: "PARAMEDIC", odsCode: "Y00501" }, null));
const fhir = (path: string) =>
  handleFhirRequest(new Request(`http://bench/api/fhir/R4${path}`, { headers: { authorization: `Bearer ${client.token}` } })).then((r) => r.text());
const planId = (await db().carePlan.findUniqueOrThrow({ where: { patientId: margaret.id } })).id;
summary("FHIR CarePlan read (token+audit)", await time(300, () => fhir(`/CarePlan/${planId}`)));
summary("FHIR Patient/$everything", await time(300, () => fhir(`/Patient/${margaret.id}/$everything`)));

const patient = await db().patient.findUniqueOrThrow({ where: { nhsNumber: testNhsNumber(40) } });
const draft = await openDraft(caller, { patientId: patient.id });
const contents = demoPlanContent().map((c) => toFormValues(c));
let version = 0;
let heard: (() => void) | null = null;
const stop = await onPlanChanged(patient.id, () => heard?.());
const publishTimes: number[] = [];
const latencies: number[] = [];
for (let i = 0; i < 50; i++) {
  const arrived = new Promise<number>((resolve) => (heard = () => resolve(performance.now())));
  const start = performance.now();
  ({ version } = await publishContent(caller, {
    planId: draft.planId,
    baseVersion: version,
    content: contents[i % contents.length],
    changeSummary: `bench ${i}`,
  }));
  publishTimes.push(performance.now() - start);
  latencies.push((await arrived) - start);
}
stop();
summary("publish a version (+audit, NOTIFY)", publishTimes);
summary("publish call -> open view notified", latencies);
console.log(`rss ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MiB`);
await db().$disconnect();
fs.rmSync(dir, { recursive: true, force: true });
process.exit(0); // the PostgreSQL LISTEN connection would keep the process alive
