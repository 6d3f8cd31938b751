/**
 * Streams a CSV file into records without holding it all as text: 1 MB slices are decoded with
 * a streaming TextDecoder (so a character split between slices stays whole, which reading each
 * slice as text would break) and scanned (csv-scan.ts), the unfinished last record kept for the
 * next slice. From the first irregular record on, papaparse's parser reads the rest, so a
 * broken file is recovered from and reported as before. Quoting follows RFC 4180.
 */
import Papa from 'papaparse';
import type { ByteFile } from './byte-file';
import { arrayRow, type CsvRow, type CsvShape, scanCsv } from './csv-scan';

export const CHUNK_BYTES = 1 << 20;
/**
 * A record still unfinished after this many characters is a quote that never closes: stop
 * there, rather than re-reading an ever longer tail of the file for every slice.
 */
export const MAX_RECORD_CHARS = 1 << 20;

const DELIMITERS = [',', ';', '\t', '|'] as const;

/**
 * Delimiter and line ends, from the start of the file. The delimiter is the candidate the
 * header line holds most of (a header rarely quotes anything); papaparse's own guess weighs
 * the rows too and can pick ";" when a few rows list sources as "A; B".
 */
export function csvShape(sample: string): CsvShape {
  const comments = sample.startsWith('#');
  const lines = sample.split(/\r\n|\n|\r/);
  const header = lines.find((line) => !(comments && line.startsWith('#'))) ?? '';
  let delimiter: string = ',';
  let best = 0;
  for (const d of DELIMITERS) {
    const n = header.split(d).length - 1;
    if (n > best) [delimiter, best] = [d, n];
  }
  const lf = sample.indexOf('\n');
  const newline = lf > 0 && sample[lf - 1] === '\r' ? '\r\n' : lf < 0 && sample.includes('\r') ? '\r' : '\n';
  return { delimiter, newline, comments };
}

export interface CsvHandlers {
  /**
   * One record and its number (1 = the first record, usually the header). The row is valid
   * only during the call: read its cells there.
   */
  onRecord(row: CsvRow, record: number): void;
  onProgress?(bytesRead: number): void;
  /** Called between slices; a true answer stops reading. */
  cancelled?(): boolean;
  /** A slice is done: the page's worker yields here so a cancel message can arrive. */
  pause?(): Promise<void>;
}

export interface CsvOutcome {
  records: number;
  /** Why reading stopped early, if it did. */
  stoppedAt: { record: number; message: string } | null;
  /** Records the parser could not read cleanly (a quote that never closes at the end). */
  problems: { record: number; message: string }[];
}

export async function readCsv(
  blob: ByteFile,
  encoding: string,
  shape: CsvShape,
  handlers: CsvHandlers,
  chunkBytes = CHUNK_BYTES,
): Promise<CsvOutcome> {
  const decoder = new TextDecoder(encoding);
  const parser = new Papa.Parser({
    delimiter: shape.delimiter,
    newline: shape.newline,
    quoteChar: '"',
    comments: shape.comments ? '#' : false,
  });
  let partial = '';
  let base = 0;
  let record = 0;
  /** Set at the first irregular record: papaparse reads from there on. */
  let papa = false;
  const problems: CsvOutcome['problems'] = [];
  const emit = (row: CsvRow) => {
    record += 1;
    handlers.onRecord(row, record);
  };
  for (let start = 0; start < blob.size || start === 0; start += chunkBytes) {
    if (handlers.cancelled?.()) return { records: record, stoppedAt: null, problems };
    const end = Math.min(blob.size, start + chunkBytes);
    const last = end >= blob.size;
    const bytes = new Uint8Array(await blob.slice(start, end).arrayBuffer());
    const text = decoder.decode(bytes, { stream: !last });
    let input = partial + text;
    if (!papa) {
      const scanned = scanCsv(input, shape, last, emit);
      input = input.slice(scanned.cursor);
      papa = scanned.irregular;
      base = 0;
    }
    if (papa) {
      const result = parser.parse(input, base, !last) as {
        data: string[][];
        errors: { code: string; row?: number }[];
        meta: { cursor: number };
      };
      for (const error of result.errors) {
        if (error.code === 'MissingQuotes') {
          problems.push({
            record: record + (error.row ?? 0) + 1,
            message: 'a quoted cell is never closed: the rest of the file was read into it',
          });
        }
      }
      for (const cells of result.data) {
        // A blank line is no record (a trailing newline, or spacing in a hand-made file).
        if (cells.length === 1 && cells[0] === '') continue;
        emit(arrayRow(cells));
      }
      partial = last ? '' : input.slice(result.meta.cursor - base);
      base = result.meta.cursor;
    } else partial = input;
    if (!last && partial.length > MAX_RECORD_CHARS) {
      return {
        records: record,
        stoppedAt: {
          record: record + 1,
          message:
            'a quoted cell is never closed (or one record is longer than a million characters); reading stopped here',
        },
        problems,
      };
    }
    handlers.onProgress?.(end);
    if (!last) await handlers.pause?.();
    if (blob.size === 0) break;
  }
  return { records: record, stoppedAt: null, problems };
}
