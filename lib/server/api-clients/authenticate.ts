import { db } from "@/lib/db";
import { isRole } from "@/lib/domain/roles";
import { toActor, type Caller } from "../actor";
import { writeAudit } from "../audit";
import { requestInfo } from "../request-info";
import { hashToken, isWellFormedToken } from "./token";

export type BearerFailure = "missing" | "malformed" | "unknown" | "revoked";

export type BearerResult = { ok: true; caller: Caller } | { ok: false; reason: BearerFailure };

/** lastUsedAt is refreshed at most this often, so reads do not each cost a write. */
const LAST_USED_RESOLUTION_MS = 60_000;

/**
 * The API client behind `Authorization: Bearer <token>`, as an actor with the client's role and
 * organisation, so the same policy and audit apply as in the app. Failures are audited.
 */
export async function callerFromBearer(headers: Headers): Promise<BearerResult> {
  const info = requestInfo(headers);
  const fail = async (reason: BearerFailure, apiClientId?: string): Promise<BearerResult> => {
    await writeAudit(db(), { actor: null, ...info, via: "fhir-api" }, "api.authenticate", "FAILURE", { detail: { reason, apiClientId: apiClientId ?? null } });
    return { ok: false, reason };
  };
  const header = headers.get("authorization");
  if (!header) return fail("missing");
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match || !isWellFormedToken(match[1])) return fail("malformed");

  const client = await db().apiClient.findUnique({ where: { tokenHash: hashToken(match[1]) }, include: { organisation: { select: { name: true } } } });
  if (!client) return fail("unknown");
  if (client.revokedAt) return fail("revoked", client.id);
  if (!isRole(client.role)) return fail("unknown", client.id);

  if (!client.lastUsedAt || Date.now() - client.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    await db().apiClient.update({ where: { id: client.id }, data: { lastUsedAt: new Date() } });
  }
  return {
    ok: true,
    // An API client is an actor like a user: a system has no email and no patient record.
    caller: {
      actor: toActor({ ...client, email: "", patientId: null }),
      ...info,
      via: "fhir-api",
    },
  };
}
