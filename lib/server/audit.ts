import type { AuditAction } from "@/lib/domain/audit-actions";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Caller } from "./actor";

type AuditOutcome = "SUCCESS" | "FAILURE" | "DENIED";

export interface AuditFields {
  patientId?: string | null;
  planId?: string | null;
  version?: number | null;
  reason?: string | null;
  detail?: Prisma.InputJsonValue;
  /** An administrative act's subject: the user, organisation or API client acted on. */
  subjectId?: string | null;
}

type AuditWriter = Pick<Prisma.TransactionClient, "$executeRaw" | "auditEvent">;

/** PostgreSQL text and jsonb cannot hold U+0000: a hostile search term must still be recorded, not fail the request. */
function storable(text: string): string {
  return text.replaceAll("\u0000", "\uFFFD");
}

function withoutNul<T>(value: T): T {
  if (typeof value === "string") return storable(value) as T;
  if (Array.isArray(value)) return value.map(withoutNul) as T;
  if (value && Object.getPrototypeOf(value) === Object.prototype)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [storable(k), withoutNul(v)])) as T;
  return value;
}

/** One row of the audit trail, as it is stored. */
export function auditRow(caller: Caller, action: AuditAction, outcome: AuditOutcome, fields: AuditFields = {}): Prisma.AuditEventCreateManyInput {
  const actor = caller.actor;
  return {
    action,
    outcome,
    actorId: actor?.userId ?? null,
    actorRole: actor?.role ?? null,
    organisationId: actor?.organisationId ?? null,
    patientId: fields.patientId ?? null,
    planId: fields.planId ?? null,
    version: fields.version ?? null,
    reason: fields.reason ? storable(fields.reason).slice(0, 500) : null,
    detail: withoutNul(withChannel(withApiClient(fields.detail, caller.apiClient), caller.via)),
    ip: caller.ip?.slice(0, 64) ?? null,
    userAgent: caller.userAgent?.slice(0, 400) ?? null,
    subjectId: fields.subjectId ?? null,
  };
}

/** Appends one row to the audit trail (the database refuses updates and deletes). */
export async function writeAudit(db: AuditWriter, caller: Caller, action: AuditAction, outcome: AuditOutcome, fields: AuditFields = {}): Promise<void> {
  const row = auditRow(caller, action, outcome, fields);
  // One plain INSERT: every request writes one, and Prisma's create costs twice the CPU (docs/performance.md).
  await db.$executeRaw`
    INSERT INTO "AuditEvent"
      ("at", "actorId", "actorRole", "organisationId", "action", "patientId", "planId", "version", "reason", "outcome", "ip", "userAgent", "detail",
       "subjectId")
    VALUES (${new Date()}, ${row.actorId}::uuid, ${row.actorRole}::"Role", ${row.organisationId}::uuid, ${row.action},
            ${row.patientId}::uuid, ${row.planId}::uuid, ${row.version}::int, ${row.reason}, ${row.outcome}::"AuditOutcome",
            ${row.ip}, ${row.userAgent}, ${row.detail === undefined ? null : JSON.stringify(row.detail)}::jsonb, ${row.subjectId}::uuid)`;
}

/**
 * Appends many rows in one statement (one per reader of a batched read): the columns go as
 * arrays, so the statement is the same size for 2 rows or 2,000.
 */
export async function writeAuditRows(db: AuditWriter, rows: Prisma.AuditEventCreateManyInput[]): Promise<void> {
  if (!rows.length) return;
  const column = <K extends keyof Prisma.AuditEventCreateManyInput>(key: K) => rows.map((r) => r[key] ?? null);
  const at = new Date();
  await db.$executeRaw`
    INSERT INTO "AuditEvent"
      ("at", "actorId", "actorRole", "organisationId", "action", "patientId", "planId", "version", "reason", "outcome", "ip", "userAgent", "detail",
       "subjectId")
    SELECT ${at}::timestamptz, * FROM unnest(${column("actorId")}::uuid[], ${column("actorRole")}::"Role"[],
                        ${column("organisationId")}::uuid[], ${column("action")}::text[],
                        ${column("patientId")}::uuid[], ${column("planId")}::uuid[], ${column("version")}::int[], ${column("reason")}::text[],
                        ${column("outcome")}::"AuditOutcome"[], ${column("ip")}::text[], ${column("userAgent")}::text[],
                        ${rows.map((r) => (r.detail === undefined || r.detail === null ? null : JSON.stringify(r.detail)))}::jsonb[],
                        ${column("subjectId")}::uuid[])`;
}

/** A client's rows name it and who registered it, as it was when the row was written. */
function withApiClient(detail: Prisma.InputJsonValue | undefined, client: Caller["apiClient"]): Prisma.InputJsonValue | undefined {
  if (!client) return detail;
  const apiClient = { id: client.id, name: client.name, createdBy: client.createdBy };
  if (detail === undefined) return { apiClient };
  if (typeof detail === "object" && detail !== null && !Array.isArray(detail)) return { ...(detail as Prisma.InputJsonObject), apiClient };
  return { value: detail, apiClient };
}

function withChannel(detail: Prisma.InputJsonValue | undefined, via: Caller["via"]): Prisma.InputJsonValue | undefined {
  if (!via) return detail;
  if (detail === undefined) return { via };
  if (typeof detail === "object" && detail !== null && !Array.isArray(detail)) return { ...(detail as Prisma.InputJsonObject), via };
  return { value: detail, via };
}
