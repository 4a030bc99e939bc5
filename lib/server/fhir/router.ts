import "server-only";
import { capabilityStatement, everything, historyBundle, searchsetBundle, toFhirCarePlan, toFhirConsent, toFhirPatient } from "@/lib/domain/fhir";
import { isUuid } from "@/lib/domain/inputs";
import type { Caller } from "../actor";
import { callerFromBearer, type BearerFailure } from "../api-clients/authenticate";
import { answerForFhir } from "../error-mapping";
import { getPatient } from "../patients";
import {
  ACCESS_REASON_HEADER,
  BREAK_GLASS_API_MESSAGE,
  fhirCarePlanHistory,
  fhirEverything,
  fhirReadCarePlan,
  fhirSearchCarePlans,
  fhirSearchConsents,
  fhirSearchPatients,
} from "./reads";
import { authFailureGate } from "./auth-failures";
import { fhirError, fhirResponse, tooManyFailures, unauthenticated } from "./responses";
import { checkParams, nhsNumberFromIdentifier, patientIdFromReference, type ParamResult } from "./search-params";

const FHIR_BASE_PATH = "/api/fhir/R4";
/** When the CapabilityStatement last changed: bump it with what the API supports. */
const CAPABILITY_DATE = "2026-12-01";
/** A version id in `_history/<vid>`: 1 to 999,999,999. */
const VERSION_ID = /^[1-9]\d{0,8}$/;

const failureMessages: Record<BearerFailure, string> = {
  missing: "Send an API client's token: Authorization: Bearer <token>",
  malformed: "The bearer token is not valid (unknown or revoked)",
  unknown: "The bearer token is not valid (unknown or revoked)",
  revoked: "The bearer token is not valid (unknown or revoked)",
  expired: "The bearer token has expired: ask the administrator to rotate it",
  rotated: "The bearer token has been replaced by a new one (rotated): use the new token",
  "organisation-suspended": "The client's organisation is suspended from this service: its clients cannot read care plans until it is reinstated",
  "no-sharing-agreement": "The client's organisation has not signed the data sharing agreement: its clients cannot read care plans until it has",
};

/** A request that matched a route: its path values (`:id`, `:vid`), parameters and base URL. */
interface Matched {
  id: string;
  vid: number;
  params: URLSearchParams;
  baseUrl: string;
}

/** What a route does once the caller is authenticated. */
type Work = (caller: Caller, request: Request) => Promise<Response>;

/**
 * One interaction of the API, as medplum's fhirrouter lists them: the path (literals, `:id` a
 * record id, `:vid` a version id), the search parameters it takes (besides `_format`; any other
 * is refused, as a search that ignores a filter returns the wrong patients), and what it does.
 * `prepare` checks the request into the use case's input, or answers it, before the token is
 * looked at: a malformed request costs no database read.
 */
interface FhirRoute {
  path: readonly string[];
  params?: readonly string[];
  /** The CapabilityStatement: FHIR clients discover a server before they authenticate; it holds no patient data. */
  public?: boolean;
  prepare(m: Matched): ParamResult<Work>;
}

const ok = (work: Work): ParamResult<Work> => ({ ok: true, value: work });

