import "server-only";
import { auditActions } from "@/lib/domain/audit-actions";
import {
  organisationBlock,
  organisationIdInput,
  organisationInput,
  organisationSearchInput,
  suspendOrganisationInput,
  updateOrganisationInput,
  type OrganisationFields,
} from "@/lib/domain/organisations";
import { pageWindow, toPage } from "@/lib/domain/pagination";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "../errors";
import { isUniqueViolation } from "../plans/load";
import { defineUseCase } from "../use-case";

type Tx = Prisma.TransactionClient;

const listSelect = {
  id: true,
  odsCode: true,
  name: true,
  kind: true,
  postcode: true,
  status: true,
  sharingAgreementSignedOn: true,
  dsptStatus: true,
  parentIcb: { select: { odsCode: true, name: true } },
} as const;

/** Service administrators' list: every organisation, by name, 50 a page; `query` is part of a name or ODS code. */
export const listOrganisations = defineUseCase({
  audit: auditActions.organisationsListed,
  permission: "organisation.manage",
  input: organisationSearchInput,
  async run({ tx, input }) {
    const q = input.query;
    const where: Prisma.OrganisationWhereInput = q
      ? { OR: [{ name: { contains: q, mode: "insensitive" } }, { odsCode: { startsWith: q.toUpperCase() } }] }
      : {};
    const rows = await tx.organisation.findMany({ where, select: listSelect, orderBy: [{ name: "asc" }, { odsCode: "asc" }], ...pageWindow(input.page) });
    return { result: toPage(rows, input.page), audit: { detail: { query: q, page: input.page } } };
  },
});

export type OrganisationListRow = Awaited<ReturnType<typeof listOrganisations>>["rows"][number];

/** One organisation, for its page (edit, suspend or reinstate), with how many staff and API clients it has. */
export const getOrganisation = defineUseCase({
  audit: auditActions.organisationViewed,
  permission: "organisation.manage",
  input: organisationIdInput,
  async run({ tx, input }) {
    const org = await tx.organisation.findUnique({
      where: { id: input.id },
      include: { parentIcb: { select: { odsCode: true, name: true } }, _count: { select: { users: true, apiClients: true } } },
    });
    if (!org) throw new AppError("NOT_FOUND");
    return { result: org, audit: { subjectId: org.id } };
  },
});

export type OrganisationDetails = Awaited<ReturnType<typeof getOrganisation>>;

/** The parent ICB named by ODS code: it must be an organisation of kind ICB. */
async function parentIcbId(tx: Tx, fields: OrganisationFields): Promise<string | null> {
  if (!fields.parentIcbOdsCode) return null;
  const icb = await tx.organisation.findUnique({ where: { odsCode: fields.parentIcbOdsCode }, select: { id: true, kind: true } });
  if (!icb || icb.kind !== "ICB")
    throw new AppError("INVALID", undefined, { parentIcbOdsCode: `No integrated care board has the ODS code ${fields.parentIcbOdsCode}: add the ICB first` });
  return icb.id;
}

/** The ODS code is unique: a specific message naming who has it (and the same when two saves race). */
async function odsCodeTaken(tx: Tx, odsCode: string, exceptId?: string): Promise<AppError | null> {
  const holder = await tx.organisation.findUnique({ where: { odsCode }, select: { id: true, name: true } });
  if (!holder || holder.id === exceptId) return null;
  return new AppError("INVALID", undefined, { odsCode: `${holder.name} already has the ODS code ${odsCode}: each organisation has its own code` });
}

async function columns(tx: Tx, fields: OrganisationFields) {
  return {
    odsCode: fields.odsCode,
    name: fields.name,
    kind: fields.kind,
    postcode: fields.postcode ?? null,
    parentIcbId: await parentIcbId(tx, fields),
    sharingAgreementSignedOn: fields.sharingAgreementSignedOn ? new Date(fields.sharingAgreementSignedOn) : null,
    dsptStatus: fields.dsptStatus ?? null,
    dsptStatusOn: fields.dsptStatusOn ? new Date(fields.dsptStatusOn) : null,
  };
}

async function saving<T>(odsCode: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    if (isUniqueViolation(e)) throw new AppError("INVALID", undefined, { odsCode: `Another organisation already has the ODS code ${odsCode}` });
    throw e;
  }
}

