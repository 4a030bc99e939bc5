import { performance } from "node:perf_hooks";
import type pg from "pg";
import { auditActions } from "../../lib/domain/audit-actions";
import { PLAN_SCHEMA_VERSION } from "../../lib/domain/plan";
import { cancelReasons, changeSummaries, familyNames, femaleGivenNames, londonAreas, maleGivenNames, practiceSuffixes, userAgents } from "./scale-names";
import { SYNTHETIC_EMAIL_DOMAIN, SYNTHETIC_NHS_BASE, SYNTHETIC_ODS_PREFIX, nhsCheckDigitSql, pick, practiceOf, uuidOf } from "./scale-sql";
import { contentTemplates, kindWeights } from "./scale-templates";

interface FillOptions {
  patients: number;
  /** Told of each step as it finishes (a million patients take minutes). */
  onStep?: (result: StepResult) => void;
  /** Default: one per ~715 patients, at most 1,400 (London has about that many practices). */
  practices?: number;
}

export interface StepResult {
  step: string;
  rows: number;
  ms: number;
}

export function practicesFor(patients: number): number {
  return Math.min(1400, Math.max(5, Math.ceil(patients / 715)));
}

const streets = londonAreas.flatMap(([, , list]) => list);
const streetArea = londonAreas.flatMap(([area, , list]) => list.map(() => area));
const streetDistrict = londonAreas.flatMap(([, district, list]) => list.map(() => district));

/**
 * Fills the database in one transaction (all or nothing, so a failed run leaves no half data set):
 * practices with a GP and a nurse each, patients, plans (1 per 10 patients) with 3-7 versions,
 * consents, and the audit trail of publishing and reading them. The demo data must be there.
 */
