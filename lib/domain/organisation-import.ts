import { z } from "zod";
import { parseCsv, type CsvRecord } from "./csv";
import { londonDay } from "./london-time";
import {
  normaliseOdsCode,
  normalisePostcode,
  odsCodeProblem,
  organisationKindLabels,
  organisationKinds,
  isOrganisationKind,
  type OrganisationKind,
} from "./organisations";
import { hasControlCharacters } from "./text";

/**
 * Bulk import of organisations from a CSV file in the NHS Organisation Data Service (ODS) layout
 * (the epraccur / etr files: one organisation a row, no header), or any CSV whose first row names
 * its columns. What is read, by position in the ODS layout or by header name:
 *
 *  1 Organisation Code   2 Name   3 National Grouping (ignored)   4 High Level Health Geography (the parent ICB's code)
 *  5-9 Address Lines 1-5 (ignored)   10 Postcode   11 Open Date   12 Close Date   13 Status Code (A, C, D, P)
 *  and, by header only, Kind (GP_PRACTICE, ... or its label). Later columns are ignored.
 */
export const importColumns = {
  code: { label: "Organisation Code", position: 0, aliases: ["organisationcode", "code", "odscode"] },
  name: { label: "Name", position: 1, aliases: ["name", "organisationname"] },
  icb: { label: "High Level Health Geography", position: 3, aliases: ["highlevelhealthgeography", "parenticb", "icb", "parenticbodscode"] },
  postcode: { label: "Postcode", position: 9, aliases: ["postcode"] },
  openDate: { label: "Open Date", position: 10, aliases: ["opendate"] },
  closeDate: { label: "Close Date", position: 11, aliases: ["closedate"] },
  status: { label: "Status Code", position: 12, aliases: ["statuscode", "status"] },
  kind: { label: "Kind", position: null, aliases: ["kind", "organisationkind"] },
} as const;
type Column = keyof typeof importColumns;

/** The ODS layout has 12 columns up to Close Date (etr); epraccur has the Status Code and more after it. */
const ODS_LAYOUT_MIN_COLUMNS = 12;
export const MAX_IMPORT_CHARACTERS = 1_000_000;
export const MAX_IMPORT_ROWS = 10_000;

export interface ImportRow {
  line: number;
  odsCode: string;
  name: string;
  kind: OrganisationKind;
  postcode: string | null;
  /** The High Level Health Geography: the parent ICB's ODS code, when the file gives one. */
  parentIcbOdsCode: string | null;
  /** Closed in ODS (status C or D, or a close date that has passed when the file has no status). */
  closed: boolean;
}

export interface ImportProblem {
  line: number;
  column: string | null;
  message: string;
}

export function problemText(p: ImportProblem): string {
  return `Line ${p.line}${p.column ? `, column ${p.column}` : ""}: ${p.message}`;
}

export interface ParsedImport {
  rows: ImportRow[];
  errors: ImportProblem[];
}

const headerKey = (cell: string) => cell.toLowerCase().replace(/[^a-z0-9]/g, "");

/** Column positions from a header row, or null when the first row is an organisation (the ODS layout has no header). */
function headerPositions(first: CsvRecord): Partial<Record<Column, number>> | null {
  const keys = first.cells.map(headerKey);
  if (!importColumns.code.aliases.some((a) => a === keys[0]) && !keys.some((k) => k === "organisationcode" || k === "odscode")) return null;
  const positions: Partial<Record<Column, number>> = {};
  for (const [column, def] of Object.entries(importColumns) as [Column, (typeof importColumns)[Column]][]) {
    const at = keys.findIndex((k) => (def.aliases as readonly string[]).includes(k));
    if (at >= 0) positions[column] = at;
  }
  return positions;
}

const odsPositions: Partial<Record<Column, number>> = Object.fromEntries(
  Object.entries(importColumns).flatMap(([c, d]) => (d.position === null ? [] : [[c, d.position]])),
);

/** "20240401" or "2024-04-01", a real date: the ISO form, or null. */
function odsDate(value: string): string | null {
  const m = /^(\d{4})-?(\d{2})-?(\d{2})$/.exec(value);
  if (!m) return null;
  const iso = `${m[1]}-${m[2]}-${m[3]}`;
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso ? iso : null;
}

const kindByText = new Map<string, OrganisationKind>(
  organisationKinds.flatMap((k) => [
    [headerKey(k), k],
    [headerKey(organisationKindLabels[k]), k],
  ]),
);

const lower = (message: string) => message[0].toLowerCase() + message.slice(1);

