/**
 * CSV as RFC 4180 writes it (CRLF line ends, double quotes doubled), made safe to open in a
 * spreadsheet: a cell that a spreadsheet would run as a formula gets a leading apostrophe.
 */
import { neutraliseFormula } from '../data/csv-formula';

/**
 * One cell, quoted when it must be: a comma, quote or line break inside, white space at an end
 * (which readers trim), or a leading `#` (which readers told to skip comment lines would skip).
 */
export function csvCell(value: string): string {
  const safe = neutraliseFormula(value);
  return /[",\r\n]|^\s|\s$|^#/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvRow(cells: readonly string[]): string {
  return cells.map(csvCell).join(',');
}

/**
 * A whole table: optional `# ` comment lines first (the provenance block), then the header
 * row and one row per record, each line ended by CRLF.
 */
export function csvTable<C extends string>(
  columns: readonly C[],
  rows: Iterable<Record<C, string>>,
  preamble: readonly string[] = [],
): string {
  const lines = preamble.map((line) => `# ${line.replace(/[\r\n]+/g, ' ')}`);
  lines.push(csvRow(columns));
  for (const row of rows) lines.push(csvRow(columns.map((c) => row[c])));
  return `${lines.join('\r\n')}\r\n`;
}
