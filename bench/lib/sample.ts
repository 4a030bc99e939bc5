import pg from "pg";
import { SYNTHETIC_ODS_PREFIX } from "./scale-sql";

/** A synthetic patient with an active published plan (from `npm run bench:seed`). */
export interface SampledPatient {
  patientId: string;
  nhsNumber: string;
  planId: string;
  /** The plan's current published version. */
  version: number;
  /** The GP of the patient's practice (care team: reads without a reason); demo password. */
  gpEmail: string;
}

/**
 * `n` distinct synthetic patients with an ACTIVE plan, picked at random (a different set on each
 * call; fewer if the data set has fewer). The demo paramedic reads any of them without a prompt.
 * `url`: the PostgreSQL database `bench:seed` filled.
 */
export async function samplePatientsWithPlans(url: string, n: number): Promise<SampledPatient[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<SampledPatient>(
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
    return rows;
  } finally {
    await client.end();
  }
}
