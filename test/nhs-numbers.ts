import { db } from "@/lib/db";
import { nhsCheckDigit } from "@/lib/domain/nhs-number";

// One allocator for every integration test: random or per-file ranges of testNhsNumber(n)
// overlapped and collided on the unique Patient.nhsNumber. A sequence in the test database
// itself is shared by every file and worker of the run, so no two callers get the same number.
// The 990 prefix never meets the demo and fixed numbers, which use 999 (testNhsNumber).
const sequence = "ucp_test_nhs_numbers";
let created: Promise<void> | undefined;

async function createSequence(): Promise<void> {
  try {
    await db().$executeRawUnsafe(`CREATE SEQUENCE IF NOT EXISTS ${sequence}`);
  } catch (error) {
    // Two workers creating it at once: IF NOT EXISTS still races on the catalog's unique index
    // (a duplicate error, shaped differently on PGlite and PostgreSQL). The other one made it: go on.
    const [{ exists }] = await db().$queryRawUnsafe<{ exists: boolean }[]>(`SELECT to_regclass('${sequence}') IS NOT NULL AS exists`);
    if (!exists) throw error;
  }
}

/** A valid NHS number (990 + six digits + check digit) that no other test in this run has. */
export async function uniqueNhsNumber(): Promise<string> {
  created ??= createSequence().catch((error: unknown) => {
    created = undefined;
    throw error;
  });
  await created;
  for (;;) {
    const [{ n }] = await db().$queryRawUnsafe<{ n: bigint | number | string }[]>(`SELECT nextval('${sequence}') AS n`);
    const nine = `990${String(n).padStart(6, "0")}`;
    if (nine.length !== 9) throw new Error(`${sequence} ran out of numbers`);
    const check = nhsCheckDigit(nine);
    if (check !== null) return `${nine}${check}`;
  }
}
