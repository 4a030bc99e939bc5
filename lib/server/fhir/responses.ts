import type { Resource } from "@medplum/fhirtypes";
import { errorOutcome, type ErrorStatus, type IssueType } from "@/lib/domain/fhir";

const FHIR_JSON = "application/fhir+json; charset=utf-8";

/** Patient data: never cached by browsers or proxies. */
const baseHeaders = { "content-type": FHIR_JSON, "cache-control": "no-store" };

export function fhirResponse(resource: Resource, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(resource), { status, headers: { ...baseHeaders, ...headers } });
}

export function fhirError(status: ErrorStatus, diagnostics: string, headers: Record<string, string> = {}, code?: IssueType): Response {
  const { body } = errorOutcome(status, diagnostics, code);
  return fhirResponse(body, status, headers);
}

/** 401 says how to authenticate (RFC 6750). */
export function unauthenticated(diagnostics: string): Response {
  return fhirError(401, diagnostics, { "www-authenticate": 'Bearer realm="ucp-fhir"' });
}

/** Too many failed authentications from this address: try again after Retry-After seconds. */
export function tooManyFailures(retryAfterSeconds: number): Response {
  return fhirError(429, `Too many requests without a valid token from this address. Try again in ${retryAfterSeconds} seconds`, {
    "retry-after": String(retryAfterSeconds),
  });
}
