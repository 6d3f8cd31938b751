/**
 * Where an export came from: the dataset (name, version, origin, what the import assumed),
 * the view (window, filters, search, how many events), its link and the day it was taken.
 * The GeoJSON carries it as a top-level member, the CSV as `#` lines above the header, and
 * the citation is written from it.
 */
import type { DatasetMeta } from '../data/dataset-meta';
import type { DayRange, FilterKey, Filters } from '../data/view-types';
import { DIRECTION_LABELS, STATUS_LABELS, TYPE_LABELS } from '../domain/labels';
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
  for (const [key, values] of Object.entries(ctx.filters) as [FilterKey, string[]][]) {
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

const FILTER_WORDS: Record<FilterKey, [string, (v: string) => string]> = {
  types: ['type', (v) => TYPE_LABELS[v as keyof typeof TYPE_LABELS] ?? v],
  directions: ['direction', (v) => DIRECTION_LABELS[v as keyof typeof DIRECTION_LABELS] ?? v],
  claimants: ['claimed by', (v) => v],
  countries: ['country', (v) => v],
  statuses: ['status', (v) => STATUS_LABELS[v as keyof typeof STATUS_LABELS] ?? v],
  sites: ['place', (v) => v],
};

/** The view in words: "17 Oct 2023 to 4 Feb 2024; type: Drone attack; 42 events". */
export function describeView(p: Provenance, siteName: (id: string) => string = (id) => id): string {
  const from = formatDayLabel(parseCivilDate(p.view.from) ?? 0);
  const to = formatDayLabel(parseCivilDate(p.view.to) ?? 0);
  const parts = [from === to ? from : `${from} to ${to}`];
  for (const [key, values] of Object.entries(p.view.filters) as [FilterKey, string[]][]) {
    const [name, label] = FILTER_WORDS[key];
    const words = values.map(key === 'sites' ? siteName : label);
    parts.push(`${name}: ${words.join(', ')}`);
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
export function provenanceLines(p: Provenance, siteName?: (id: string) => string): string[] {
  return [
    `Exported from ${p.generator} on ${p.exportedAt}`,
    `Dataset: ${describeOrigin(p)}`,
    ...p.dataset.notes.map((n) => `Import note: ${n}`),
    `View: ${describeView(p, siteName)}`,
    `Link: ${p.view.link}`,
    `Accessed: ${p.accessed}`,
    `Columns: see ${p.columns} in the Incident Atlas repository; one row per event, sources joined with " | "`,
  ];
}