/** One record read into a row, or the problems with it (each naming its column). */
function readRow(record: CsvRecord, at: Partial<Record<Column, number>>, fileKind: OrganisationKind | null, today: string): ImportRow | ImportProblem[] {
  const problems: ImportProblem[] = [];
  const problem = (column: Column, message: string) => problems.push({ line: record.line, column: importColumns[column].label, message });
  const get = (column: Column) => {
    const i = at[column];
    return i === undefined ? "" : (record.cells[i] ?? "").trim();
  };
  for (const column of Object.keys(at) as Column[]) if (hasControlCharacters(get(column))) problem(column, "remove the hidden control characters");
  if (problems.length) return problems;

  const kindText = get("kind");
  const kind = kindText ? (kindByText.get(headerKey(kindText)) ?? null) : fileKind;
  if (kindText && !kind) problem("kind", `enter a kind of organisation, like ${organisationKinds.slice(0, 3).join(", ")}`);
  else if (!kind) problem("kind", "select the kind of organisation the file holds, or give this row a Kind");

  const odsCode = normaliseOdsCode(get("code"));
  const codeProblem = odsCodeProblem(odsCode, kind);
  if (codeProblem) problem("code", lower(codeProblem));

  const name = get("name");
  if (!name) problem("name", "enter the organisation's name");
  else if (name.length > 200) problem("name", "the name must be 200 characters or fewer");

  const postcodeText = get("postcode");
  const postcode = postcodeText ? normalisePostcode(postcodeText) : null;
  if (postcodeText && !postcode) problem("postcode", "enter a real postcode, like SE5 8JA");

  const icbText = normaliseOdsCode(get("icb"));
  if (icbText && odsCodeProblem(icbText)) problem("icb", "enter the parent ICB's ODS code, like QKK, or leave it empty");

  for (const column of ["openDate", "closeDate"] as const) {
    const value = get(column);
    if (value && !odsDate(value)) problem(column, "enter a real date as YYYYMMDD, like 20240401");
  }
  const status = get("status").toUpperCase();
  if (status && !["A", "C", "D", "P"].includes(status)) problem("status", "enter A (active), C (closed), D (dormant) or P (proposed)");
  if (problems.length || !kind) return problems;

  const closeDate = odsDate(get("closeDate"));
  const closed = status ? status === "C" || status === "D" : !!closeDate && closeDate <= today;
  return { line: record.line, odsCode, name, kind, postcode, parentIcbOdsCode: kind === "ICB" ? null : icbText || null, closed };
}

/**
 * The file read into rows, with every problem naming its line and column. A code twice in one
 * file is a problem on its second line. `fileKind` is the kind chosen for the file (a Kind column overrides it).
 */
export function parseOrganisationFile(text: string, fileKind: OrganisationKind | null, today = londonDay()): ParsedImport {
  const parsed = parseCsv(text);
  if (!parsed.ok) return { rows: [], errors: [{ line: parsed.line, column: null, message: parsed.message }] };
  const records = parsed.records;
  if (records.length === 0) return { rows: [], errors: [{ line: 1, column: null, message: "the file is empty: choose a CSV file of organisations" }] };
  const header = headerPositions(records[0]);
  const errors: ImportProblem[] = [];
  if (header && (header.code === undefined || header.name === undefined))
    return { rows: [], errors: [{ line: records[0].line, column: null, message: "the header row must name the columns Organisation Code and Name" }] };
  const body = header ? records.slice(1) : records;
  if (body.length > MAX_IMPORT_ROWS)
    return {
      rows: [],
      errors: [{ line: body[MAX_IMPORT_ROWS].line, column: null, message: `a file may hold up to ${MAX_IMPORT_ROWS} organisations: split it` }],
    };
  const rows: ImportRow[] = [];
  const seen = new Map<string, number>();
  for (const record of body) {
    if (!header && record.cells.length < ODS_LAYOUT_MIN_COLUMNS) {
      errors.push({
        line: record.line,
        column: null,
        message:
          `the ODS file layout has at least ${ODS_LAYOUT_MIN_COLUMNS} columns (code, name, ..., postcode, open date, close date) ` +
          `and this row has ${record.cells.length}: use the ODS file, or add a header row naming the columns`,
      });
      continue;
    }
    const row = readRow(record, header ?? odsPositions, fileKind, today);
    if (Array.isArray(row)) {
      errors.push(...row);
      continue;
    }
    const earlier = seen.get(row.odsCode);
    if (earlier !== undefined) {
      errors.push({ line: row.line, column: importColumns.code.label, message: `${row.odsCode} is also on line ${earlier}: each organisation once` });
      continue;
    }
    seen.set(row.odsCode, row.line);
    rows.push(row);
  }
  return { rows, errors };
}

const blankToNull = (v: unknown) => (typeof v === "string" && v.trim() === "" ? null : v);

/** What the import form sends: the file's text, its name (for the audit trail) and the kind chosen for it. */
export const organisationImportInput = z.object({
  csv: z
    .string({ error: "Choose a CSV file of organisations" })
    .min(1, "Choose a CSV file of organisations")
    .max(MAX_IMPORT_CHARACTERS, "The file is too big: up to 1 MB (about 4,000 organisations in the ODS layout). Split it into smaller files"),
  fileName: z.preprocess(blankToNull, z.string().max(200).nullable().default(null)),
  kind: z.preprocess(
    blankToNull,
    z
      .string()
      .refine(isOrganisationKind, "Select the kind of organisation the file holds")
      .transform((k) => k as OrganisationKind)
      .nullable()
      .default(null),
  ),
});

/** The import itself also names the preview it confirms (its digest): if the organisations changed since, check again. */
export const confirmOrganisationImportInput = organisationImportInput.extend({
  previewDigest: z.string({ error: "Check the file before importing it" }).regex(/^[a-f0-9]{64}$/, "Check the file before importing it"),
});
