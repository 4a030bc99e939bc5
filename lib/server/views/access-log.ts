import "server-only";
import { auditActions, readAuditActions } from "@/lib/domain/audit-actions";
import { patientIdInput } from "@/lib/domain/inputs";
import { pageInput, pageWindow, toPage } from "@/lib/domain/pagination";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ApiClientIdentity } from "../actor";
import { defineUseCase } from "../use-case";

interface Row {
  actorId: string | null;
  detail: Prisma.JsonValue;
}

/**
 * Reads by an API client (another organisation's computer system): its name and who registered
 * it, as the audit row recorded them, else as the client is registered now (older rows).
 */
async function systemsOf(tx: Prisma.TransactionClient, rows: Row[]): Promise<Map<string, { name: string; createdBy: string }>> {
  const out = new Map<string, { name: string; createdBy: string }>();
  for (const r of rows) {
    const recorded = (r.detail as { apiClient?: ApiClientIdentity } | null)?.apiClient;
    if (r.actorId && recorded?.name) out.set(r.actorId, { name: recorded.name, createdBy: recorded.createdBy?.name ?? "Unknown" });
  }
  const missing = [...new Set(rows.map((r) => r.actorId).filter((id): id is string => !!id && !out.has(id)))];
  const clients = await tx.apiClient.findMany({ where: { id: { in: missing } }, select: { id: true, name: true, createdById: true } });
  const creatorIds = clients.map((c) => c.createdById).filter((id): id is string => !!id);
  const creators = new Map((await tx.user.findMany({ where: { id: { in: creatorIds } }, select: { id: true, name: true } })).map((u) => [u.id, u.name]));
  for (const c of clients)
    out.set(c.id, { name: c.name, createdBy: c.createdById ? (creators.get(c.createdById) ?? "Unknown") : "Server operator (command line)" });
  return out;
}

/** Who the reader was, as the log names them: their organisation, someone acting for the person (named), or the person. */
function who(
  r: { organisationId: string | null; actorId: string | null; actorRole: string | null },
  orgs: Map<string, string>,
  proxies: Map<string, string>,
  you: boolean,
) {
  if (r.organisationId) return orgs.get(r.organisationId) ?? "Unknown organisation";
  const proxy = r.actorId ? proxies.get(r.actorId) : undefined;
  if (proxy) return `${proxy}, acting for ${you ? "you" : "them"}`;
  if (r.actorRole === "PATIENT") return you ? "You" : "The person themselves";
  return "No organisation";
}

/** Who looked at this person's plan and record: organisation, role, when and why, and through which system. */
export const getAccessLog = defineUseCase({
  audit: auditActions.accessLogViewed,
  permission: "plan.viewAccessLog",
  input: patientIdInput.extend({ page: pageInput }),
  target: (input) => ({ patientId: input.patientId }),
  async run({ tx, actor, input, requirePatient }) {
    requirePatient(input.patientId);
    const rows = await tx.auditEvent.findMany({
      where: { patientId: input.patientId, outcome: "SUCCESS", action: { in: [...readAuditActions] } },
      // Newest first; rows written in the same millisecond in the order they were written.
      orderBy: [{ at: "desc" }, { id: "desc" }],
      ...pageWindow(input.page),
      select: { id: true, at: true, actorRole: true, organisationId: true, actorId: true, reason: true, action: true, version: true, detail: true },
    });
    const systems = await systemsOf(tx, rows);
    const orgIds = [...new Set(rows.map((r) => r.organisationId).filter((id): id is string => !!id))];
    const orgs = new Map((await tx.organisation.findMany({ where: { id: { in: orgIds } }, select: { id: true, name: true } })).map((o) => [o.id, o.name]));
    // Whoever has ever acted for the person: their reads are shown as theirs, named (they have no other way in).
    const links = await tx.proxyLink.findMany({ where: { patientId: input.patientId }, select: { proxyUserId: true, proxyUser: { select: { name: true } } } });
    const proxies = new Map(links.map((l) => [l.proxyUserId, l.proxyUser.name]));
    const viewerIsThePerson = actor.patientId === input.patientId;
    const entries = rows.map((r) => ({
      id: r.id.toString(),
      at: r.at,
      role: r.actorId && proxies.has(r.actorId) ? "PROXY" : r.actorRole,
      organisation: who(r, orgs, proxies, viewerIsThePerson),
      reason: r.reason,
      version: r.version,
      self: r.actorId === actor.userId,
      system: r.actorId ? (systems.get(r.actorId) ?? null) : null,
    }));
    return { result: toPage(entries, input.page), audit: { patientId: input.patientId } };
  },
});
