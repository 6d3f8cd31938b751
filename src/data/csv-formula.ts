/**
 * Formula injection, both ways: a CSV cell that a spreadsheet would run as a formula is written
 * with a leading apostrophe (which spreadsheets show as text), and the app's own reader takes
 * that apostrophe off again, so an exported file reads back equal.
 */

/**
 * What Excel, LibreOffice and Google Sheets read as the start of a formula (OWASP's list),
 * plus the full-width forms some of them also accept.
 */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
/** A plain number (`-12.5`, `+3`, `1e-7`) is never a formula: negative coordinates stay numbers. */
const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

function isFormula(cell: string): boolean {
  return FORMULA_START.test(cell) && !PLAIN_NUMBER.test(cell);
}

/**
 * True when the cell needs an apostrophe: it would run as a formula, or it already starts with
 * apostrophes in front of one (so that `restoreFormula` can tell ours from the data's own).
 */
function needsGuard(cell: string): boolean {
  let at = 0;
  while (cell[at] === "'") at += 1;
  return isFormula(cell.slice(at));
}

export function neutraliseFormula(cell: string): string {
  return needsGuard(cell) ? `'${cell}` : cell;
}

/**
 * Undoes `neutraliseFormula`, so an exported file reads back equal: for every text x,
 * `restoreFormula(neutraliseFormula(x)) === x`. Only for the app's own CSV: a foreign
 * file's apostrophes are its own.
 */
export function restoreFormula(cell: string): string {
  return cell.startsWith("'") && needsGuard(cell.slice(1)) ? cell.slice(1) : cell;
}