export async function fillScaleData(client: pg.Client, options: FillOptions): Promise<StepResult[]> {
  const patients = options.patients;
  const practices = options.practices ?? practicesFor(patients);
  const plans = Math.floor(patients / 10);
  const results: StepResult[] = [];
  const step = async (name: string, sql: string, params: unknown[] = []) => {
    const start = performance.now();
    const result = await client.query(sql, params);
    const done = { step: name, rows: result.rowCount ?? 0, ms: performance.now() - start };
    results.push(done);
    options.onStep?.(done);
  };

  const demo = await demoActors(client);
  await client.query("BEGIN");
  try {
    // Session settings only: the server's own configuration is not ours to change.
    await client.query("SET LOCAL synchronous_commit = off");
    await client.query("SET LOCAL work_mem = '64MB'");
    await client.query("SELECT setseed(0.2026)"); // the same size gives the same people

    await step(
      "practices",
      `INSERT INTO "Organisation" (id, "odsCode", name, kind, "createdAt", "sharingAgreementSignedOn")
       SELECT ${uuidOf("practice", "p")}, '${SYNTHETIC_ODS_PREFIX}' || lpad(p::text, 4, '0'),
              ($1::text[])[1 + mod(p * 7, cardinality($1::text[]))] || ' ' || ($2::text[])[1 + mod(p, cardinality($2::text[]))],
              'GP_PRACTICE'::"OrganisationKind", now() - interval '8 years', (now() - interval '8 years')::date
       FROM generate_series(1, $3::int) p`,
      [streets, practiceSuffixes, practices],
    );

    // A GP and a practice nurse per practice, with the demo password's hash (this is a demo data set).
    await step(
      "clinicians",
      `INSERT INTO "User" (id, email, name, role, "organisationId", "professionalRegistration", "passwordHash", active, "createdAt", "updatedAt")
       SELECT ${uuidOf("gp", "p")}, 'gp.' || lower('${SYNTHETIC_ODS_PREFIX}') || lpad(p::text, 4, '0') || '@${SYNTHETIC_EMAIL_DOMAIN}',
              'Dr ' || ${pick("$1::text[]")} || ' ' || ${pick("$3::text[]", 1.5)}, 'GP'::"Role", ${uuidOf("practice", "p")},
              'GMC ' || (7100000 + p), $4, true, now(), now()
       FROM generate_series(1, $5::int) p
       UNION ALL
       SELECT ${uuidOf("nurse", "p")}, 'nurse.' || lower('${SYNTHETIC_ODS_PREFIX}') || lpad(p::text, 4, '0') || '@${SYNTHETIC_EMAIL_DOMAIN}',
              ${pick("$2::text[]")} || ' ' || ${pick("$3::text[]", 1.5)}, 'NURSE'::"Role", ${uuidOf("practice", "p")},
              'NMC ' || lpad((10000 + p)::text, 5, '0') || 'E', $4, true, now(), now()
       FROM generate_series(1, $5::int) p`,
      [femaleGivenNames.concat(maleGivenNames), femaleGivenNames, familyNames, demo.passwordHash, practices],
    );

    // Valid NHS numbers from 600 000 000 up, skipping bases whose check digit would be 10;
    // every tenth person holds a plan and is older.
    await step(
      "patients",
      `WITH numbered AS (
         SELECT row_number() OVER (ORDER BY b) AS n, b, c
         FROM (SELECT b, ${nhsCheckDigitSql("b")} AS c FROM generate_series($1::bigint, $1::bigint + ($2::bigint * 12) / 10 + 100) b) cand
         WHERE c <> 10
       ), people AS (
         SELECT n, b::text || c::text AS nhs, random() < 0.52 AS female, mod(n, 10) = 0 AS holder,
                1 + floor(random() * cardinality($6::text[]))::int AS s, random() < 0.3 AS flat, now() - random() * interval '10 years' AS created
         FROM numbered WHERE n <= $2
       )
       INSERT INTO "Patient" (id, "nhsNumber", "givenName", "familyName", "dateOfBirth", sex, "addressLine1", "addressLine2", town, postcode, phone,
                              "registeredPracticeId", "createdAt", "updatedAt")
       SELECT ${uuidOf("patient", "n")}, nhs,
              CASE WHEN female THEN ${pick("$3::text[]", 1.4)} ELSE ${pick("$4::text[]", 1.4)} END,
              ${pick("$5::text[]", 1.7)},
              current_date - ((CASE WHEN holder THEN 45 + 52 * power(random(), 0.6) ELSE 92 * power(random(), 1.15) END) * 365.25)::int,
              (CASE WHEN random() < 0.002 THEN 'UNKNOWN' WHEN female THEN 'FEMALE' ELSE 'MALE' END)::"Sex",
              CASE WHEN flat THEN 'Flat ' || (1 + floor(random() * 40)::int) ELSE (1 + floor(random() * 220)::int) || ' ' || ($6::text[])[s] END,
              CASE WHEN flat THEN (1 + floor(random() * 220)::int) || ' ' || ($6::text[])[s] END,
              ($7::text[])[s],
              ($8::text[])[s] || ' ' || (1 + floor(random() * 9)::int) || ${pick("$9::text[]")} || ${pick("$9::text[]")},
              CASE WHEN random() < 0.6 THEN '020 7946 0' ELSE '07700 900' END || lpad(floor(random() * 1000)::text, 3, '0'),
              ${uuidOf("practice", practiceOf("n", "$10::int"))}, created, created
       FROM people`,
      [
        SYNTHETIC_NHS_BASE,
        patients,
        femaleGivenNames,
        maleGivenNames,
        familyNames,
        streets,
        streetArea,
        streetDistrict,
        "ABDEFGHJLNPQRSTUWXYZ".split(""),
        practices,
      ],
    );

    await step(
      "plan templates",
      `CREATE TEMP TABLE scale_template ON COMMIT DROP AS SELECT (i - 1) AS idx, t AS text FROM unnest($1::text[]) WITH ORDINALITY AS x(t, i)`,
      [contentTemplates().map((t) => t.text)],
    );

    // One row per version to be: when, by whom, from which template (earlier stage first), with which dates.
    await step(
      "version plan",
      `CREATE TEMP TABLE scale_version ON COMMIT DROP AS
       WITH plans AS MATERIALIZED (
         SELECT j, 10 * j AS n, 3 + floor(random() * 5)::int AS nv, now() - interval '20 days' - random() * interval '5 years' AS t0,
                ($2::int[])[1 + floor(random() * cardinality($2::int[]))::int] AS kind, random() < 0.02 AS cancelled, random() AS rc
         FROM generate_series(1, $1::int) j
       ), versions AS MATERIALIZED (
         SELECT p.*, v, p.t0 + (now() - interval '1 day' - p.t0) * ((v - 1 + 0.8 * random()) / p.nv) AS published_at,
                random() < 0.25 AS by_nurse, random() AS r
         FROM plans p CROSS JOIN generate_series(1, p.nv) v
       )
       SELECT j, n, nv, v, kind * 2 + (CASE WHEN v * 2 > nv THEN 1 ELSE 0 END) AS tpl, cancelled, published_at,
              lead(published_at) OVER (PARTITION BY j ORDER BY v) AS next_at,
              first_value(published_at) OVER (PARTITION BY j ORDER BY v) AS first_at,
              ${practiceOf("n", "$3::int")} AS practice,
              CASE WHEN by_nurse THEN ${uuidOf("nurse", practiceOf("n", "$3::int"))} ELSE ${uuidOf("gp", practiceOf("n", "$3::int"))} END AS author_id,
              CASE WHEN by_nurse THEN 'NURSE' ELSE 'GP' END::"Role" AS author_role,
              (published_at::date - floor(r * 30)::int) AS decision_date,
              current_date + 7 + floor(r * 358)::int AS review_date,
              CASE WHEN v = 1 THEN 'First plan, agreed with the person' ELSE ($4::text[])[1 + floor(r * cardinality($4::text[]))::int] END AS change_summary,
              published_at + (now() - published_at) * (0.1 + 0.8 * rc) AS cancelled_at,
              ($5::text[])[1 + floor(rc * cardinality($5::text[]))::int] AS cancel_reason
       FROM versions`,
      [plans, kindWeights, practices, changeSummaries, cancelReasons],
    );

    await step(
      "plans",
      `INSERT INTO "CarePlan" (id, "patientId", status, "publishedVersion", "draftRevision", "reviewDate", "ownerId", "ownerOrganisationId",
                               "cancelledAt", "cancelReason", "createdAt", "updatedAt")
       SELECT ${uuidOf("plan", "j")}, ${uuidOf("patient", "n")}, (CASE WHEN cancelled THEN 'CANCELLED' ELSE 'ACTIVE' END)::"PlanStatus", nv, nv,
              review_date, author_id, ${uuidOf("practice", "practice")},
              CASE WHEN cancelled THEN cancelled_at END, CASE WHEN cancelled THEN cancel_reason END,
              first_at - interval '40 minutes', CASE WHEN cancelled THEN cancelled_at ELSE published_at END
       FROM scale_version WHERE v = nv`,
    );

    await step(
      "plan versions",
      `INSERT INTO "CarePlanVersion" (id, "planId", version, "schemaVersion", content, "cprDecision", "clinicalFocus", "preferredPlaceOfDeath",
                                      "authorId", "authorRole", "organisationId", "publishedAt", "changeSummary")
       SELECT ${uuidOf("version", "j || ':' || v")}, ${uuidOf("plan", "j")}, v, $1, c,
              c #>> '{cpr,decision}', c #>> '{clinicalRecommendations,clinicalFocus}', c #>> '{preferences,preferredPlaceOfDeath}',
              author_id, author_role, ${uuidOf("practice", "practice")}, published_at, change_summary
       FROM (
         SELECT s.*, replace(replace(replace(replace(replace(t.text,
                  '@@DECISION_DATE@@', s.decision_date::text), '@@REVIEW_DATE@@', s.review_date::text),
                  '@@CHANGE_SUMMARY@@', s.change_summary), '@@GIVEN@@', pt."givenName"), '@@FAMILY@@', pt."familyName")::jsonb AS c
         FROM scale_version s
         JOIN scale_template t ON t.idx = s.tpl
         JOIN "Patient" pt ON pt.id = ${uuidOf("patient", "s.n")}
         OFFSET 0 -- keeps the subquery whole: flattened, each use of c would rebuild the document
       ) x`,
      [PLAN_SCHEMA_VERSION],
    );

    // Publishing records the sharing basis; one consent per plan, by its first author.
    await step(
      "consents",
      `INSERT INTO "Consent" (id, "patientId", basis, "recordedById", "recordedAt")
       SELECT ${uuidOf("consent", "s.j")}, ${uuidOf("patient", "s.n")},
              (CASE v."content" #>> '{planDetails,consentBasis}' WHEN 'lpa' THEN 'LASTING_POWER_OF_ATTORNEY'
                WHEN 'best-interests' THEN 'BEST_INTERESTS' ELSE 'EXPLICIT_CONSENT' END)::"ConsentBasis",
              s.author_id, s.published_at
       FROM scale_version s JOIN "CarePlanVersion" v ON v."planId" = ${uuidOf("plan", "s.j")} AND v.version = 1
       WHERE s.v = 1`,
    );

    await step("audit trail", auditSql(), [demo.ids, demo.roles, demo.orgs, demo.reasons, userAgents]);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }
  return results;
}

