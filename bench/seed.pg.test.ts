import { spawnSync } from "node:child_process";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isValidNhsNumber } from "@/lib/domain/nhs-number";
import { planContentSchema, promotedFields, toFormValues, type PlanContent } from "@/lib/domain/plan";
import { freshPostgres } from "@/test/databases";
import { samplePatientsWithPlans } from "./lib/sample";

// The whole command on a fresh PostgreSQL database, small: what it makes, and that it refuses a second run.
const PATIENTS = 2000;
let database: { url: string; drop(): Promise<void> };
let client: pg.Client;

function seed(url: string) {
  return spawnSync(path.resolve("node_modules/.bin/tsx"), ["--conditions=react-server", "bench/seed.ts", "--patients", String(PATIENTS)], {
    env: { ...process.env, BENCH_DATABASE_URL: url, DATABASE_URL: "" },
    encoding: "utf8",
  });
}

const rows = async <T extends pg.QueryResultRow>(sql: string) => (await client.query<T>(sql)).rows;

beforeAll(async () => {
  database = await freshPostgres(process.env.TEST_DATABASE_URL!);
  const first = seed(database.url);
  expect(first.status, first.stderr).toBe(0);
  client = new pg.Client({ connectionString: database.url });
  await client.connect();
}, 120_000);

afterAll(async () => {
  await client?.end();
  await database?.drop();
});

