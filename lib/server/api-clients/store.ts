import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "../errors";
import type { AuditFields } from "../audit";
import type { ApiClientRole } from "./schema";
import { generateToken, hashToken, tokenHint } from "./token";

type Tx = Prisma.TransactionClient;

export interface CreatedApiClient {
  id: string;
  name: string;
  role: ApiClientRole;
  odsCode: string;
  /** Shown once, never stored: only its hash is kept. */
  token: string;
}

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
  const row = await tx.apiClient.create({
    data: { name: input.name, role: input.role, organisationId: organisation.id, tokenHash: hashToken(token), tokenPrefix: tokenHint(token), createdById },
  });
  return {
    client: { id: row.id, name: row.name, role: input.role, odsCode: input.odsCode, token },
    audit: { detail: { apiClientId: row.id, name: row.name, role: row.role, odsCode: input.odsCode } },
  };
}

/** Revokes a client: its token stops working on the next request. Revoking twice is a no-op. */
export async function revokeApiClientRecord(tx: Tx, id: string, revokedById: string | null): Promise<{ revokedAt: Date; audit: AuditFields }> {
  const client = await tx.apiClient.findUnique({ where: { id }, select: { id: true, name: true, revokedAt: true } });
  if (!client) throw new AppError("NOT_FOUND", `No API client has the id ${id}`);
  const revokedAt = client.revokedAt ?? (await tx.apiClient.update({ where: { id }, data: { revokedAt: new Date(), revokedById } })).revokedAt!;
  return { revokedAt, audit: { detail: { apiClientId: id, name: client.name, alreadyRevoked: !!client.revokedAt } } };
}

export async function listApiClientRecords(tx: Pick<Tx, "apiClient">) {
  const rows = await tx.apiClient.findMany({
    orderBy: [{ revokedAt: { sort: "asc", nulls: "first" } }, { createdAt: "desc" }],
    include: { organisation: { select: { odsCode: true, name: true } } },
  });
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    role: r.role,
    odsCode: r.organisation.odsCode,
    organisationName: r.organisation.name,
    tokenPrefix: r.tokenPrefix,
    createdAt: r.createdAt,
    lastUsedAt: r.lastUsedAt,
    revokedAt: r.revokedAt,
  }));
}

export type ApiClientSummary = Awaited<ReturnType<typeof listApiClientRecords>>[number];
