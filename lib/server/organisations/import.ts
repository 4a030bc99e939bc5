import "server-only";
import { createHash } from "node:crypto";
import { auditActions } from "@/lib/domain/audit-actions";
import {
  confirmOrganisationImportInput,
  organisationImportInput,
  parseOrganisationFile,
  problemText,
  type ImportProblem,
  type ImportRow,
} from "@/lib/domain/organisation-import";
import { organisationKindLabels, type OrganisationKind } from "@/lib/domain/organisations";
import type { Prisma } from "@/lib/generated/prisma/client";
import { auditRow, writeAuditRows } from "../audit";
import { AppError } from "../errors";
import { defineUseCase } from "../use-case";
import type { Caller } from "../actor";

type Tx = Prisma.TransactionClient;

/** What a change to an existing organisation touches, in words for the preview. */
type Change = "name" | "postcode" | "parent ICB" | "suspended: closed in ODS";

interface Entry {
  line: number;
  odsCode: string;
  name: string;
}

export interface ImportPlan {
  added: (Entry & { row: ImportRow; parentIcbId: string | null })[];
  changed: (Entry & { id: string; changes: Change[]; data: Prisma.OrganisationUpdateInput })[];
  unchanged: Entry[];
  /** Closed in ODS and not held here: nothing to add. */
  skipped: Entry[];
  errors: ImportProblem[];
  warnings: ImportProblem[];
  /** A hash of what would be done: the import must find the same plan the administrator saw. */
  digest: string;
}

/** Compares the file with what is held: nothing is written here. */
async function planImport(tx: Tx, rows: ImportRow[], errors: ImportProblem[]): Promise<ImportPlan> {
  const existing = new Map(
    (
      await tx.organisation.findMany({
        where: { odsCode: { in: rows.map((r) => r.odsCode) } },
        select: { id: true, odsCode: true, name: true, kind: true, postcode: true, parentIcbId: true, status: true },
      })
    ).map((o) => [o.odsCode, o]),
  );
  const icbCodes = [...new Set(rows.flatMap((r) => (r.parentIcbOdsCode ? [r.parentIcbOdsCode] : [])))];
  const icbs = new Map(
    (await tx.organisation.findMany({ where: { odsCode: { in: icbCodes }, kind: "ICB" }, select: { id: true, odsCode: true } })).map((o) => [o.odsCode, o.id]),
  );
  const plan: Omit<ImportPlan, "digest"> = { added: [], changed: [], unchanged: [], skipped: [], errors: [...errors], warnings: [] };
  for (const row of rows) {
    const entry = { line: row.line, odsCode: row.odsCode, name: row.name };
    const held = existing.get(row.odsCode);
    const parentIcbId = row.parentIcbOdsCode ? (icbs.get(row.parentIcbOdsCode) ?? null) : null;
    if (row.parentIcbOdsCode && !parentIcbId)
      plan.warnings.push({
        line: row.line,
        column: "High Level Health Geography",
        message: `no ICB here has the ODS code ${row.parentIcbOdsCode}, so ${held ? "its parent ICB is not changed" : "it gets no parent ICB"}`,
      });
    if (held && held.kind !== row.kind) {
      const heldAs = organisationKindLabels[held.kind as OrganisationKind].toLowerCase();
      plan.errors.push({
        line: row.line,
        column: "Organisation Code",
        message: `${row.odsCode} is held as a ${heldAs}, not a ${organisationKindLabels[row.kind].toLowerCase()}: import it with a file of its kind`,
      });
      continue;
    }
    if (!held) {
      if (row.closed) plan.skipped.push(entry);
      else plan.added.push({ ...entry, row, parentIcbId });
      continue;
    }
    const changes: Change[] = [];
    const data: Prisma.OrganisationUpdateInput = {};
    const change = (what: Change, fields: Prisma.OrganisationUpdateInput) => {
      changes.push(what);
      Object.assign(data, fields);
    };
    if (held.name !== row.name) change("name", { name: row.name });
    if (row.postcode && held.postcode !== row.postcode) change("postcode", { postcode: row.postcode });
    if (parentIcbId && held.parentIcbId !== parentIcbId) change("parent ICB", { parentIcb: { connect: { id: parentIcbId } } });
    // A closure in ODS suspends it here; an import never reinstates one (a suspension is this service's decision).
    if (row.closed && held.status === "ACTIVE")
      change("suspended: closed in ODS", {
        status: "SUSPENDED",
        suspendedAt: new Date(),
        suspendedReason: "Closed in the Organisation Data Service (imported file)",
      });
    if (changes.length) plan.changed.push({ ...entry, id: held.id, changes, data });
    else plan.unchanged.push(entry);
  }
  plan.errors.sort((a, b) => a.line - b.line);
  const digest = createHash("sha256")
    .update(JSON.stringify([plan.added.map((a) => [a.row, a.parentIcbId]), plan.changed.map((c) => [c.id, c.changes, c.line]), plan.unchanged, plan.skipped]))
    .digest("hex");
  return { ...plan, digest };
}

