/**
 * One import, start to end, free of the page: a first look (`sniff`) for the mapping step,
 * then `run` with the reader's choices, reporting progress and stopping when cancelled. The
 * worker runs it; where no worker exists (tests, old browsers) the page runs it itself.
 */
import type { EventColumns } from '../data/event-columns';
import type { Site } from '../data/model';
import { DIRECTION_LABELS, STATUS_LABELS } from '../domain/labels';
import type { ByteFile } from './byte-file';
import { ColumnsBuilder } from './columns-builder';
import { readCsv } from './csv-source';
import type { Encoding } from './decode';
import { type GeoRows, geoRows, parseJson, readText } from './geojson-source';
import { MAX_LISTED_ISSUES, MAX_ROWS } from './limits';
import type { ImportOptions } from './mapping';
import { type ReadCounts, RowReader, type RowIssue } from './read-row';
import { ImportCancelled, ImportRefused } from './refused';
import { firstLook, type Sniffed, sniffCsv, sniffGeoJson } from './sniff';

export interface ImportProgress {
  /** `moving`: the worker hands the events to the page (`bytes` of `total` characters). */
  phase: 'reading' | 'finishing' | 'moving';
  bytes: number;
  total: number;
  rows: number;
  rejected: number;
}

export interface ImportResult {
  columns: EventColumns;
  sites: Site[];
  /** The first rejected rows, in file order; `rejected` counts them all. */
  issues: RowIssue[];
  rejected: number;
  rowsRead: number;
  loaded: number;
  /** What the import assumed or changed, in words (for the report, citation and exports). */
  notes: string[];
  /** Why reading stopped before the end of the file, if it did. */
  stopped: string | null;
}

export interface RunHooks {
  onProgress?(progress: ImportProgress): void;
  cancelled?(): boolean;
  pause?(): Promise<void>;
}

