import http from "node:http";
import fc from "fast-check";
import { expect, test } from "@playwright/test";
import { FHIR, getFrom, planOf, registerClient, type RawAnswer } from "./fhir-helpers";

/**
 * Hostile values in every FHIR path segment and search parameter, over HTTP against the
 * started app with a valid token: never 500 or more, never a stack trace; unknown ids 404.
 */
const PER_POSITION = 1000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const nasty = fc.constantFrom(
  "%",
  "%%",
  "%zz",
  "%E0%A4%A",
  "%00",
  "%2e%2e",
  "..",
  "../../etc/passwd",
  "..%2f..%2f",
  "%252e",
  "' OR 1=1 --",
  "<script>alert(1)</script>",
  "$everything",
  "_history",
  "-1",
  "0",
  "1e3",
  "99999999999999999999",
  "\u0000",
  "\u202e",
  "😀",
  "Patient/",
  "|",
  "||",
  "https://fhir.nhs.uk/Id/nhs-number|",
  "00000000-0000-4000-8000-000000000000",
  "ffffffff-ffff-ffff-ffff-ffffffffffff",
  "x".repeat(2000),
);
const hostile = fc.oneof(
  nasty,
  fc.string({ maxLength: 60 }),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.uuid(),
  fc.integer().map(String),
  fc.array(nasty, { maxLength: 4 }).map((a) => a.join("")),
);

/** Either properly encoded, or raw with only what an HTTP request line cannot carry escaped (stray `%` stays). */
function asSegment(value: string, raw: boolean): string {
  if (!raw) return encodeURIComponent(value);
  return Array.from(value, (ch) => (/^[\x21-\x7e]$/.test(ch) && ch !== "#" ? ch : encodeURIComponent(ch))).join("");
}

function values(): { value: string; raw: boolean }[] {
  return fc.sample(fc.record({ value: hostile, raw: fc.boolean() }), PER_POSITION);
}

test("1,000 hostile values in each FHIR path segment and search parameter: no 500, no stack trace", async ({ page, request, baseURL }) => {
  test.setTimeout(90_000);
  const { token } = await registerClient(page, "Paramedic", "Y00501");
  const { patientId, planId } = await planOf(request, token, "9990000018");
  // Each position gets PER_POSITION values; where two resources share a position they take turns.
  const positions: Record<string, (s: string, i: number) => string> = {
    "resource type": (s) => `${FHIR}/${s}`,
    id: (s, i) => `${FHIR}/${i % 2 ? "Patient" : "CarePlan"}/${s}`,
    operation: (s, i) => (i % 2 ? `${FHIR}/Patient/${patientId}/${s}` : `${FHIR}/CarePlan/${planId}/${s}`),
    version: (s) => `${FHIR}/CarePlan/${planId}/_history/${s}`,
    "Patient?identifier": (s) => `${FHIR}/Patient?identifier=${s}`,
    // The reference search parameters take turns: CarePlan's patient and subject, Consent's patient.
    "CarePlan?patient / subject, Consent?patient": (s, i) => [`${FHIR}/CarePlan?patient=`, `${FHIR}/CarePlan?subject=`, `${FHIR}/Consent?patient=`][i % 3] + s,
    "_format and parameter names": (s, i) => (i % 2 ? `${FHIR}/CarePlan/${planId}?_format=${s}` : `${FHIR}/Patient?${s}=1`),
  };
  const headers = { authorization: `Bearer ${token}` };
  const failures: string[] = [];
  let sent = 0;
  const agent = new http.Agent({ keepAlive: true, maxSockets: 8 });
  for (const [name, pathFor] of Object.entries(positions)) {
    const cases = values();
    // A few at a time: the machine is shared, and the answers must not depend on timing.
    for (let i = 0; i < cases.length; i += 8) {
      await Promise.all(
        cases.slice(i, i + 8).map(async ({ value, raw }, j) => {
          const path = pathFor(asSegment(value, raw), i + j);
          const answer: RawAnswer = await getFrom("127.0.0.1", baseURL!, path, headers, agent);
          sent++;
          const problem = check(answer, name, value);
          if (problem) failures.push(`${name} ${JSON.stringify(value)} -> ${answer.status}: ${problem}`);
        }),
      );
    }
  }
  agent.destroy();
  expect(sent).toBe(PER_POSITION * Object.keys(positions).length);
  expect(failures.slice(0, 20)).toEqual([]);
});

function check(answer: RawAnswer, position: string, value: string): string | null {
  if (answer.status >= 500) return "server error";
  if (/\bat .+\.(js|ts):\d+|node_modules|Error:/.test(answer.body)) return "stack trace or error in the body";
  const fhir = String(answer.headers["content-type"] ?? "").startsWith("application/fhir+json");
  // Next itself answers some malformed URLs (400) or normalizes paths (redirects) before the API sees them.
  if (!fhir) return answer.status >= 300 && answer.status < 500 ? null : `not FHIR JSON (${answer.headers["content-type"]})`;
  const body = JSON.parse(answer.body) as { resourceType?: string };
  if (answer.status >= 400 && body.resourceType !== "OperationOutcome") return "an error that is not an OperationOutcome";
  if (![200, 400, 403, 404, 406].includes(answer.status)) return "unexpected status";
  if (position === "id" && UUID.test(value) && answer.status !== 404) return "an unknown id that is not 404";
  return null;
}