interface DemoActors {
  passwordHash: string | null;
  ids: string[];
  roles: string[];
  orgs: string[];
  reasons: string[];
}

/** The demo emergency accounts read synthetic plans too (their default reasons, as the policy gives them). */
async function demoActors(client: pg.Client): Promise<DemoActors> {
  const emails = ["paramedic@example.org", "111-handler@example.org", "111-clinician@example.org", "ooh@example.org"];
  const reasons: Record<string, string> = {
    PARAMEDIC: "Emergency call",
    CALL_HANDLER_111: "NHS 111 call",
    CLINICIAN_111: "NHS 111 call",
    OOH_GP: "Out-of-hours consultation",
  };
  const { rows } = await client.query<{ id: string; role: string; organisationId: string; passwordHash: string | null; email: string }>(
    `SELECT id, role::text, "organisationId", "passwordHash", email FROM "User" WHERE email = ANY($1::text[])`,
    [emails.concat("gp@example.org")],
  );
  const byEmail = new Map(rows.map((r) => [r.email, r]));
  const missing = emails.concat("gp@example.org").filter((e) => !byEmail.has(e));
  if (missing.length) throw new Error(`The demo accounts are missing (${missing.join(", ")}): the demo seed must run first (UCP_SEED_DEMO=1)`);
  const actors = emails.map((e) => byEmail.get(e)!);
  return {
    passwordHash: byEmail.get("gp@example.org")!.passwordHash,
    ids: actors.map((a) => a.id),
    roles: actors.map((a) => a.role),
    orgs: actors.map((a) => a.organisationId),
    reasons: actors.map((a) => reasons[a.role]),
  };
}

