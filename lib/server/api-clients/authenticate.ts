import { db } from "@/lib/db";
import { organisationBlock } from "@/lib/domain/organisations";
import { isRole } from "@/lib/domain/roles";
import { toActor, type ApiClientIdentity, type Caller } from "../actor";
import { requestInfo } from "../request-info";
import { hashToken, isWellFormedToken } from "./token";

export type BearerFailure = "missing" | "malformed" | "unknown" | "revoked" | "expired" | "rotated" | "organisation-suspended" | "no-sharing-agreement";

type BearerResult = { ok: true; caller: Caller } | { ok: false; reason: BearerFailure; apiClientId: string | null; source: ReturnType<typeof requestInfo> };

/** lastUsedAt is refreshed at most this often, so reads do not each cost a write. */
const LAST_USED_RESOLUTION_MS = 60_000;

const clientInclude = { organisation: { select: { name: true, status: true, sharingAgreementSignedOn: true } } } as const;

/** The client a token belongs to: its current token, or its previous one during a rotation's overlap. */
async function clientForToken(tokenHash: string, now: Date) {
  const current = await db().apiClient.findUnique({ where: { tokenHash }, include: clientInclude });
  if (current) return { client: current, failure: current.expiresAt <= now ? ("expired" as const) : null };
  const previous = await db().apiClient.findUnique({ where: { previousTokenHash: tokenHash }, include: clientInclude });
  if (!previous) return null;
  const overlapOver = !previous.previousTokenExpiresAt || previous.previousTokenExpiresAt <= now;
  return { client: previous, failure: overlapOver ? ("rotated" as const) : null };
}

type Creator = { id: string; name: string; role: string } | null;
/** Creators as recently read: a client's creator never changes, and each request need not ask again. */
const creators = new Map<string, { creator: Creator; at: number }>();
const CREATOR_CACHE_MS = 5 * 60_000;

async function creatorOf(userId: string): Promise<Creator> {
  const cached = creators.get(userId);
  if (cached && Date.now() - cached.at < CREATOR_CACHE_MS) return cached.creator;
  const creator = await db().user.findUnique({ where: { id: userId }, select: { id: true, name: true, role: true } });
  if (creators.size > 1000) creators.clear();
  creators.set(userId, { creator, at: Date.now() });
  return creator;
}

/** Who registered the client: named in every audit row of its reads. */
async function identityOf(client: { id: string; name: string; createdById: string | null }): Promise<ApiClientIdentity> {
  const creator = client.createdById ? await creatorOf(client.createdById) : null;
  return {
    id: client.id,
    name: client.name,
    createdBy: creator
      ? { userId: creator.id, name: creator.name, role: creator.role }
      : { userId: client.createdById, name: client.createdById ? "Unknown user" : "Server operator (command line)", role: null },
  };
}

/**
 * The API client behind `Authorization: Bearer <token>`, as an actor with the client's role and
 * organisation, so the same policy and audit apply as in the app. Failures are returned, not
 * audited: the caller rate-limits and aggregates them (fhir/auth-failures.ts).
 */
export async function callerFromBearer(headers: Headers): Promise<BearerResult> {
  const source = requestInfo(headers);
  const fail = (reason: BearerFailure, apiClientId: string | null = null): BearerResult => ({ ok: false, reason, apiClientId, source });
  const header = headers.get("authorization");
  if (!header) return fail("missing");
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match || !isWellFormedToken(match[1])) return fail("malformed");

  const now = new Date();
  const found = await clientForToken(hashToken(match[1]), now);
  if (!found) return fail("unknown");
  const { client } = found;
  if (client.revokedAt) return fail("revoked", client.id);
  if (found.failure) return fail(found.failure, client.id);
  if (!isRole(client.role)) return fail("unknown", client.id);
  // A client works only while its organisation may use the service (the rule staff sign-in follows).
  const block = organisationBlock(client.organisation);
  if (block) return fail(block === "suspended" ? "organisation-suspended" : "no-sharing-agreement", client.id);

  if (!client.lastUsedAt || now.getTime() - client.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    await db().apiClient.update({ where: { id: client.id }, data: { lastUsedAt: now } });
  }
  return {
    ok: true,
    // An API client is an actor like a user: a system has no email and no patient record.
    caller: {
      actor: toActor({ ...client, email: "", patientId: null }),
      ...source,
      via: "fhir-api",
      apiClient: await identityOf(client),
    },
  };
}
