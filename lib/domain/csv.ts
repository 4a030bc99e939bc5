/**
 * CSV (RFC 4180) that is safe to open in a spreadsheet: cells that a spreadsheet would run
 * as a formula (starting = + - @ or a tab) are prefixed with an apostrophe.
 */
function cell(value: unknown): string {
  let text = value == null ? "" : value instanceof Date ? value.toISOString() : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(headers: string[], rows: unknown[][]): string {
  return [headers, ...rows].map((row) => row.map(cell).join(",")).join("\r\n") + "\r\n";
}

/** One record of a CSV file read in: its cells, and the line of the file it starts on (1 is the first). */
export interface CsvRecord {
  line: number;
  cells: string[];
}

export type CsvParse = { ok: true; records: CsvRecord[] } | { ok: false; line: number; message: string };

/**
 * Reads CSV (RFC 4180: quoted cells may hold commas, quotes as "" and line breaks; CRLF or LF;
 * a byte-order mark is dropped). Blank lines are skipped, and line numbers count them, so an
 * error can name the line a spreadsheet shows. An unclosed quote is an error naming its line.
 */
export function parseCsv(text: string): CsvParse {
  const input = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = "";
  let line = 1;
  let start = 1;
  let quoted = false;
  let quoteLine = 0;
  let any = false;
  const endRecord = () => {
    cells.push(cell);
    if (any || cells.length > 1) records.push({ line: start, cells });
    cells = [];
    cell = "";
    any = false;
  };
  for (let i = 0; i < input.length; i++) {
    const ch = input[i];
    if (quoted) {
      if (ch === '"' && input[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === "\n") line++;
        cell += ch;
      }
      continue;
    }
    if (ch === '"' && cell === "") {
      quoted = true;
      quoteLine = line;
      any = true;
    } else if (ch === ",") {
      cells.push(cell);
      cell = "";
      any = true;
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && input[i + 1] === "\n") i++;
      endRecord();
      line++;
      start = line;
    } else {
      cell += ch;
      if (ch.trim()) any = true;
    }
  }
  if (quoted) return { ok: false, line: quoteLine, message: 'a quoted cell is not closed: check the quote marks (")' };
  if (cell !== "" || cells.length > 0) endRecord();
  return { ok: true, records };
}