/**
 * The audit trail, in time order (ids follow time, as in a real trail): a plan.published row per
 * version, a plan.cancelled row per cancelled plan, and reads: on about half the versions a
 * reader opened the plan while that version was current (plan.viewed with the version), most
 * after a patient.search, some leaving the live view open (plan.watched). Readers are the demo
 * paramedic, 111 and out-of-hours accounts (default reasons) and the practice's GP and nurse
 * (inside the care team).
 */
function auditSql(): string {
  const practiceUser = (role: string) => uuidOf(role, "r.practice");
  return `
    WITH ev AS MATERIALIZED (
      SELECT s.j, s.n, s.v, s.practice, pt."nhsNumber" AS nhs,
             s.published_at + (coalesce(s.next_at, now()) - s.published_at) * (0.02 + 0.96 * random()) AS at,
             random() AS who, random() AS r2, random() AS r3, floor(random() * 250)::int AS ip
      FROM scale_version s CROSS JOIN generate_series(1, 2) e
      JOIN "Patient" pt ON pt.id = ${uuidOf("patient", "s.n")}
      WHERE random() < 0.25
    ), reads AS (
      SELECT e.*,
             CASE WHEN who < 0.35 THEN 1 WHEN who < 0.5 THEN 2 WHEN who < 0.6 THEN 3 WHEN who < 0.7 THEN 4 WHEN who < 0.88 THEN 5 ELSE 6 END AS k
      FROM ev e
    ), actors AS (
      SELECT r.*,
             CASE WHEN k <= 4 THEN ($1::uuid[])[k] WHEN k = 5 THEN ${practiceUser("gp")} ELSE ${practiceUser("nurse")} END AS actor_id,
             CASE WHEN k <= 4 THEN ($2::text[])[k] WHEN k = 5 THEN 'GP' ELSE 'NURSE' END AS actor_role,
             CASE WHEN k <= 4 THEN ($3::uuid[])[k] ELSE ${uuidOf("practice", "r.practice")} END AS actor_org,
             CASE WHEN k <= 4 THEN ($4::text[])[k] ELSE 'Care team' END AS reason,
             ($5::text[])[1 + mod(r.j, cardinality($5::text[]))] AS ua
      FROM reads r
    )
    INSERT INTO "AuditEvent" (at, "actorId", "actorRole", "organisationId", action, "patientId", "planId", version, reason, outcome, ip, "userAgent", detail)
    SELECT at, actor_id, actor_role::"Role", org, action, patient_id, plan_id, version, reason, 'SUCCESS'::"AuditOutcome", ip, ua, detail
    FROM (
      SELECT a.at - interval '30 seconds' - a.r2 * interval '90 seconds' AS at, actor_id, actor_role, actor_org AS org,
             '${auditActions.patientSearched}' AS action, ${uuidOf("patient", "a.n")} AS patient_id, NULL::uuid AS plan_id,
             NULL::int AS version, NULL AS reason, '10.20.' || a.ip || '.' || mod(a.j, 250) AS ip, ua,
             jsonb_build_object('by', 'nhs-number', 'nhsNumber', a.nhs, 'resultCount', 1) AS detail
      FROM actors a WHERE a.r2 < 0.6
      UNION ALL
      SELECT a.at, actor_id, actor_role, actor_org, '${auditActions.planViewed}', ${uuidOf("patient", "a.n")}, ${uuidOf("plan", "a.j")}, a.v, reason,
             '10.20.' || a.ip || '.' || mod(a.j, 250), ua,
             jsonb_build_object('summaryOnly', actor_role = 'CALL_HANDLER_111')
      FROM actors a
      UNION ALL
      SELECT a.at + interval '2 seconds', actor_id, actor_role, actor_org, '${auditActions.planWatched}',
             ${uuidOf("patient", "a.n")}, ${uuidOf("plan", "a.j")}, a.v, reason,
             '10.20.' || a.ip || '.' || mod(a.j, 250), ua, jsonb_build_object('trigger', 'open')
      FROM actors a WHERE a.r3 < 0.4
      UNION ALL
      SELECT s.published_at, s.author_id, s.author_role::text, ${uuidOf("practice", "s.practice")}, '${auditActions.planPublished}',
             ${uuidOf("patient", "s.n")}, ${uuidOf("plan", "s.j")}, s.v,
             'Care team', '10.30.' || mod(s.practice, 250) || '.' || mod(s.j, 250), ($5::text[])[1],
             jsonb_build_object('outcome', 'published', 'changeSummary', s.change_summary)
      FROM scale_version s
      UNION ALL
      SELECT s.cancelled_at, ${uuidOf("gp", "s.practice")}, 'GP', ${uuidOf("practice", "s.practice")}, '${auditActions.planCancelled}',
             ${uuidOf("patient", "s.n")}, ${uuidOf("plan", "s.j")}, s.v,
             s.cancel_reason, '10.30.' || mod(s.practice, 250) || '.' || mod(s.j, 250), ($5::text[])[1], NULL
      FROM scale_version s WHERE s.cancelled AND s.v = s.nv
    ) rows
    ORDER BY at`;
}
