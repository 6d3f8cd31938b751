/**
 * The rules of record-schema.ts again, written out by hand and without messages, so the first
 * view reads the built-in data without loading zod (a tenth of the first view's JS, issue 13).
 * It gives exactly what the schema would (the same fields in the same order, defaults filled
 * in, a bare source URL made a source), or gives up at the first value the schema would refuse;
 * the caller then loads the schema and parses again, so every message a reader sees still comes
 * from the schema. Accepting what the schema refuses would be the bug that matters (giving up
 * on a good record only costs time); tests/unit/quick-check.property.test.ts checks both ways
 * on the real records and on records broken one value at a time.
 */
import { parseCivilDate } from '../shared/civil-date';
import type { Dataset } from './model';
import {
  type Checked,
  type EventFeature,
  type ParseOptions,
  parseWith,
  parseWithPauses,
  type RawFiles,
  type RecordChecks,
  type SiteFeature,
} from './parse-records';
import {
  COORD_PRECISIONS,
  type CoverageWindow,
  DATE_PRECISIONS,
  DIRECTIONS,
  EVENT_TYPES,
  type EventProperties,
  type OfficialCount,
  REGION_BBOX,
  SITE_KINDS,
  type SiteProperties,
  SOURCE_KINDS,
  type Source,
  STATUSES,
} from './schema';
import { ID_PATTERN } from './values';

/** Thrown (and caught below) when a value is not plainly good. */
const GIVE_UP = Symbol('give up');
type Rec = Record<string, unknown>;

function fail(): never {
  throw GIVE_UP;
}
const ok = <T>(data: T): Checked<T> => ({ success: true, data });

function object(v: unknown): Rec {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Rec) : fail();
}
/** A copy: a hole in a sparse array is read as `undefined`, as the schema reads it. */
function array(v: unknown): unknown[] {
  return Array.isArray(v) ? Array.from(v) : fail();
}
function string(v: unknown): string {
  return typeof v === 'string' ? v : fail();
}
const text = (v: unknown) => (string(v).length >= 1 ? (v as string) : fail());
const matching = (pattern: RegExp) => (v: unknown) => (pattern.test(string(v)) ? (v as string) : fail());
const id = matching(ID_PATTERN);
const country = matching(/^[A-Z]{2}$/);
const timeUtc = matching(/^([01]\d|2[0-3]):[0-5]\d$/);
const civilDate = (v: unknown) => (parseCivilDate(string(v)) !== null ? (v as string) : fail());
function webUrl(v: unknown): string {
  let url: URL;
  try {
    url = new URL(string(v));
  } catch {
    return fail();
  }
  return url.protocol === 'https:' || url.protocol === 'http:' ? (v as string) : fail();
}
const oneOf =
  <T extends string>(values: readonly T[]) =>
  (v: unknown): T =>
    values.includes(v as T) ? (v as T) : fail();
const nonnegativeInt = (v: unknown) =>
  Number.isSafeInteger(v) && (v as number) >= 0 ? (v as number) : fail();
const boolean = (v: unknown) => (typeof v === 'boolean' ? v : fail());

/** `z.nullable`: null stays null; a missing key is refused, as the schema refuses it. */
const nullable =
  <T>(check: (v: unknown) => T) =>
  (v: unknown): T | null =>
    v === null ? null : v === undefined ? fail() : check(v);
/** `orNull` in record-schema.ts: missing means null. */
const orNull =
  <T>(check: (v: unknown) => T) =>
  (v: unknown): T | null =>
    v === null || v === undefined ? null : check(v);

function point(v: unknown) {
  const g = object(v);
  if (g.type !== 'Point') fail();
  const c = array(g.coordinates);
  const [lon, lat] = c;
  if (c.length !== 2 || !Number.isFinite(lon) || !Number.isFinite(lat)) fail();
  const [x, y] = [lon as number, lat as number];
  if (x < REGION_BBOX[0] || x > REGION_BBOX[2] || y < REGION_BBOX[1] || y > REGION_BBOX[3]) fail();
  return { type: 'Point' as const, coordinates: [x, y] as [number, number] };
}

function source(v: unknown): Source {
  const s = typeof v === 'string' ? { url: v } : object(v);
  return {
    url: webUrl(s.url),
    title: orNull(text)(s.title),
    publisher: orNull(text)(s.publisher),
    published: orNull(civilDate)(s.published),
    kind: orNull(oneOf(SOURCE_KINDS))(s.kind),
    archive: orNull(webUrl)(s.archive),
    relays: orNull(text)(s.relays),
    quotesUsOfficial: s.quotesUsOfficial === undefined ? false : boolean(s.quotesUsOfficial),
  };
}

