import pg from "pg";
import { SYNTHETIC_ODS_PREFIX } from "./scale-sql";

/** A patient with an active published plan, picked at random for a benchmark's rotation. */
interface SampledPatient {
  patientId: string;
  nhsNumber: string;
  planId: string;
  /** The plan's current published version. */
  version: number;
}

/** A synthetic patient (from `npm run bench:seed`) and the GP of their practice (care team: reads without a reason; demo password). */
interface SampledSyntheticPatient extends SampledPatient {
  gpEmail: string;
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string, params: unknown[]): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

/** Up to `n` random patients, demo or synthetic, whose plan is active and published: the HTTP bench's rotation. */
export function samplePatients(url: string, n: number): Promise<SampledPatient[]> {
  return query<SampledPatient>(
    url,
    `SELECT c."patientId", p."nhsNumber", c.id AS "planId", c."publishedVersion" AS version
       FROM "CarePlan" c JOIN "Patient" p ON p.id = c."patientId"
      WHERE c.status = 'ACTIVE' AND c."publishedVersion" > 0
      ORDER BY random() LIMIT $1`,
    [n],
  );
}

/**
 * `n` distinct synthetic patients with an ACTIVE plan, picked at random (a different set on each
 * call; fewer if the data set has fewer), with their practice's GP. `url`: the PostgreSQL
 * database `bench:seed` filled.
 */
export function samplePatientsWithPlans(url: string, n: number): Promise<SampledSyntheticPatient[]> {
  return query<SampledSyntheticPatient>(
    url,
    `SELECT p.id AS "patientId", p."nhsNumber", cp.id AS "planId", cp."publishedVersion" AS version, u.email AS "gpEmail"
       FROM "CarePlan" cp
       JOIN "Patient" p ON p.id = cp."patientId"
       JOIN "Organisation" o ON o.id = p."registeredPracticeId" AND o."odsCode" LIKE '${SYNTHETIC_ODS_PREFIX}%'
       JOIN "User" u ON u."organisationId" = o.id AND u.role = 'GP'
      WHERE cp.status = 'ACTIVE'
      ORDER BY random()
      LIMIT $1`,
    [n],
  );
}