const routes: FhirRoute[] = [
  {
    path: ["metadata"],
    public: true,
    prepare: (m) => ok(async () => fhirResponse(capabilityStatement({ baseUrl: m.baseUrl, date: CAPABILITY_DATE }))),
  },
  {
    // `Patient?identifier=https://fhir.nhs.uk/Id/nhs-number|<n>`
    path: ["Patient"],
    params: ["identifier"],
    prepare(m) {
      const identifier = m.params.get("identifier");
      if (identifier === null) {
        return { ok: false, status: 400, message: "Search Patient by NHS number: identifier=https://fhir.nhs.uk/Id/nhs-number|<NHS number>" };
      }
      const nhsNumber = nhsNumberFromIdentifier(identifier);
      if (!nhsNumber.ok) return nhsNumber;
      return ok(async (caller) => {
        const resources = (await fhirSearchPatients(caller, { nhsNumber: nhsNumber.value })).map(toFhirPatient);
        return fhirResponse(searchsetBundle(resources, resources.length, { baseUrl: m.baseUrl }));
      });
    },
  },
  {
    // The app's own patient read: same policy, same audit action.
    path: ["Patient", ":id"],
    prepare: (m) => ok(async (caller) => fhirResponse(toFhirPatient(await getPatient(caller, { patientId: m.id })))),
  },
  {
    path: ["Patient", ":id", "$everything"],
    prepare: (m) =>
      ok(async (caller) => {
        const r = await fhirEverything(caller, { patientId: m.id });
        return fhirResponse(everything(r.patient, r.version, r.consents, { baseUrl: m.baseUrl, grants: r.grants }));
      }),
  },
  {
    // `CarePlan?patient=Patient/<id>` (or `subject=`): the patient's current published plan.
    path: ["CarePlan"],
    params: ["patient", "subject"],
    prepare(m) {
      const value = m.params.get("patient") ?? m.params.get("subject");
      if (value === null || (m.params.has("patient") && m.params.has("subject"))) {
        return { ok: false, status: 400, message: "Search CarePlan by one of patient=Patient/<id> or subject=Patient/<id>" };
      }
      const patientId = patientIdFromReference(value);
      if (!patientId.ok) return patientId;
      return ok(async (caller) => {
        const r = await fhirSearchCarePlans(caller, { patientId: patientId.value });
        const resources = r.patient ? r.versions.map((v) => toFhirCarePlan(v, r.patient!, r.grants)) : [];
        return fhirResponse(searchsetBundle(resources, resources.length, { baseUrl: m.baseUrl }));
      });
    },
  },
  {
    // `Consent?patient=Patient/<id>`: consent to share, active or withdrawn (readable while the plan is withheld).
    path: ["Consent"],
    params: ["patient"],
    prepare(m) {
      const value = m.params.get("patient");
      if (value === null) return { ok: false, status: 400, message: "Search Consent by patient=Patient/<id>" };
      const patientId = patientIdFromReference(value);
      if (!patientId.ok) return patientId;
      return ok(async (caller) => {
        const r = await fhirSearchConsents(caller, { patientId: patientId.value });
        const resources = r.consents.map((c) => toFhirConsent(c, r.patient));
        return fhirResponse(searchsetBundle(resources, resources.length, { baseUrl: m.baseUrl }));
      });
    },
  },
  { path: ["CarePlan", ":id"], prepare: (m) => ok((caller, request) => readCarePlan(caller, request, m.id)) },
  {
    path: ["CarePlan", ":id", "_history"],
    prepare: (m) =>
      ok(async (caller) => {
        const r = await fhirCarePlanHistory(caller, { planId: m.id });
        return fhirResponse(historyBundle(r.versions, r.patient, { baseUrl: m.baseUrl, grants: r.grants }));
      }),
  },
  { path: ["CarePlan", ":id", "_history", ":vid"], prepare: (m) => ok((caller, request) => readCarePlan(caller, request, m.id, m.vid)) },
];

/** The public base of the API: NEXTAUTH_URL (the app's public address) or the request's origin. */
function baseUrlOf(request: Request): string {
  const origin = process.env.NEXTAUTH_URL?.replace(/\/+$/, "") || new URL(request.url).origin;
  return origin + FHIR_BASE_PATH;
}

/** The path's segments, decoded; null when one is not valid percent-encoding (a stray `%`). */
function segmentsOf(request: Request): string[] | null {
  const path = new URL(request.url).pathname;
  const rest = path.startsWith(FHIR_BASE_PATH) ? path.slice(FHIR_BASE_PATH.length) : path;
  try {
    return rest
      .split("/")
      .filter(Boolean)
      .map((s) => decodeURIComponent(s));
  } catch {
    return null;
  }
}

