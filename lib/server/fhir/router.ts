import "server-only";
import {
  capabilityStatement,
  everything,
  historyBundle,
  searchsetBundle,
  toFhirCarePlan,
  toFhirPatient,
} from "@/lib/domain/fhir";
import type { Caller } from "../actor";
import { callerFromBearer, type BearerFailure } from "../api-clients/authenticate";
import { roleLabels } from "@/lib/domain/roles";
import { AppError, isAppError } from "../errors";
import { getPatient } from "../patients";
import { ACCESS_REASON_HEADER, BREAK_GLASS_API_MESSAGE, fhirCarePlanHistory, fhirEverything, fhirReadCarePlan, fhirSearchCarePlans, fhirSearchPatients } from "./reads";
import { authFailureGate } from "./auth-failures";
import { fhirError, fhirResponse, tooManyFailures, unauthenticated } from "./responses";
import { checkParams, nhsNumberFromIdentifier, patientIdFromReference } from "./search-params";

export const FHIR_BASE_PATH = "/api/fhir/R4";
/** When the CapabilityStatement last changed: bump it with what the API supports. */
const CAPABILITY_DATE = "2026-11-21";
const DEFAULT_FORBIDDEN = new AppError("FORBIDDEN").message;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const failureMessages: Record<BearerFailure, string> = {
  missing: "Send an API client's token: Authorization: Bearer <token>",
  malformed: "The bearer token is not valid (unknown or revoked)",
  unknown: "The bearer token is not valid (unknown or revoked)",
  revoked: "The bearer token is not valid (unknown or revoked)",
  expired: "The bearer token has expired: ask the administrator to rotate it",
  rotated: "The bearer token has been replaced by a new one (rotated): use the new token",
};

interface Ctx {
  request: Request;
  params: URLSearchParams;
  segments: string[];
  baseUrl: string;
  caller: Caller;
}

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
    return rest.split("/").filter(Boolean).map((s) => decodeURIComponent(s));
  } catch {
    return null;
  }
}

/**
 * The FHIR R4 read API: every route handler of /api/fhir/R4 comes here. Authentication by
 * bearer token (an API client), then the same use cases, policy and audit as the app.
 */
export async function handleFhirRequest(request: Request): Promise<Response> {
  let caller: Caller | null = null;
  try {
    const segments = segmentsOf(request);
    if (!segments) return fhirError(400, "The request path is not valid percent-encoding");
    if (request.method !== "GET" && request.method !== "HEAD") {
      return fhirError(405, "This API is read-only: only GET is supported", { allow: "GET" });
    }
    const params = new URL(request.url).searchParams;
    const baseUrl = baseUrlOf(request);
    // The CapabilityStatement is public, as FHIR clients discover a server before they authenticate; it holds no patient data.
    if (segments.length === 1 && segments[0] === "metadata") {
      const checked = checkParams(params, []);
      if (!checked.ok) return fhirError(checked.status, checked.message);
      return fhirResponse(capabilityStatement({ baseUrl, date: CAPABILITY_DATE }));
    }
    // The path and parameters are checked first: a malformed request is answered without a database read.
    const handler = route({ segments, params, baseUrl });
    if (handler instanceof Response) return handler;
    const auth = await callerFromBearer(request.headers);
    if (!auth.ok) {
      const gate = await authFailureGate().fail(auth.source, auth.reason, auth.apiClientId);
      if (gate.limited) return tooManyFailures(gate.retryAfterSeconds);
      return unauthenticated(failureMessages[auth.reason]);
    }
    // Break glass over the API: the reason comes with each request, never remembered.
    caller = { ...auth.caller, accessReason: request.headers.get(ACCESS_REASON_HEADER) };
    return await handler({ request, params, segments, baseUrl, caller });
  } catch (e) {
    if (isAppError(e)) {
      if (e.code === "UNAUTHENTICATED") return unauthenticated(e.message);
      if (e.code === "FORBIDDEN") return fhirError(403, e.message === DEFAULT_FORBIDDEN && caller?.actor ? `A client acting as ${roleLabels[caller.actor.role]} may not do this` : e.message);
      if (e.code === "REASON_REQUIRED") return fhirError(403, BREAK_GLASS_API_MESSAGE);
      if (e.code === "NOT_FOUND") return fhirError(404, "No such resource, or it is not available to this client");
      if (e.code === "INVALID") return fhirError(400, [e.message, ...Object.values(e.fieldErrors)].join(": "));
    }
    console.error("[fhir]", e instanceof Error ? e.message : e);
    return fhirError(500, "The server could not answer this request; it has been logged");
  }
}

type Parsed = Pick<Ctx, "segments" | "params" | "baseUrl">;
type Handler = (ctx: Ctx) => Promise<Response>;

