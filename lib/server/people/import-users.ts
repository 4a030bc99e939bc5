import "server-only";
import { auditActions } from "@/lib/domain/audit-actions";
import type { CsvProblem } from "@/lib/domain/csv-import";
import { grantProblem } from "@/lib/domain/organisation-roles";
import { isOrganisationKind } from "@/lib/domain/organisations";
import type { Grant } from "@/lib/domain/policy";
import { checkUserImportText, problemText, userImportInput, type CheckedRow } from "@/lib/domain/user-import";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor, Caller } from "../actor";
import { auditRow, writeAuditRows } from "../audit";
import { AppError } from "../errors";
import { defineUseCase } from "../use-case";
import { storedRegistration } from "./grant-check";

type Tx = Prisma.TransactionClient;

export interface ImportPreviewRow {
  line: number;
  email: string;
  name: string;
  odsCode: string | null;
  role: string;
  /** new: will be added; unchanged: already here with the same details (importing again changes nothing). */
  outcome: "new" | "unchanged";
}

export interface ImportCheck {
  rows: ImportPreviewRow[];
  problems: CsvProblem[];
  toAdd: number;
  unchanged: number;
}

interface Planned extends CheckedRow {
  organisationId: string | null;
  outcome: "new" | "unchanged";
}

/** Every line checked against the database: organisation (and the actor's scope), role for its kind, duplicates, existing accounts. */
async function checkImport(tx: Tx, actor: Actor, grant: Exclude<Grant, "none">, text: string): Promise<{ check: ImportCheck; planned: Planned[] }> {
  const { rows, problems } = checkUserImportText(text);
  const codes = [...new Set(rows.flatMap((r) => (r.person.odsCode ? [r.person.odsCode] : [])))];
  const organisations = new Map(
    (await tx.organisation.findMany({ where: { odsCode: { in: codes } }, select: { id: true, odsCode: true, kind: true, name: true } })).map((o) => [
      o.odsCode,
      o,
    ]),
  );
  const existing = new Map(
    (
      await tx.user.findMany({
        where: { email: { in: rows.map((r) => r.person.email) } },
        select: { email: true, name: true, role: true, organisationId: true, professionalBody: true, professionalRegistration: true },
      })
    ).map((u) => [u.email, u]),
  );
  const firstLine = new Map<string, number>();
  const planned: Planned[] = [];
  for (const row of rows) {
    const p = row.person;
    const problem = (column: string, message: string) => problems.push({ line: row.line, column, message });
    const earlier = firstLine.get(p.email);
    if (earlier) {
      problem("email", `This email address is also on line ${earlier}: each person once`);
      continue;
    }
    firstLine.set(p.email, row.line);
    const org = p.odsCode ? organisations.get(p.odsCode) : undefined;
    if (p.odsCode && !org) {
      problem("ods_code", `No organisation has the ODS code ${p.odsCode}`);
      continue;
    }
    if (grant === "organisation" && org?.id !== actor.organisationId) {
      problem("ods_code", "You can import people only into your own organisation");
      continue;
    }
    const refused = grantProblem(grant === "all", org && isOrganisationKind(org.kind) ? org.kind : null, p.role);
    if (refused) {
      problem(refused.field === "odsCode" ? "ods_code" : "role", refused.message);
      continue;
    }
    const registration = storedRegistration(p.professionalBody, p.registrationNumber);
    const found = existing.get(p.email);
    const same =
      found &&
      found.name === p.name &&
      found.role === p.role &&
      found.organisationId === (org?.id ?? null) &&
      found.professionalBody === registration.professionalBody &&
      found.professionalRegistration === registration.professionalRegistration;
    if (found && !same) {
      problem("email", "Someone already has an account with this email address, with other details: change them on their page instead");
      continue;
    }
    planned.push({ ...row, organisationId: org?.id ?? null, outcome: found ? "unchanged" : "new" });
  }
  problems.sort((a, b) => a.line - b.line);
  const preview = planned.map((r) => ({
    line: r.line,
    email: r.person.email,
    name: r.person.name,
    odsCode: r.person.odsCode ?? null,
    role: r.person.role,
    outcome: r.outcome,
  }));
  const toAdd = planned.filter((r) => r.outcome === "new").length;
  return { check: { rows: preview, problems, toAdd, unchanged: planned.length - toAdd }, planned };
}

/** Step one: what the file would do, with every problem by line and column. Nothing is written. */
export const checkUserImport = defineUseCase({
  audit: auditActions.usersImportChecked,
  permission: "user.manage",
  input: userImportInput,
  async run({ tx, actor, grant, input }) {
    const { check } = await checkImport(tx, actor, grant, input.csv);
    return { result: check, audit: { detail: { toAdd: check.toAdd, unchanged: check.unchanged, problems: check.problems.length } } };
  },
});

/**
 * Step two: the whole file in one transaction, or nothing while any line has a problem. Accounts
 * already here with the same details are left as they are, so importing the same file again
 * changes nothing. Each new account gets its own audit row, naming it as the subject.
 */
export const importUsers = defineUseCase({
  audit: auditActions.usersImported,
  permission: "user.manage",
  input: userImportInput,
  async run({ tx, actor, grant, input, caller }) {
    const { check, planned } = await checkImport(tx, actor, grant, input.csv);
    if (check.problems.length) {
      const fieldErrors = Object.fromEntries(check.problems.slice(0, 100).map((p, i) => [`line-${p.line}-${i}`, problemText(p)]));
      throw new AppError(
        "INVALID",
        `Nothing was imported: ${check.problems.length} problem${check.problems.length === 1 ? "" : "s"} to fix first`,
        fieldErrors,
      );
    }
    const fresh = planned.filter((r) => r.outcome === "new");
    const created = await tx.user.createManyAndReturn({
      data: fresh.map((r) => ({
        email: r.person.email,
        name: r.person.name,
        role: r.person.role,
        organisationId: r.organisationId,
        ...storedRegistration(r.person.professionalBody, r.person.registrationNumber),
      })),
      select: { id: true, email: true, role: true },
    });
    await writeAuditRows(
      tx,
      created.map((u) =>
        auditRow(caller as Caller, auditActions.userCreated, "SUCCESS", {
          subjectId: u.id,
          detail: { userId: u.id, email: u.email, role: u.role, source: "import" },
        }),
      ),
    );
    return { result: { imported: created.length, unchanged: check.unchanged }, audit: { detail: { imported: created.length, unchanged: check.unchanged } } };
  },
});