function siteProperties(v: unknown): SiteProperties {
  const p = object(v);
  return {
    id: id(p.id),
    name: text(p.name),
    nameAr: orNull(text)(p.nameAr),
    nameArSource: orNull(webUrl)(p.nameArSource),
    altNames: array(p.altNames).map(text),
    country: country(p.country),
    admin1: nullable(string)(p.admin1),
    kind: oneOf(SITE_KINDS)(p.kind),
    coordPrecision: oneOf(COORD_PRECISIONS)(p.coordPrecision),
    coordSource: text(p.coordSource),
    notes: nullable(string)(p.notes),
  };
}

function eventProperties(v: unknown): EventProperties {
  const p = object(v);
  const sources = array(p.sources);
  if (sources.length < 1) fail();
  return {
    id: id(p.id),
    date: civilDate(p.date),
    dateEnd: nullable(civilDate)(p.dateEnd),
    timeUtc: nullable(timeUtc)(p.timeUtc),
    datePrecision: oneOf(DATE_PRECISIONS)(p.datePrecision),
    siteId: id(p.siteId),
    country: country(p.country),
    type: oneOf(EVENT_TYPES)(p.type),
    direction: oneOf(DIRECTIONS)(p.direction),
    claimedBy: nullable(text)(p.claimedBy),
    attributedTo: orNull(text)(p.attributedTo),
    weapons: nullable(string)(p.weapons),
    casualties: nullable(string)(p.casualties),
    usKilled: orNull(nonnegativeInt)(p.usKilled),
    usWounded: orNull(nonnegativeInt)(p.usWounded),
    casualtySource: orNull(webUrl)(p.casualtySource),
    status: oneOf(STATUSES)(p.status),
    summary: text(p.summary),
    sources: sources.map(source),
    notes: nullable(string)(p.notes),
    distinctFrom: p.distinctFrom === undefined ? [] : array(p.distinctFrom).map(id),
  };
}

/** A Feature's outer fields, in the schema's order; an `id` key only when the record has one. */
function feature<P>(v: unknown, properties: (v: unknown) => P) {
  const f = object(v);
  if (f.type !== 'Feature') fail();
  const id = f.id === undefined ? undefined : string(f.id);
  const head = 'id' in f ? { type: 'Feature' as const, id } : { type: 'Feature' as const };
  return { ...head, geometry: nullable(point)(f.geometry), properties: properties(f.properties) };
}

function officialCount(v: unknown): OfficialCount {
  const c = object(v);
  const total = c.total;
  if (!Number.isSafeInteger(total) || (total as number) <= 0) fail();
  const sources = array(c.sources);
  if (sources.length < 1) fail();
  return {
    date: civilDate(c.date),
    total: total as number,
    qualifier: oneOf(['exact', 'at_least', 'approx'] as const)(c.qualifier),
    iraq: nullable(nonnegativeInt)(c.iraq),
    syria: nullable(nonnegativeInt)(c.syria),
    scope: orNull(string)(c.scope),
    injured: nullable(string)(c.injured),
    sources: sources.map(webUrl),
    notes: nullable(string)(c.notes),
  };
}

const quickChecks: RecordChecks = {
  collection(raw) {
    const c = object(raw);
    if (c.type !== 'FeatureCollection' || (c.version !== undefined && typeof c.version !== 'string')) fail();
    return ok({ features: array(c.features) });
  },
  site(raw): Checked<SiteFeature> {
    const f = feature(raw, siteProperties);
    // A site has no geometry exactly when its coordPrecision is "unknown".
    if ((f.geometry === null) !== (f.properties.coordPrecision === 'unknown')) fail();
    return ok(f);
  },
  event: (raw): Checked<EventFeature> => ok(feature(raw, eventProperties)),
  countsFile(raw) {
    const file = object(raw);
    string(file.description);
    return ok({ counts: array(file.counts) });
  },
  count: (raw) => ok(officialCount(raw)),
  coverage(raw): Checked<CoverageWindow> {
    const c = object(raw);
    const window = { start: civilDate(c.start), end: civilDate(c.end) };
    return window.start <= window.end ? ok(window) : fail();
  },
};

/**
 * The dataset, when every record in the files is plainly good; null as soon as one is not (or
 * a file is not what it should be), and the caller must parse with the schema instead.
 */
export function parseQuickly(raw: RawFiles, options: ParseOptions = {}): Dataset | null {
  try {
    return parseWith(quickChecks, raw, options);
  } catch (error) {
    if (error === GIVE_UP) return null;
    throw error;
  }
}

/** `parseQuickly`, pausing for the page between slices (parse-records.ts). */
export async function parseQuicklyWithPauses(
  raw: RawFiles,
  options: ParseOptions,
  pause: () => Promise<void>,
): Promise<Dataset | null> {
  try {
    return await parseWithPauses(quickChecks, raw, options, pause);
  } catch (error) {
    if (error === GIVE_UP) return null;
    throw error;
  }
}

/** One record through the quick check, for the tests that compare it with the schema. */
export function quickRecord(kind: keyof RecordChecks, raw: unknown): unknown {
  try {
    const checked = quickChecks[kind](raw);
    return checked.success ? checked.data : null;
  } catch (error) {
    if (error === GIVE_UP) return null;
    throw error;
  }
}
