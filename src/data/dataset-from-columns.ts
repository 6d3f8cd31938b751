/**
 * Builds the app's `Dataset` from imported columns. The columns arrive sorted by day then id
 * (the worker sorts them), so `index` is the position. Built in slices with a pause between
 * them, so a quarter of a million events never freeze the page while they become objects.
 */
import {
  ENUM_CODES,
  type EventColumns,
  type PackedStrings,
  TEXT_FIELDS,
  type TextField,
  unpackString,
} from './event-columns';
import type { AtlasEvent, Dataset, Site } from './model';
import type { Source } from './schema';
import { decodeSources } from './source-codec';
import { formatCivilDate } from '../shared/civil-date';

/** The most events built between two pauses. */
export const SLICE = 5_000;
/**
 * And the most milliseconds: on a busy machine (or a slow phone) 5,000 events took 300 ms and
 * more, so a slice also ends once it has run this long. Checked every CHECK_EVERY events.
 */
export const SLICE_MS = 40;
const CHECK_EVERY = 256;

const nullable = (n: number | undefined) => (n === undefined || n < 0 ? null : n);

/** Imported data spans a few hundred days: each date's text is made once. */
function dateText(cache: Map<number, string>, day: number): string {
  let text = cache.get(day);
  if (text === undefined) {
    text = formatCivilDate(day);
    cache.set(day, text);
  }
  return text;
}

/**
 * Each text field's dictionary, each value made into a string the first time an event needs
 * it (so the work falls in the slices, not in one long task before them) and then shared by
 * every event that holds it.
 */
type Texts = Record<TextField, { dict: PackedStrings; values: (string | undefined)[]; codes: Int32Array }>;

function textsOf(c: EventColumns): Texts {
  return Object.fromEntries(
    TEXT_FIELDS.map((f) => [
      f,
      { dict: c.text[f].dict, values: [] as (string | undefined)[], codes: c.text[f].codes },
    ]),
  ) as Texts;
}

function dictValue(t: Texts[TextField], code: number): string {
  let value = t.values[code];
  if (value === undefined) {
    value = unpackString(t.dict, code);
    t.values[code] = value;
  }
  return value;
}

/** Decodes each distinct sources text once: events citing the same sources share one list. */
function sourcesOf(t: Texts): (i: number) => Source[] {
  const { codes } = t.sources;
  const decoded: (Source[] | undefined)[] = [];
  return (i) => {
    const code = codes[i] as number;
    if (code < 0) return [];
    let list = decoded[code];
    if (list === undefined) {
      list = decodeSources(dictValue(t.sources, code));
      decoded[code] = list;
    }
    return list;
  };
}

const textAt = (t: Texts, f: TextField, i: number): string | null => {
  const code = t[f].codes[i] as number;
  return code < 0 ? null : dictValue(t[f], code);
};

function buildEvent(
  c: EventColumns,
  t: Texts,
  sourcesOf: (i: number) => Source[],
  sites: readonly Site[],
  i: number,
  dates: Map<number, string>,
): AtlasEvent {
  const day = c.day[i] as number;
  const dayEnd = c.dayEnd[i] as number;
  const distinct = textAt(t, 'distinctFrom', i);
  const site = sites[c.site[i] as number];
  return {
    id: textAt(t, 'id', i) ?? `row-${i + 1}`,
    date: dateText(dates, day),
    dateEnd: dayEnd === day ? null : dateText(dates, dayEnd),
    timeUtc: textAt(t, 'timeUtc', i),
    datePrecision: ENUM_CODES.datePrecision[c.datePrecision[i] as number] ?? 'exact',
    siteId: site?.id ?? '',
    country: textAt(t, 'country', i) ?? '',
    type: ENUM_CODES.type[c.type[i] as number] ?? 'other',
    direction: ENUM_CODES.direction[c.direction[i] as number] ?? 'attack_on_us',
    claimedBy: textAt(t, 'claimedBy', i),
    attributedTo: textAt(t, 'attributedTo', i),
    weapons: textAt(t, 'weapons', i),
    casualties: textAt(t, 'casualties', i),
    usKilled: nullable(c.usKilled[i]),
    usWounded: nullable(c.usWounded[i]),
    casualtySource: textAt(t, 'casualtySource', i),
    status: ENUM_CODES.status[c.status[i] as number] ?? 'reported_by_media',
    summary: textAt(t, 'summary', i) ?? '',
    sources: sourcesOf(i),
    notes: textAt(t, 'notes', i),
    distinctFrom: distinct ? distinct.split('\n') : [],
    index: i,
    day,
    dayEnd,
    site,
  };
}

/**
 * `pause` yields to the page between slices (a resolved promise in tests). A slice holds at
 * most `slice` events and ends early past `sliceMs` milliseconds: where the cuts fall never
 * changes what is built.
 */
export async function datasetFromColumns(
  columns: EventColumns,
  sites: Site[],
  version: string,
  pause: () => Promise<void> = () => Promise.resolve(),
  onProgress?: (built: number) => void,
  { slice = SLICE, sliceMs = SLICE_MS }: { slice?: number; sliceMs?: number } = {},
): Promise<Dataset> {
  const events: AtlasEvent[] = new Array(columns.length);
  const eventById = new Map<string, AtlasEvent>();
  const dates = new Map<number, string>();
  const texts = textsOf(columns);
  const sources = sourcesOf(texts);
  let i = 0;
  while (i < columns.length) {
    const began = performance.now();
    const end = Math.min(columns.length, i + Math.max(1, slice));
    while (i < end) {
      const event = buildEvent(columns, texts, sources, sites, i, dates);
      events[i] = event;
      eventById.set(event.id, event);
      i += 1;
      if (i % CHECK_EVERY === 0 && performance.now() - began > sliceMs) break;
    }
    onProgress?.(i);
    if (i < columns.length) await pause();
  }
  let first = events[0]?.day ?? 0;
  let last = first;
  for (const e of events) {
    if (e.day < first) first = e.day;
    if (e.dayEnd > last) last = e.dayEnd;
  }
  return {
    version,
    sites,
    siteById: new Map(sites.map((s) => [s.id, s])),
    events,
    eventById,
    counts: [],
    extent: [first, last],
    // Imported data declares no coverage window: its own dates are all there is.
    coverage: null,
    issues: [],
  };
}