/** What the request asks for: an answer already (unsupported or malformed), or the work to do once authenticated. */
function route(r: Parsed): Response | Handler {
  const [type, id, op, vid, ...extra] = r.segments;
  const tooLong = extra.length > 0;
  const plain = (work: Handler) => onlyCommon(r.params) ?? work;
  if (type === "Patient" && !tooLong) {
    if (id === undefined) return searchPatients(r.params);
    if (!UUID.test(id)) return notFound(type, id);
    if (op === undefined) return plain((ctx) => readPatient(ctx, id));
    if (op === "$everything" && vid === undefined) return plain((ctx) => patientEverything(ctx, id));
  }
  if (type === "CarePlan" && !tooLong) {
    if (id === undefined) return searchCarePlans(r.params);
    if (!UUID.test(id)) return notFound(type, id);
    if (op === undefined) return plain((ctx) => readCarePlan(ctx, id));
    if (op === "_history" && vid === undefined) return plain((ctx) => carePlanHistory(ctx, id));
    if (op === "_history" && /^[1-9]\d{0,8}$/.test(vid)) return plain((ctx) => readCarePlan(ctx, id, Number(vid)));
    if (op === "_history") return notFound(type, `${id}/_history/${vid}`);
  }
  return fhirError(404, `Not supported: ${r.segments.join("/") || "(the base URL)"}. See ${r.baseUrl}/metadata for what this server supports`);
}

function notFound(type: string, id: string): Response {
  return fhirError(404, `${type}/${id} is not known`);
}

function onlyCommon(params: URLSearchParams): Response | null {
  const checked = checkParams(params, []);
  return checked.ok ? null : fhirError(checked.status, checked.message);
}

function searchPatients(params: URLSearchParams): Response | Handler {
  const checked = checkParams(params, ["identifier"]);
  if (!checked.ok) return fhirError(checked.status, checked.message);
  const identifier = params.get("identifier");
  if (identifier === null) return fhirError(400, "Search Patient by NHS number: identifier=https://fhir.nhs.uk/Id/nhs-number|<NHS number>");
  const nhsNumber = nhsNumberFromIdentifier(identifier);
  if (!nhsNumber.ok) return fhirError(nhsNumber.status, nhsNumber.message);
  return async (ctx) => {
    const patients = await fhirSearchPatients(ctx.caller, { nhsNumber: nhsNumber.value });
    const resources = patients.map(toFhirPatient);
    return fhirResponse(searchsetBundle(resources, resources.length, { baseUrl: ctx.baseUrl }));
  };
}

async function readPatient(ctx: Ctx, patientId: string): Promise<Response> {
  // The app's own patient read: same policy, same audit action.
  return fhirResponse(toFhirPatient(await getPatient(ctx.caller, { patientId })));
}

async function patientEverything(ctx: Ctx, patientId: string): Promise<Response> {
  const r = await fhirEverything(ctx.caller, { patientId });
  return fhirResponse(everything(r.patient, r.version, r.consents, { baseUrl: ctx.baseUrl, grants: r.grants }));
}

async function readCarePlan(ctx: Ctx, planId: string, version?: number): Promise<Response> {
  const r = await fhirReadCarePlan(ctx.caller, { planId, version });
  // The ETag and Last-Modified follow status and death too (records.ts), not the version alone.
  const etag = r.version.etag!;
  const headers = { etag, "last-modified": r.version.lastUpdated!.toUTCString() };
  // Conditional read: a system polling for changes gets 304 while the plan is unchanged (still audited).
  if (version === undefined && matchesEtag(ctx.request.headers.get("if-none-match"), etag)) {
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

async function carePlanHistory(ctx: Ctx, planId: string): Promise<Response> {
  const r = await fhirCarePlanHistory(ctx.caller, { planId });
  return fhirResponse(historyBundle(r.versions, r.patient, { baseUrl: ctx.baseUrl, grants: r.grants }));
}

function searchCarePlans(params: URLSearchParams): Response | Handler {
  const checked = checkParams(params, ["patient", "subject"]);
  if (!checked.ok) return fhirError(checked.status, checked.message);
  const value = params.get("patient") ?? params.get("subject");
  if (value === null || (params.has("patient") && params.has("subject"))) {
    return fhirError(400, "Search CarePlan by one of patient=Patient/<id> or subject=Patient/<id>");
  }
  const patientId = patientIdFromReference(value);
  if (!patientId.ok) return fhirError(patientId.status, patientId.message);
  return async (ctx) => {
    const r = await fhirSearchCarePlans(ctx.caller, { patientId: patientId.value });
    const resources = r.patient ? r.versions.map((v) => toFhirCarePlan(v, r.patient!, r.grants)) : [];
    return fhirResponse(searchsetBundle(resources, resources.length, { baseUrl: ctx.baseUrl }));
  };
}
