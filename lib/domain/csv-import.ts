/**
 * Reading a CSV file (RFC 4180: commas, double quotes, "" inside quotes, CRLF or LF) into records
 * that know the line they started on, so every problem can name its line and column.
 * Shared by the imports (people; organisations may use it too).
 */
export interface CsvRecord {
  /** The file's line the record starts on (1 is the header). */
  line: number;
  cells: string[];
}

export interface CsvProblem {
  line: number;
  /** The column's header name, or null for a problem with the whole line. */
  column: string | null;
  message: string;
}

export function parseCsv(text: string): { records: CsvRecord[]; problems: CsvProblem[] } {
  const records: CsvRecord[] = [];
  const problems: CsvProblem[] = [];
  const body = text.replace(/^\uFEFF/, ""); // a spreadsheet's byte-order mark
  let line = 1;
  let start = 1;
  let cells: string[] = [];
  let cell = "";
  let quoted = false;
  let wasQuoted = false;
  const endCell = () => {
    cells.push(wasQuoted ? cell : cell.trim());
    cell = "";
    wasQuoted = false;
  };
  const endRecord = () => {
    endCell();
    if (!(cells.length === 1 && cells[0] === "")) records.push({ line: start, cells });
    cells = [];
  };
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === "\n") line++;
        cell += c;
      }
    } else if (c === '"' && cell.trim() === "") {
      quoted = true;
      wasQuoted = true;
      cell = "";
    } else if (c === ",") endCell();
    else if (c === "\r" && body[i + 1] === "\n") continue;
    else if (c === "\n" || c === "\r") {
      endRecord();
      line++;
      start = line;
    } else cell += c;
  }
  if (quoted) problems.push({ line: start, column: null, message: 'A quoted value is not closed: a double quote (") is missing' });
  else if (cell !== "" || cells.length) endRecord();
  return { records, problems };
}

/**
 * The records under a header row that must have exactly these columns (any order, any case,
 * spaces and underscores alike), each as an object by column name.
 */
export function csvRows<C extends string>(
  text: string,
  columns: readonly C[],
): { rows: { line: number; values: Record<C, string> }[]; problems: CsvProblem[] } {
  const { records, problems } = parseCsv(text);
  const [header, ...data] = records;
  const key = (s: string) =>
    s
      .trim()
      .toLowerCase()
      .replace(/[\s-]+/g, "_");
  if (!header)
    return {
      rows: [],
      problems: [...problems, { line: 1, column: null, message: `The file is empty: its first line must name the columns ${columns.join(", ")}` }],
    };
  const names = header.cells.map(key);
  const missing = columns.filter((c) => !names.includes(c));
  const unknown = names.filter((n) => !(columns as readonly string[]).includes(n));
  if (missing.length || unknown.length) {
    const parts = [missing.length && `missing ${missing.join(", ")}`, unknown.length && `unknown ${unknown.join(", ")}`].filter(Boolean);
    return {
      rows: [],
      problems: [...problems, { line: header.line, column: null, message: `The first line must name the columns ${columns.join(", ")} (${parts.join("; ")})` }],
    };
  }
  const rows = [];
  for (const record of data) {
    if (record.cells.length !== names.length) {
      problems.push({
        line: record.line,
        column: null,
        message: `This line has ${record.cells.length} values: it should have ${names.length}, one for each column`,
      });
      continue;
    }
    const values = Object.fromEntries(names.map((n, i) => [n, record.cells[i]])) as Record<C, string>;
    rows.push({ line: record.line, values });
  }
  return { rows, problems };
}
