/**
 * A tight reader for well-formed CSV (RFC 4180): it finds where each record's cells begin and
 * end and makes a cell's string only when asked for it, so the importer pays for the dozen
 * columns it reads, not for all thirty of an ACLED export. At 250,000 ACLED rows papaparse's
 * parse and the garbage of its per-record arrays were the largest cost of an import.
 *
 * It reads what papaparse reads the same way: quoted cells with "" for a quote, a quote
 * inside an unquoted cell taken as it is, `#` comment lines. Anything irregular (a closing
 * quote followed by other text, a quote never closed at the end of the file) makes it stop
 * before that record and say so, and csv-source.ts hands the rest to papaparse, whose
 * recovery and error messages stay what they were.
 */

export interface CsvShape {
  delimiter: string;
  newline: '\n' | '\r\n' | '\r';
  /** Lines starting with `#` are comments (the provenance block of this app's exports). */
  comments: boolean;
}

/** One record: its cells by position, each made into a string on demand. */
export interface CsvRow {
  readonly length: number;
  cell(i: number): string;
  cells(): string[];
}

const QUOTE = 34;
const HASH = 35;

export interface ScanOutcome {
  /** Where the unread rest of `input` begins (a record start). */
  cursor: number;
  /** True when scanning stopped at something irregular: hand `input.slice(cursor)` to papaparse. */
  irregular: boolean;
}

/** Where `what` next occurs at or after `from`, or `none`. */
function findOr(input: string, what: string, from: number, none: number): number {
  const at = input.indexOf(what, from);
  return at < 0 ? none : at;
}

/** A reusable record view: cell i is `text.slice(starts[i], ends[i])`, "" unescaped if quoted. */
class Row implements CsvRow {
  text = '';
  length = 0;
  starts: number[] = [];
  ends: number[] = [];
  quoted: boolean[] = [];

  cell(i: number): string {
    if (i < 0 || i >= this.length) return '';
    const value = this.text.slice(this.starts[i], this.ends[i]);
    return this.quoted[i] && value.includes('"') ? value.replaceAll('""', '"') : value;
  }

  cells(): string[] {
    return Array.from({ length: this.length }, (_, i) => this.cell(i));
  }

  push(start: number, end: number, quoted: boolean) {
    const n = this.length++;
    this.starts[n] = start;
    this.ends[n] = end;
    this.quoted[n] = quoted;
  }
}

/**
 * Scans complete records of `input` from 0, calling `onRow` for each (blank lines skipped,
 * the row valid only during the call). With `final` false, a record not ended by a newline
 * is left unread for the next slice.
 */
export function scanCsv(
  input: string,
  shape: CsvShape,
  final: boolean,
  onRow: (row: CsvRow) => void,
): ScanOutcome {
  const delim = shape.delimiter.charCodeAt(0);
  const nl = shape.newline.charCodeAt(0);
  const crlf = shape.newline.length === 2;
  const n = input.length;
  const row = new Row();
  row.text = input;
  let pos = 0;
  let nextDelim = -1;
  let nextLine = -1;
  /** True when a newline (as the shape has it) starts at i. */
  const newlineAt = (i: number) => input.charCodeAt(i) === nl && (!crlf || input.charCodeAt(i + 1) === 10);
  while (pos < n) {
    const start = pos;
    if (shape.comments && input.charCodeAt(pos) === HASH) {
      let i = pos;
      while (i < n && !newlineAt(i)) i += 1;
      if (i >= n && !final) return { cursor: start, irregular: false };
      pos = i + shape.newline.length;
      continue;
    }
    row.length = 0;
    for (;;) {
      let end: number;
      let quoted = false;
      let from = pos;
      let i = pos;
      if (input.charCodeAt(pos) === QUOTE) {
        quoted = true;
        from = pos + 1;
        i = from;
        for (;;) {
          const q = input.indexOf('"', i);
          if (q < 0) {
            // Unclosed: more may come in the next slice; at the end it is papaparse's to report.
            return { cursor: start, irregular: final };
          }
          if (input.charCodeAt(q + 1) === QUOTE) {
            i = q + 2;
            continue;
          }
          end = q;
          i = q + 1;
          break;
        }
        const after = input.charCodeAt(i);
        if (i < n && after !== delim && !newlineAt(i)) {
          if (!final && i + 1 >= n) return { cursor: start, irregular: false };
          return { cursor: start, irregular: true };
        }
      } else {
        // The next delimiter and line end, each found by indexOf (far faster than a loop over
        // characters) and kept while they lie ahead: neither moves until the cursor passes it.
        if (nextDelim < pos) nextDelim = findOr(input, shape.delimiter, pos, n);
        if (nextLine < pos) nextLine = findOr(input, shape.newline, pos, n);
        i = nextDelim < nextLine ? nextDelim : nextLine;
        end = i;
      }
      if (i >= n) {
        if (!final) return { cursor: start, irregular: false };
        row.push(from, end, quoted);
        pos = n;
        break;
      }
      row.push(from, end, quoted);
      if (input.charCodeAt(i) === delim) {
        pos = i + 1;
        continue;
      }
      pos = i + shape.newline.length;
      break;
    }
    // A blank line is no record (a trailing newline, or spacing in a hand-made file).
    if (!(row.length === 1 && row.starts[0] === row.ends[0])) onRow(row);
    if (pos >= n) break;
  }
  return { cursor: pos, irregular: false };
}

/** A record papaparse has already split, seen through the same view. */
export function arrayRow(cells: string[]): CsvRow {
  return { length: cells.length, cell: (i) => cells[i] ?? '', cells: () => cells };
}
