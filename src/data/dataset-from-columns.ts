/**
 * Builds the app's `Dataset` from imported columns. The columns arrive sorted by day then id
 * (the worker sorts them), so `index` is the position. Built in slices with a pause between
 * them, so a quarter of a million events never freeze the page while they become objects.
 */
import { ENUM_CODES, type EventColumns, unpackString } from './event-columns';
import type { AtlasEvent, Dataset, Site } from './model';
import { decodeSources } from './source-codec';
import { formatCivilDate } from '../shared/civil-date';

/** Events built between two pauses: small enough that no slice holds the page for long. */
export const SLICE = 5_000;

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

function buildEvent(
  c: EventColumns,
  sites: readonly Site[],
  i: number,
  dates: Map<number, string>,
): AtlasEvent {
  const t = c.text;
  const day = c.day[i] as number;
  const dayEnd = c.dayEnd[i] as number;
  const distinct = unpackString(t.distinctFrom, i);
  return {
    id: unpackString(t.id, i) ?? `row-${i + 1}`,
    date: dateText(dates, day),
    dateEnd: dayEnd === day ? null : dateText(dates, dayEnd),
    timeUtc: unpackString(t.timeUtc, i),
    datePrecision: ENUM_CODES.datePrecision[c.datePrecision[i] as number] ?? 'exact',
    siteId: unpackString(t.siteId, i) ?? '',
    country: unpackString(t.country, i) ?? '',
    type: ENUM_CODES.type[c.type[i] as number] ?? 'other',
    direction: ENUM_CODES.direction[c.direction[i] as number] ?? 'attack_on_us',
    claimedBy: unpackString(t.claimedBy, i),
    attributedTo: unpackString(t.attributedTo, i),
    weapons: unpackString(t.weapons, i),
    casualties: unpackString(t.casualties, i),
    usKilled: nullable(c.usKilled[i]),
    usWounded: nullable(c.usWounded[i]),
    casualtySource: unpackString(t.casualtySource, i),
    status: ENUM_CODES.status[c.status[i] as number] ?? 'reported_by_media',
    summary: unpackString(t.summary, i) ?? '',
    sources: decodeSources(unpackString(t.sources, i)),
    notes: unpackString(t.notes, i),
    distinctFrom: distinct ? distinct.split('\n') : [],
    index: i,
    day,
    dayEnd,
    site: sites[c.site[i] as number],
  };
}

/** `pause` yields to the page between slices (a resolved promise in tests). */
export async function datasetFromColumns(
  columns: EventColumns,
  sites: Site[],
  version: string,
  pause: () => Promise<void> = () => Promise.resolve(),
  onProgress?: (built: number) => void,
): Promise<Dataset> {
  const events: AtlasEvent[] = new Array(columns.length);
  const dates = new Map<number, string>();
  for (let start = 0; start < columns.length; start += SLICE) {
    const end = Math.min(columns.length, start + SLICE);
    for (let i = start; i < end; i += 1) events[i] = buildEvent(columns, sites, i, dates);
    onProgress?.(end);
    if (end < columns.length) await pause();
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
    eventById: new Map(events.map((e) => [e.id, e])),
    counts: [],
    extent: [first, last],
    // Imported data declares no coverage window: its own dates are all there is.
    coverage: null,
    issues: [],
  };
}