async function planFor(tx: Tx, input: { csv: string; kind: OrganisationKind | null }): Promise<ImportPlan> {
  const parsed = parseOrganisationFile(input.csv, input.kind);
  return planImport(tx, parsed.rows, parsed.errors);
}

const counts = (plan: ImportPlan) => ({
  added: plan.added.length,
  changed: plan.changed.length,
  unchanged: plan.unchanged.length,
  skipped: plan.skipped.length,
  errors: plan.errors.length,
});

/** The preview: what would be added, changed, left alone or skipped, and every problem. Up to 500 of each are listed. */
export interface ImportPreview {
  counts: ReturnType<typeof counts>;
  added: Entry[];
  changed: (Entry & { changes: Change[] })[];
  unchanged: Entry[];
  skipped: Entry[];
  errors: string[];
  warnings: string[];
  digest: string;
}

const LISTED = 500;

export const previewOrganisationImport = defineUseCase({
  audit: auditActions.organisationImportPreviewed,
  permission: "organisation.manage",
  input: organisationImportInput,
  async run({ tx, input }) {
    const plan = await planFor(tx, input);
    const entry = ({ line, odsCode, name }: Entry) => ({ line, odsCode, name });
    const preview: ImportPreview = {
      counts: counts(plan),
      added: plan.added.slice(0, LISTED).map(entry),
      changed: plan.changed.slice(0, LISTED).map((c) => ({ ...entry(c), changes: c.changes })),
      unchanged: plan.unchanged.slice(0, LISTED),
      skipped: plan.skipped.slice(0, LISTED),
      errors: plan.errors.slice(0, LISTED).map(problemText),
      warnings: plan.warnings.slice(0, LISTED).map(problemText),
      digest: plan.digest,
    };
    return { result: preview, audit: { detail: { fileName: input.fileName, kind: input.kind, ...preview.counts } } };
  },
});

/** Each organisation added or changed gets its own audit row (its subject), so its history shows the import. */
async function auditEach(tx: Tx, caller: Caller, plan: ImportPlan, ids: Map<string, string>, fileName: string | null) {
  const rows = [
    ...plan.added.map((a) =>
      auditRow(caller, auditActions.organisationAdded, "SUCCESS", {
        subjectId: ids.get(a.odsCode),
        detail: { odsCode: a.odsCode, name: a.name, kind: a.row.kind, import: { fileName, line: a.line } },
      }),
    ),
    ...plan.changed.map((c) =>
      auditRow(caller, c.changes.includes("suspended: closed in ODS") ? auditActions.organisationSuspended : auditActions.organisationUpdated, "SUCCESS", {
        subjectId: c.id,
        detail: { odsCode: c.odsCode, changed: c.changes, import: { fileName, line: c.line } },
      }),
    ),
  ];
  for (let i = 0; i < rows.length; i += 1000) await writeAuditRows(tx, rows.slice(i, i + 1000));
}

/**
 * The import: the same plan again, in one transaction. Any problem in any row and nothing is
 * imported; a plan that differs from the preview's is a conflict (check the file again).
 * Importing the same file twice changes nothing the second time ("0 added, 0 changed").
 */
export const importOrganisations = defineUseCase({
  audit: auditActions.organisationsImported,
  permission: "organisation.manage",
  input: confirmOrganisationImportInput,
  async run({ tx, caller, input }) {
    const plan = await planFor(tx, input);
    if (plan.errors.length) {
      const fieldErrors = Object.fromEntries(plan.errors.slice(0, LISTED).map((p, i) => [`row${i}`, problemText(p)]));
      throw new AppError("INVALID", `The file has ${plan.errors.length} problem${plan.errors.length === 1 ? "" : "s"}: nothing has been imported`, fieldErrors);
    }
    if (plan.digest !== input.previewDigest)
      throw new AppError("CONFLICT", "The organisations have changed since you checked the file: check it again before importing");
    await tx.organisation.createMany({
      data: plan.added.map(({ row, parentIcbId }) => ({
        odsCode: row.odsCode,
        name: row.name,
        kind: row.kind,
        postcode: row.postcode,
        parentIcbId,
      })),
    });
    for (const c of plan.changed) await tx.organisation.update({ where: { id: c.id }, data: c.data });
    // Closed in ODS: its staff are out at once, as when an administrator suspends it.
    const closed = plan.changed.filter((c) => c.changes.includes("suspended: closed in ODS")).map((c) => c.id);
    if (closed.length) await tx.userSession.updateMany({ where: { user: { organisationId: { in: closed } }, endedAt: null }, data: { endedAt: new Date() } });
    const ids = new Map(
      (await tx.organisation.findMany({ where: { odsCode: { in: plan.added.map((a) => a.odsCode) } }, select: { id: true, odsCode: true } })).map((o) => [
        o.odsCode,
        o.id,
      ]),
    );
    await auditEach(tx, caller, plan, ids, input.fileName);
    return { result: counts(plan), audit: { detail: { fileName: input.fileName, kind: input.kind, ...counts(plan) } } };
  },
});
