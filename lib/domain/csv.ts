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