describe("npm run bench:seed", () => {
  it("makes patients with valid NHS numbers outside the 999 range, at synthetic practices", async () => {
    const patients = await rows<{ nhsNumber: string; odsCode: string }>(
      `SELECT p."nhsNumber", o."odsCode" FROM "Patient" p JOIN "Organisation" o ON o.id = p."registeredPracticeId" WHERE p."nhsNumber" NOT LIKE '999%'`,
    );
    expect(patients).toHaveLength(PATIENTS);
    expect(patients.filter((p) => !isValidNhsNumber(p.nhsNumber))).toEqual([]);
    expect(new Set(patients.map((p) => p.nhsNumber)).size).toBe(PATIENTS);
    expect(patients.every((p) => p.odsCode.startsWith("ZS"))).toBe(true);
  });

  it("gives one plan per ten patients, versions 1..publishedVersion in time order, owned by the practice", async () => {
    const plans = await rows<{ n: number; published: number; versions: number[]; ascending: boolean; ownedByPractice: boolean }>(
      `SELECT cp."publishedVersion" AS published, array_agg(v.version ORDER BY v.version) AS versions,
              array_agg(v."publishedAt" ORDER BY v.version) = array_agg(v."publishedAt" ORDER BY v."publishedAt") AS ascending,
              bool_and(cp."ownerOrganisationId" = p."registeredPracticeId" AND v."organisationId" = p."registeredPracticeId") AS "ownedByPractice"
       FROM "CarePlan" cp JOIN "Patient" p ON p.id = cp."patientId" JOIN "CarePlanVersion" v ON v."planId" = cp.id
       WHERE p."nhsNumber" NOT LIKE '999%' GROUP BY cp.id`,
    );
    expect(plans).toHaveLength(PATIENTS / 10);
    for (const plan of plans) {
      expect(plan.versions).toEqual(Array.from({ length: plan.published }, (_, i) => i + 1));
      expect(plan.published).toBeGreaterThanOrEqual(3);
      expect(plan.ascending && plan.ownedByPractice).toBe(true);
    }
    const mean = plans.reduce((sum, p) => sum + p.published, 0) / plans.length;
    expect(mean).toBeGreaterThan(4);
    expect(mean).toBeLessThan(6);
  });

  it("stores content that passes the publish schema, with promoted columns and the plan's review date to match", async () => {
    const versions = await rows<{
      content: PlanContent;
      cprDecision: string;
      clinicalFocus: string;
      preferredPlaceOfDeath: string | null;
      latest: boolean;
      reviewDate: string;
    }>(
      `SELECT v.content, v."cprDecision", v."clinicalFocus", v."preferredPlaceOfDeath", v.version = cp."publishedVersion" AS latest,
              cp."reviewDate"::text AS "reviewDate"
       FROM "CarePlanVersion" v JOIN "CarePlan" cp ON cp.id = v."planId" JOIN "Patient" p ON p.id = cp."patientId" WHERE p."nhsNumber" NOT LIKE '999%'`,
    );
    expect(versions.length).toBeGreaterThan((PATIENTS / 10) * 3);
    for (const v of versions) {
      const parsed = planContentSchema.safeParse(toFormValues(v.content));
      expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
      expect(parsed.data).toStrictEqual(v.content);
      expect({ cprDecision: v.cprDecision, clinicalFocus: v.clinicalFocus, preferredPlaceOfDeath: v.preferredPlaceOfDeath }).toEqual(promotedFields(v.content));
      if (v.latest) expect(v.reviewDate).toBe(v.content.planDetails.reviewDate);
    }
    // Versions differ (dates, names, change summaries), not ten templates copied.
    expect(new Set(versions.map((v) => JSON.stringify(v.content))).size).toBeGreaterThan(versions.length * 0.9);
  });

  it("writes an audit trail of publishing and several reads per plan", async () => {
    const counts = Object.fromEntries(
      (
        await rows<{ action: string; n: number }>(`SELECT action, count(*)::int AS n FROM "AuditEvent" WHERE at < now() - interval '1 hour' GROUP BY action`)
      ).map((r) => [r.action, r.n]),
    );
    const plans = PATIENTS / 10;
    expect(counts["plan.published"]).toBeGreaterThan(plans * 3);
    expect(counts["plan.viewed"] + counts["patient.search"] + counts["plan.watched"]).toBeGreaterThan(plans * 3);
    const [views] = await rows<{ bad: number }>(
      `SELECT count(*)::int AS bad FROM "AuditEvent" WHERE action = 'plan.viewed' AND (version IS NULL OR "planId" IS NULL OR reason IS NULL)`,
    );
    expect(views.bad).toBe(0);
  });

  it("keeps the demo accounts and patients, and the demo paramedic and the practice GP read sampled plans", async () => {
    const demo = await rows<{ email: string }>(`SELECT email FROM "User" WHERE email LIKE '%@example.org' AND email NOT LIKE '%@scale.example.org'`);
    expect(demo.map((u) => u.email).sort()).toEqual([
      "111-clinician@example.org",
      "111-handler@example.org",
      "admin@example.org",
      "care-home-nurse@example.org",
      "care-home@example.org",
      "ed@example.org",
      "gp@example.org",
      "nurse@example.org",
      "ooh@example.org",
      "paramedic@example.org",
      "patient@example.org",
      "practice-admin@example.org",
      "proxy@example.org",
      "social-worker@example.org",
      "specialist@example.org",
    ]);
    const [{ n }] = await rows<{ n: number }>(`SELECT count(*)::int AS n FROM "Patient" WHERE "nhsNumber" LIKE '999%'`);
    expect(n).toBe(60);

    const sample = await samplePatientsWithPlans(database.url, 5);
    expect(sample).toHaveLength(5);
    process.env.DATABASE_URL = database.url; // lib/db reads it on first use
    const { db } = await import("@/lib/db");
    const { loadActor } = await import("@/lib/server/actor");
    const { getPlanView } = await import("@/lib/server/views/plan-view");
    const callerFor = async (email: string) => ({
      actor: await loadActor((await db().user.findUniqueOrThrow({ where: { email } })).id),
      ip: null,
      userAgent: "seed test",
    });
    const paramedic = await callerFor("paramedic@example.org");
    for (const s of sample) {
      expect((await getPlanView(paramedic, { patientId: s.patientId })).plan?.version).toBe(s.version);
      expect((await getPlanView(await callerFor(s.gpEmail), { patientId: s.patientId })).plan?.id).toBe(s.planId);
    }
    await db().$disconnect();
  });

  it("refuses to run again on the same database", () => {
    const again = seed(database.url);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain("already holds synthetic scale data");
  });
});