const plural = (n: number, one: string, many = `${one}s`) =>
  `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

function notesFor(options: ImportOptions, c: ReadCounts): string[] {
  const notes: string[] = [];
  const direction = `“${DIRECTION_LABELS[options.defaultDirection]}”`;
  const status = `“${STATUS_LABELS[options.defaultStatus]}”`;
  if (options.profile === 'acled') {
    notes.push(
      "ACLED's event and sub-event types are kept in each event's notes; they were mapped onto this app's types as chosen at import (unlisted ones as “Other incident”).",
      `ACLED codes events from reports, so every event is filed as ${status}.`,
      "“Claimed by” shows ACLED's actor1: the actor ACLED attributes the event to, not necessarily one that claimed it.",
      "Casualties are ACLED's fatality counts (all deaths), not US casualties.",
    );
  } else if (options.profile === 'generic') {
    if (options.mapping.type) notes.push("Each event's original type is kept in its notes.");
    if (c.assumedStatus > 0)
      notes.push(`${plural(c.assumedStatus, 'event')} had no status in the file and are filed as ${status}.`);
    notes.push(
      'The file does not say how exact its coordinates are: places are marked as areas, which can be kilometres off.',
    );
  }
  if (options.profile !== 'app' && c.assumedDirection > 0) {
    notes.push(
      `${plural(c.assumedDirection, 'event')} did not say which way the attack went; this app knows only attacks on US forces and US strikes, so they are filed as ${direction}.`,
    );
  }
  if (c.unlocated > 0)
    notes.push(
      `${plural(c.unlocated, 'event')} have no coordinates: they are listed as “location unknown” and not drawn.`,
    );
  if (c.zeroZero > 0)
    notes.push(
      `${plural(c.zeroZero, 'row')} gave 0, 0 as coordinates, which usually means none: read as no location.`,
    );
  if (c.nonPoint > 0)
    notes.push(`${plural(c.nonPoint, 'feature')} had a shape other than a point: listed without a location.`);
  if (c.cleaned > 0)
    notes.push(`Control or text-direction characters were removed from ${plural(c.cleaned, 'row')}.`);
  if (options.swapCoordinates) notes.push('Latitude and longitude were swapped back, as chosen at import.');
  return notes;
}

export class ImportJob {
  private geo: { encoding: Encoding; rows: GeoRows } | null = null;

  constructor(
    private readonly file: ByteFile,
    private readonly name: string,
  ) {}

  /** The first look; `encoding` re-reads the file in the encoding the reader chose. */
  async sniff(encoding?: Encoding, onProgress?: (bytes: number) => void): Promise<Sniffed> {
    const look = await firstLook(this.file, this.name);
    const chosen = encoding ?? look.encoding;
    const reason = encoding ? 'chosen by you' : look.reason;
    const text =
      chosen === look.encoding
        ? look.text
        : new TextDecoder(chosen).decode(await this.file.slice(0, 65_536).arrayBuffer());
    const trimmed = text.replace(/^\uFEFF/, '').trimStart();
    if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
      const all = await readText(this.file, chosen, onProgress);
      const rows = geoRows(parseJson(all));
      this.geo = { encoding: chosen, rows };
      return sniffGeoJson(rows, chosen, reason);
    }
    if (/\.(geo)?json$/i.test(this.name)) {
      throw new ImportRefused('This file is named .json or .geojson but does not start like JSON.');
    }
    return sniffCsv(text, this.file.size <= 65_536, chosen, reason);
  }

  async run(options: ImportOptions, sniffed: Sniffed, hooks: RunHooks = {}): Promise<ImportResult> {
    const builder = new ColumnsBuilder();
    const reader = new RowReader(options, builder);
    const issues: RowIssue[] = [];
    let rejected = 0;
    let rows = 0;
    let stopped: string | null = null;
    let bytes = 0;
    const total = this.file.size;
    const report = (issue: RowIssue) => {
      rejected += 1;
      if (issues.length < MAX_LISTED_ISSUES) issues.push(issue);
    };
    const progress = (phase: ImportProgress['phase']) =>
      hooks.onProgress?.({ phase, bytes, total, rows, rejected });
    if (options.kind === 'csv') {
      const shape = sniffed.shape;
      if (!shape) throw new ImportRefused('The file changed since it was first read.');
      let header: string[] | null = null;
      let index = new Map<string, number>();
      const outcome = await readCsv(this.file, options.encoding, shape, {
        onRecord: (cells, record) => {
          if (header === null) {
            header = sniffed.fields;
            index = new Map(header.map((name, i) => [name, i]));
            return;
          }
          if (rows >= MAX_ROWS) {
            stopped ??= `Only the first ${MAX_ROWS.toLocaleString('en')} rows were read; the rest of the file was left out.`;
            return;
          }
          rows += 1;
          if (cells.length > header.length) {
            report({
              row: record,
              column: '(row)',
              message: `has ${cells.length} cells but the header names ${header.length} (a stray delimiter or quote?)`,
            });
            return;
          }
          reader.read((column) => cells.cell(index.get(column) ?? -1), record, report);
        },
        onProgress: (read) => {
          bytes = read;
          progress('reading');
        },
        cancelled: hooks.cancelled,
        pause: hooks.pause,
      });
      if (hooks.cancelled?.()) throw new ImportCancelled('Import cancelled.');
      for (const p of outcome.problems) report({ row: p.record, column: '(row)', message: p.message });
      if (outcome.stoppedAt) {
        report({ row: outcome.stoppedAt.record, column: '(row)', message: outcome.stoppedAt.message });
        stopped = `Reading stopped at row ${outcome.stoppedAt.record}: ${outcome.stoppedAt.message}.`;
      }
    } else {
      const geo =
        this.geo?.encoding === options.encoding
          ? this.geo.rows
          : geoRows(parseJson(await readText(this.file, options.encoding)));
      bytes = total;
      const count = Math.min(geo.count, MAX_ROWS);
      if (geo.count > MAX_ROWS)
        stopped = `Only the first ${MAX_ROWS.toLocaleString('en')} features were read.`;
      for (let i = 0; i < count; i += 1) {
        rows += 1;
        reader.read(geo.cells(i, options.profile), i + 1, report);
        if (i % 5000 === 4999) {
          progress('reading');
          await hooks.pause?.();
          if (hooks.cancelled?.()) throw new ImportCancelled('Import cancelled.');
        }
      }
    }
    progress('finishing');
    const columns = builder.finish();
    return {
      columns,
      sites: reader.sites,
      issues,
      rejected,
      rowsRead: rows,
      loaded: columns.length,
      notes: notesFor(options, reader.counts),
      stopped,
    };
  }
}
