import "server-only";
import { addDays, format, parseISO } from "date-fns";
import { auditActions } from "@/lib/domain/audit-actions";
import { auditSearchInput } from "@/lib/domain/audit-search";
import { startOfLondonDay } from "@/lib/domain/london-time";
import { pageWindow, toPage } from "@/lib/domain/pagination";
import type { Prisma } from "@/lib/generated/prisma/client";
import { defineUseCase } from "../use-case";

type Tx = Prisma.TransactionClient;
type Criteria = ReturnType<typeof auditSearchInput.parse>;

async function whereFor(tx: Tx, c: Criteria): Promise<Prisma.AuditEventWhereInput | null> {
  const where: Prisma.AuditEventWhereInput = {};
  if (c.nhsNumber) {
    const patient = await tx.patient.findUnique({ where: { nhsNumber: c.nhsNumber }, select: { id: true } });
    if (!patient) return null;
    where.patientId = patient.id;
  }
  if (c.userEmail) {
    const user = await tx.user.findUnique({ where: { email: c.userEmail }, select: { id: true } });
    if (!user) return null;
    where.actorId = user.id;
  }
  if (c.odsCode) {
    const org = await tx.organisation.findUnique({ where: { odsCode: c.odsCode }, select: { id: true } });
    if (!org) return null;
    where.organisationId = org.id;
  }
  if (c.subject) where.subjectId = c.subject;
  // The dates are London days: "from 1 July" starts at 23:00 UTC on 30 June in summer.
  if (c.from || c.to)
    where.at = { ...(c.from && { gte: startOfLondonDay(c.from) }), ...(c.to && { lt: startOfLondonDay(format(addDays(parseISO(c.to), 1), "yyyy-MM-dd")) }) };
  // The review lists break-glass reads and every registration or rotation of an API client (which reads clinical data).
  if (c.breakGlassOnly) where.OR = [{ detail: { path: ["breakGlass"], equals: true } }, { detail: { path: ["privacyReview"], equals: true } }];
  return where;
}

const apiClientActions = new Set<string>([
  auditActions.apiClientCreated,
  auditActions.apiClientRevoked,
  auditActions.apiClientRotated,
  auditActions.apiClientsListed,
]);

/** For API client rows: the client, and (on reads) who registered it, as the row recorded them. */
function apiClientOf(action: string, detail: Prisma.JsonValue): { name: string; createdBy: string | null } | null {
  const d = detail as { apiClient?: { name?: string; createdBy?: { name?: string } }; name?: string } | null;
  if (d?.apiClient?.name) return { name: d.apiClient.name, createdBy: d.apiClient.createdBy?.name ?? null };
  if (apiClientActions.has(action) && d?.name) return { name: d.name, createdBy: null };
  return null;
}

/** What an administrative act was done to, by name: a user, an API client or an organisation (or its bare id, if gone). */
function subjectName(id: string, people: Map<string, { name: string; email: string }>, orgs: Map<string, { name: string; odsCode: string }>) {
  const person = people.get(id);
  if (person) return { id, name: person.email ? `${person.name} (${person.email})` : person.name };
  const org = orgs.get(id);
  return { id, name: org ? `${org.name} (${org.odsCode})` : id };
}

/** Newest first; rows written in the same millisecond in the order they were written (id). */
async function search(tx: Tx, c: Criteria, window: { skip: number; take: number }) {
  const where = await whereFor(tx, c);
  if (!where) return [];
  const rows = await tx.auditEvent.findMany({ where, orderBy: [{ at: "desc" }, { id: "desc" }], ...window });
  const ids = (key: "actorId" | "patientId" | "organisationId" | "subjectId") => [...new Set(rows.map((r) => r[key]).filter((v): v is string => !!v))];
  // Actors and subjects are both users, API clients or organisations: one look-up of each kind.
  const people = [...new Set([...ids("actorId"), ...ids("subjectId")])];
  const [users, clients, patients, orgs] = await Promise.all([
    tx.user.findMany({ where: { id: { in: people } }, select: { id: true, name: true, email: true } }),
    // Reads through the FHIR API are by API clients, named like users in the trail.
    tx.apiClient.findMany({ where: { id: { in: people } }, select: { id: true, name: true } }),
    tx.patient.findMany({ where: { id: { in: ids("patientId") } }, select: { id: true, nhsNumber: true, givenName: true, familyName: true } }),
    tx.organisation.findMany({ where: { id: { in: [...ids("organisationId"), ...ids("subjectId")] } }, select: { id: true, name: true, odsCode: true } }),
  ]);
  const byId = <T extends { id: string }>(list: T[]) => new Map(list.map((x) => [x.id, x]));
  const [u, p, o] = [byId([...users, ...clients.map((c) => ({ ...c, name: `${c.name} (API client)`, email: "" }))]), byId(patients), byId(orgs)];
  return rows.map((r) => {
    const detail = r.detail as { breakGlass?: boolean; accessReason?: string } | null;
    return {
      id: r.id.toString(),
      at: r.at,
      action: r.action,
      outcome: r.outcome,
      actor: r.actorId ? (u.get(r.actorId) ?? null) : null,
      role: r.actorRole,
      organisation: r.organisationId ? (o.get(r.organisationId) ?? null) : null,
      patient: r.patientId ? (p.get(r.patientId) ?? null) : null,
      version: r.version,
      // Break glass: the reason for reaching the patient (a cancellation keeps its own in `reason`).
      reason: detail?.accessReason ?? r.reason,
      breakGlass: detail?.breakGlass === true,
      apiClient: apiClientOf(r.action, r.detail),
      ip: r.ip,
      subject: r.subjectId ? subjectName(r.subjectId, u, o) : null,
    };
  });
}

export type AuditRow = Awaited<ReturnType<typeof search>>[number];

export const searchAudit = defineUseCase({
  audit: auditActions.auditSearched,
  permission: "admin.manage",
  input: auditSearchInput,
  async run({ tx, input }) {
    return { result: toPage(await search(tx, input, pageWindow(input.page)), input.page), audit: { detail: { criteria: JSON.parse(JSON.stringify(input)) } } };
  },
});

export const exportAudit = defineUseCase({
  audit: auditActions.auditExported,
  permission: "admin.manage",
  input: auditSearchInput,
  async run({ tx, input }) {
    const rows = await search(tx, input, { skip: 0, take: 10_000 });
    return { result: rows, audit: { detail: { criteria: JSON.parse(JSON.stringify(input)), rows: rows.length } } };
  },
});
