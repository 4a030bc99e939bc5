import { z } from "zod";
import { csvRows, type CsvProblem } from "./csv-import";
import { newUserInput } from "./user-accounts";

/** The people import's columns (docs/domain.md "Importing people"), one person a line. */
export const userImportColumns = ["email", "name", "ods_code", "role", "registration_body", "registration_number"] as const;
type Column = (typeof userImportColumns)[number];

/** Beyond this the file is refused as a whole: split it (the import is one transaction). */
export const MAX_IMPORT_ROWS = 5000;
export const MAX_IMPORT_CHARACTERS = 1_000_000;

const columnOf: Record<string, Column> = {
  email: "email",
  name: "name",
  odsCode: "ods_code",
  role: "role",
  professionalBody: "registration_body",
  registrationNumber: "registration_number",
};

export type ImportedPerson = z.output<typeof newUserInput>;

export interface CheckedRow {
  line: number;
  person: ImportedPerson;
}

/** What the administrator sends: the file's text. */
export const userImportInput = z.object({
  csv: z
    .string({ error: "Choose a CSV file" })
    .min(1, "Choose a CSV file")
    .max(MAX_IMPORT_CHARACTERS, `The file is too large: at most ${MAX_IMPORT_CHARACTERS.toLocaleString("en-GB")} characters. Split it into smaller files`),
});

/**
 * Each line read as a new person with the same schema as the form, its problems named by line and
 * column. What needs the database (organisation, role for its kind, existing accounts) comes after.
 */
export function checkUserImportText(text: string): { rows: CheckedRow[]; problems: CsvProblem[] } {
  const { rows, problems } = csvRows(text, userImportColumns);
  if (rows.length > MAX_IMPORT_ROWS) {
    return { rows: [], problems: [{ line: 1, column: null, message: `The file has ${rows.length} people: at most ${MAX_IMPORT_ROWS} at a time` }] };
  }
  const checked: CheckedRow[] = [];
  for (const { line, values } of rows) {
    const parsed = newUserInput.safeParse({
      email: values.email,
      name: values.name,
      odsCode: values.ods_code,
      role: values.role.trim().toUpperCase(),
      professionalBody: values.registration_body.trim().toUpperCase(),
      registrationNumber: values.registration_number,
    });
    if (parsed.success) checked.push({ line, person: parsed.data });
    else {
      const seen = new Set<string>();
      for (const issue of parsed.error.issues) {
        const column = columnOf[String(issue.path[0])] ?? null;
        if (seen.has(String(column))) continue;
        seen.add(String(column));
        problems.push({ line, column, message: issue.message });
      }
    }
  }
  problems.sort((a, b) => a.line - b.line);
  return { rows: checked, problems };
}

/** "Line 12, role: ..." as the error summary and the preview list it. */
export function problemText(p: CsvProblem): string {
  return `Line ${p.line}${p.column ? `, ${p.column}` : ""}: ${p.message}`;
}
