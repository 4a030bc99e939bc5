import pg from "pg";

export interface SampledPatient {
  patientId: string;
  nhsNumber: string;
  planId: string;
}

/** Up to `n` random patients whose plan is active and published: the rotation of the HTTP bench. */
export async function samplePatients(databaseUrl: string, n: number): Promise<SampledPatient[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<SampledPatient>(
      `SELECT c."patientId", p."nhsNumber", c.id AS "planId"
         FROM "CarePlan" c JOIN "Patient" p ON p.id = c."patientId"
        WHERE c.status = 'ACTIVE' AND c."publishedVersion" > 0
        ORDER BY random() LIMIT $1`,
      [n],
    );
    return rows;
  } finally {
    await client.end();
  }
}