/**
 * The route for these segments, or the answer: an id that is not a record id, or a version id
 * that is not one, is "not known" (404) whatever follows; a path no route has is "not supported".
 */
function match(segments: string[], params: URLSearchParams, baseUrl: string): { route: FhirRoute; matched: Matched } | Response {
  const [type, id, op, vid] = segments;
  const shaped = routes.filter((r) => r.path.length === segments.length && r.path.every((p, i) => p.startsWith(":") || p === segments[i]));
  const route = shaped[0];
  const takesId = segments.length <= 4 && routes.some((r) => r.path[0] === type && r.path[1] === ":id");
  if (takesId && id !== undefined && !isUuid(id)) return fhirError(404, `${type}/${id} is not known`);
  if (route?.path[3] === ":vid" && !VERSION_ID.test(vid)) return fhirError(404, `${type}/${id}/${op}/${vid} is not known`);
  if (!route) return fhirError(404, `Not supported: ${segments.join("/") || "(the base URL)"}. See ${baseUrl}/metadata for what this server supports`);
  return { route, matched: { id, vid: Number(vid), params, baseUrl } };
}

/**
 * The FHIR R4 read API: every route handler of /api/fhir/R4 comes here. The path and parameters
 * are checked first, once, against the route table; then authentication by bearer token (an API
 * client), then the same use cases, policy and audit as the app.
 */
export async function handleFhirRequest(request: Request): Promise<Response> {
  let caller: Caller | null = null;
  try {
    const segments = segmentsOf(request);
    if (!segments) return fhirError(400, "The request path is not valid percent-encoding");
    if (request.method !== "GET" && request.method !== "HEAD") return fhirError(405, "This API is read-only: only GET is supported", { allow: "GET" });
    const params = new URL(request.url).searchParams;
    const found = match(segments, params, baseUrlOf(request));
    if (found instanceof Response) return found;
    const checked = checkParams(params, [...(found.route.params ?? [])]);
    if (!checked.ok) return fhirError(checked.status, checked.message);
    const work = found.route.prepare(found.matched);
    if (!work.ok) return fhirError(work.status, work.message);
    if (found.route.public) return await work.value({ actor: null }, request);
    const auth = await callerFromBearer(request.headers);
    if (!auth.ok) {
      const gate = await authFailureGate().fail(auth.source, auth.reason, auth.apiClientId);
      if (gate.limited) return tooManyFailures(gate.retryAfterSeconds);
      return unauthenticated(failureMessages[auth.reason]);
    }
    // Break glass over the API: the reason comes with each request, never remembered.
    caller = { ...auth.caller, accessReason: request.headers.get(ACCESS_REASON_HEADER) };
    return await work.value(caller, request);
  } catch (e) {
    return answerForFhir(e, caller, BREAK_GLASS_API_MESSAGE);
  }
}

/**
 * `CarePlan/<id>` or `CarePlan/<id>/_history/<vid>`. The ETag and Last-Modified follow status and
 * death too (records.ts), not the version alone. A conditional read of the current version gets
 * 304 while the plan is unchanged (still audited): how a system polls for changes.
 */
async function readCarePlan(caller: Caller, request: Request, planId: string, version?: number): Promise<Response> {
  const r = await fhirReadCarePlan(caller, { planId, version });
  const etag = r.version.etag!;
  const headers = { etag, "last-modified": r.version.lastUpdated!.toUTCString() };
  if (version === undefined && matchesEtag(request.headers.get("if-none-match"), etag)) {
    return new Response(null, { status: 304, headers: { ...headers, "cache-control": "no-store" } });
  }
  return fhirResponse(toFhirCarePlan(r.version, r.patient, r.grants), 200, headers);
}

/** If-None-Match: a list of (weak or strong) tags; a weak comparison, as RFC 9110 asks for GET. */
function matchesEtag(header: string | null, etag: string): boolean {
  if (!header) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, "");
  return header.split(",").some((tag) => tag.trim() === "*" || opaque(tag) === opaque(etag));
}
