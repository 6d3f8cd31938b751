/**
 * Where an export came from: the dataset (name, version, origin, what the import assumed),
 * the view (window, filters, search, how many events), its link and the day it was taken.
 * The GeoJSON carries it as a top-level member, the CSV as `#` lines above the header, and
 * the citation is written from it.
 */
import type { DatasetMeta } from '../data/dataset-meta';
import { FILTER_KEYS, type FilterKey } from '../data/filter-spec';
import { EMPTY_DATASET, type Dataset } from '../data/model';
import type { DayRange, Filters } from '../data/view-types';
import { FILTER_WORDS } from '../domain/filter-words';
import { formatCivilDate, formatDayLabel, parseCivilDate } from '../shared/civil-date';

export const GENERATOR = 'Incident Atlas';
export const FORMAT_DOC = 'docs/export-import.md';

export interface ExportContext {
  meta: DatasetMeta;
  /** The window applied (the whole extent when the view has none). */
  window: DayRange;
  filters: Filters;
  search: string;
  /** Events in the view. */
  count: number;
  /** The link to the view. */
  link: string;
  now: Date;
}

export interface Provenance {
  generator: string;
  dataset: {
    title: string;
    version: string;
    origin: DatasetMeta['origin'];
    file: string | null;
    path: string | null;
    format: string | null;
    importedAt: string | null;
    notes: string[];
  };
  view: {
    from: string;
    to: string;
    /** Only the filters in use, by their URL names' values. */
    filters: Partial<Record<FilterKey, string[]>>;
    search: string | null;
    events: number;
    link: string;
  };
  /** The reader's calendar day when the export was made. */
  accessed: string;
  exportedAt: string;
  columns: string;
}

/** The reader's own calendar day: a citation's access date is where they sit. */
export function localDay(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function provenance(ctx: ExportContext): Provenance {
  const filters: Partial<Record<FilterKey, string[]>> = {};
  for (const key of FILTER_KEYS) {
    const values: readonly string[] = ctx.filters[key];
    if (values.length > 0) filters[key] = [...values];
  }
  const { meta } = ctx;
  return {
    generator: GENERATOR,
    dataset: {
      title: meta.title,
      version: meta.version,
      origin: meta.origin,
      file: meta.fileName,
      path: meta.path,
      format: meta.format,
      importedAt: meta.importedAt,
      notes: [...meta.notes],
    },
    view: {
      from: formatCivilDate(ctx.window[0]),
      to: formatCivilDate(ctx.window[1]),
      filters,
      search: ctx.search.trim() || null,
      events: ctx.count,
      link: ctx.link,
    },
    accessed: localDay(ctx.now),
    exportedAt: ctx.now.toISOString(),
    columns: FORMAT_DOC,
  };
}

/** One filter's values in words, by the filter panel's own words (src/domain/filter-words.ts). */
function filterWords<K extends FilterKey>(key: K, values: readonly string[], dataset: Dataset): string {
  const words = FILTER_WORDS[key];
  const label = words.label as (value: string, dataset: Dataset) => string;
  return `${words.noun}: ${values.map((v) => label(v, dataset)).join(', ')}`;
}

/** The view in words: "17 Oct 2023 to 4 Feb 2024; type: Drone attack; 42 events". */
export function describeView(p: Provenance, dataset: Dataset = EMPTY_DATASET): string {
  const from = formatDayLabel(parseCivilDate(p.view.from) ?? 0);
  const to = formatDayLabel(parseCivilDate(p.view.to) ?? 0);
  const parts = [from === to ? from : `${from} to ${to}`];
  for (const key of FILTER_KEYS) {
    const values = p.view.filters[key];
    if (values && values.length > 0) parts.push(filterWords(key, values, dataset));
  }
  if (p.view.search) parts.push(`search “${p.view.search}”`);
  parts.push(`${p.view.events} ${p.view.events === 1 ? 'event' : 'events'}`);
  return parts.join('; ');
}

/** Where the data is from, in one sentence. */
export function describeOrigin(p: Provenance): string {
  const d = p.dataset;
  if (d.origin === 'built-in') return `${d.title}, dataset version ${d.version}`;
  const read = d.format ? ` read as ${d.format}` : '';
  if (d.origin === 'link') return `${d.title} (${d.path ?? 'a linked file'}${read})`;
  return `${d.title} (a local file, not published${read}${d.importedAt ? ` on ${d.importedAt.slice(0, 10)}` : ''})`;
}

/** The CSV's `#` block: one fact per line, readable by people and skipped by CSV readers. */
export function provenanceLines(p: Provenance, dataset?: Dataset): string[] {
  return [
    `Exported from ${p.generator} on ${p.exportedAt}`,
    `Dataset: ${describeOrigin(p)}`,
    ...p.dataset.notes.map((n) => `Import note: ${n}`),
    `View: ${describeView(p, dataset)}`,
    `Link: ${p.view.link}`,
    `Accessed: ${p.accessed}`,
    `Columns: see ${p.columns} in the Incident Atlas repository; one row per event, sources joined with " | "`,
  ];
}