/** Adds an organisation. Its staff may sign in once it is active and the sharing agreement date is recorded. */
export const addOrganisation = defineUseCase({
  audit: auditActions.organisationAdded,
  permission: "organisation.manage",
  input: organisationInput,
  async run({ tx, input }) {
    const taken = await odsCodeTaken(tx, input.odsCode);
    if (taken) throw taken;
    const data = await columns(tx, input);
    const org = await saving(input.odsCode, () => tx.organisation.create({ data, select: { id: true, odsCode: true, name: true } }));
    return { result: org, audit: { subjectId: org.id, detail: { odsCode: org.odsCode, name: org.name, kind: input.kind } } };
  },
});

/** Ends every open session of the organisation's staff: they are out at once, not within the minute. */
async function endStaffSessions(tx: Tx, organisationId: string): Promise<number> {
  const { count } = await tx.userSession.updateMany({ where: { user: { organisationId }, endedAt: null }, data: { endedAt: new Date() } });
  return count;
}

/** Edits an organisation; clearing its sharing agreement date ends its staff's sessions, like a suspension. */
export const updateOrganisation = defineUseCase({
  audit: auditActions.organisationUpdated,
  permission: "organisation.manage",
  input: updateOrganisationInput,
  async run({ tx, input }) {
    const before = await tx.organisation.findUnique({ where: { id: input.id } });
    if (!before) throw new AppError("NOT_FOUND");
    const taken = await odsCodeTaken(tx, input.odsCode, input.id);
    if (taken) throw taken;
    if (input.parentIcbOdsCode === before.odsCode)
      throw new AppError("INVALID", undefined, { parentIcbOdsCode: "An organisation cannot be its own parent ICB" });
    const data = await columns(tx, input);
    await saving(input.odsCode, () => tx.organisation.update({ where: { id: input.id }, data }));
    const changed = Object.keys(data).filter((k) => String(before[k as keyof typeof data] ?? "") !== String(data[k as keyof typeof data] ?? ""));
    const nowBlocked = !organisationBlock(before) && organisationBlock({ status: before.status, ...data });
    const sessionsEnded = nowBlocked ? await endStaffSessions(tx, input.id) : 0;
    return { result: { id: input.id }, audit: { subjectId: input.id, detail: { odsCode: input.odsCode, changed, sessionsEnded } } };
  },
});

/**
 * Suspends an organisation: its staff are signed out at once and cannot sign in, its API
 * clients get 401, until it is reinstated. The reason is kept and audited.
 */
export const suspendOrganisation = defineUseCase({
  audit: auditActions.organisationSuspended,
  permission: "organisation.manage",
  input: suspendOrganisationInput,
  async run({ tx, actor, input }) {
    if (input.id === actor.organisationId)
      throw new AppError("INVALID", undefined, { reason: "You cannot suspend your own organisation: you would be signed out with everyone else" });
    const { count } = await tx.organisation.updateMany({
      where: { id: input.id, status: "ACTIVE" },
      data: { status: "SUSPENDED", suspendedAt: new Date(), suspendedReason: input.reason },
    });
    if (count === 0) {
      const exists = await tx.organisation.findUnique({ where: { id: input.id }, select: { id: true } });
      throw exists ? new AppError("CONFLICT", "This organisation is already suspended") : new AppError("NOT_FOUND");
    }
    const sessionsEnded = await endStaffSessions(tx, input.id);
    return { result: { id: input.id }, audit: { subjectId: input.id, reason: input.reason, detail: { sessionsEnded } } };
  },
});

/** Reinstates a suspended organisation: its staff may sign in again (a new sign-in) and its API clients work again. */
export const reinstateOrganisation = defineUseCase({
  audit: auditActions.organisationReinstated,
  permission: "organisation.manage",
  input: organisationIdInput,
  async run({ tx, input }) {
    const before = await tx.organisation.findUnique({ where: { id: input.id }, select: { status: true, suspendedReason: true } });
    if (!before) throw new AppError("NOT_FOUND");
    if (before.status === "ACTIVE") throw new AppError("CONFLICT", "This organisation is not suspended");
    await tx.organisation.update({ where: { id: input.id }, data: { status: "ACTIVE", suspendedAt: null, suspendedReason: null } });
    return { result: { id: input.id }, audit: { subjectId: input.id, detail: { suspendedReason: before.suspendedReason } } };
  },
});
