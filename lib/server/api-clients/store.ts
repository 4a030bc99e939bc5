import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "../errors";
import type { AuditFields } from "../audit";
import { previousTokenUntil, tokenExpiry } from "./lifetime";
import type { ApiClientRole, RotationOverlap } from "@/lib/domain/api-clients";
import { generateToken, hashToken, tokenHint } from "./token";

type Tx = Prisma.TransactionClient;

export interface CreatedApiClient {
  id: string;
  name: string;
  role: ApiClientRole;
  odsCode: string;
  /** Shown once, never stored: only its hash is kept. */
  token: string;
  expiresAt: Date;
}

/**
 * Every client reads clinical data, so its creation (and each rotation) is flagged for the
 * privacy review (the admin audit page's review list), naming who did it.
 */
const PRIVACY_REVIEW = { privacyReview: true } as const;

/** Registers a client and returns its token; the caller writes the audit row it returns. */
export async function createApiClientRecord(
  tx: Tx,
  input: { name: string; role: ApiClientRole; odsCode: string },
  createdById: string | null,
): Promise<{ client: CreatedApiClient; audit: AuditFields }> {
  const organisation = await tx.organisation.findUnique({ where: { odsCode: input.odsCode }, select: { id: true, name: true } });
  if (!organisation) {
    const message = `No organisation has the ODS code ${input.odsCode}`;
    throw new AppError("INVALID", message, { odsCode: message });
  }
  const token = generateToken();
  const now = new Date();
  const row = await tx.apiClient.create({
    data: {
      name: input.name,
      role: input.role,
      organisationId: organisation.id,
      tokenHash: hashToken(token),
      tokenPrefix: tokenHint(token),
      createdById,
      createdAt: now,
      expiresAt: tokenExpiry(now),
    },
  });
  return {
    client: { id: row.id, name: row.name, role: input.role, odsCode: input.odsCode, token, expiresAt: row.expiresAt },
    audit: {
      detail: {
        apiClientId: row.id,
        name: row.name,
        role: row.role,
        odsCode: input.odsCode,
        organisation: organisation.name,
        createdById,
        expiresAt: row.expiresAt.toISOString(),
        ...PRIVACY_REVIEW,
      },
    },
  };
}

export interface RotatedApiClient {
  id: string;
  name: string;
  token: string;
  expiresAt: Date;
  previousTokenExpiresAt: Date | null;
}

/** A new token (shown once) with a fresh lifetime; the old one stops now or after the overlap. */
export async function rotateApiClientRecord(
  tx: Tx,
  id: string,
  overlap: RotationOverlap,
  rotatedById: string | null,
): Promise<{ client: RotatedApiClient; audit: AuditFields }> {
  const client = await tx.apiClient.findUnique({ where: { id }, select: { id: true, name: true, revokedAt: true, tokenHash: true, expiresAt: true } });
  if (!client) throw new AppError("NOT_FOUND", `No API client has the id ${id}`);
  if (client.revokedAt) throw new AppError("CONFLICT", "This client is revoked: register a new one instead");
  const token = generateToken();
  const now = new Date();
  const expiresAt = tokenExpiry(now);
  const previousUntil = client.expiresAt > now ? previousTokenUntil(now, overlap, client.expiresAt) : null;
  // Guarded by the token hash read above: two rotations at once cannot both win.
  const updated = await tx.apiClient.updateMany({
    where: { id, tokenHash: client.tokenHash, revokedAt: null },
    data: {
      tokenHash: hashToken(token),
      tokenPrefix: tokenHint(token),
      expiresAt,
      rotatedAt: now,
      // Kept even without an overlap (ending now), so the old token is refused as "rotated", not "unknown".
      previousTokenHash: client.tokenHash,
      previousTokenExpiresAt: previousUntil ?? now,
    },
  });
  if (updated.count !== 1) throw new AppError("CONFLICT", "This client's token was changed at the same moment: reload and try again");
  return {
    client: { id, name: client.name, token, expiresAt, previousTokenExpiresAt: previousUntil },
    audit: {
      detail: { apiClientId: id, name: client.name, overlap, previousTokenExpiresAt: previousUntil?.toISOString() ?? null, rotatedById, ...PRIVACY_REVIEW },
    },
  };
}

/** Revokes a client: its token stops working on the next request. Revoking twice is a no-op. */
export async function revokeApiClientRecord(tx: Tx, id: string, revokedById: string | null): Promise<{ revokedAt: Date; audit: AuditFields }> {
  const client = await tx.apiClient.findUnique({ where: { id }, select: { id: true, name: true, revokedAt: true } });
  if (!client) throw new AppError("NOT_FOUND", `No API client has the id ${id}`);
  const revokedAt =
    client.revokedAt ??
    (await tx.apiClient.update({ where: { id }, data: { revokedAt: new Date(), revokedById, previousTokenHash: null, previousTokenExpiresAt: null } }))
      .revokedAt!;
  return { revokedAt, audit: { detail: { apiClientId: id, name: client.name, alreadyRevoked: !!client.revokedAt } } };
}

export async function listApiClientRecords(tx: Pick<Tx, "apiClient" | "user">) {
  const rows = await tx.apiClient.findMany({
    orderBy: [{ revokedAt: { sort: "asc", nulls: "first" } }, { createdAt: "desc" }],
    include: { organisation: { select: { odsCode: true, name: true } } },
  });
  const creatorIds = [...new Set(rows.map((r) => r.createdById).filter((x): x is string => !!x))];
  const creators = new Map((await tx.user.findMany({ where: { id: { in: creatorIds } }, select: { id: true, name: true } })).map((u) => [u.id, u.name]));
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    role: r.role,
    odsCode: r.organisation.odsCode,
    organisationName: r.organisation.name,
    tokenPrefix: r.tokenPrefix,
    createdAt: r.createdAt,
    createdBy: r.createdById ? (creators.get(r.createdById) ?? "Unknown user") : "Server operator (command line)",
    lastUsedAt: r.lastUsedAt,
    revokedAt: r.revokedAt,
    expiresAt: r.expiresAt,
    rotatedAt: r.rotatedAt,
    previousTokenExpiresAt: r.previousTokenExpiresAt,
  }));
}

export type ApiClientSummary = Awaited<ReturnType<typeof listApiClientRecords>>[number];
