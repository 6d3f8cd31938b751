/**
 * Turns the raw files into a `Dataset`. Each record is cleaned (clean-text.ts) and validated
 * on its own: good ones load, bad ones become `DataIssue`s naming the file, the record, the
 * field and the reason. Nothing throws except a sites or events file that is not a
 * FeatureCollection at all; the official counts are optional and only cost the coverage line.
 *
 * The validation itself is passed in (`RecordChecks`), so this module carries no zod: the full
 * schema with its messages (parse-dataset.ts), or quick-check.ts, which has no messages and
 * gives up at the first bad record, for the first view of data that is almost always good.
 */
import { parseCivilDate } from '../shared/civil-date';
import { type CleanedRecord, cleanFeature, cleanRecord, stripBidiControls } from './clean-text';
import { type Candidate, resolveDuplicateIds } from './duplicate-ids';
import type { AtlasEvent, DataIssue, Dataset, Site } from './model';
import type { CoverageWindow, EventProperties, OfficialCount, SiteProperties } from './schema';

/** One reason a record was refused: the path of the field in the record, and why. */
export interface RecordIssue {
  readonly path: readonly PropertyKey[];
  readonly message: string;
}

/** A check's verdict: the record as the app keeps it, or every reason it was refused. */
export type Checked<T> =
  | { success: true; data: T }
  | { success: false; error: { issues: readonly RecordIssue[] } };

interface Point {
  type: 'Point';
  coordinates: [number, number];
}
export interface SiteFeature {
  type: 'Feature';
  id?: string | undefined;
  geometry: Point | null;
  properties: SiteProperties;
}
export interface EventFeature {
  type: 'Feature';
  id?: string | undefined;
  geometry: Point | null;
  properties: EventProperties;
}

/** The rules one record of each kind must meet (record-schema.ts, quick-check.ts). */
export interface RecordChecks {
  /** A file's outer object: a FeatureCollection's features. */
  collection(raw: unknown): Checked<{ features: unknown[] }>;
  site(raw: unknown): Checked<SiteFeature>;
  event(raw: unknown): Checked<EventFeature>;
  /** official-counts.json's outer object. */
  countsFile(raw: unknown): Checked<{ counts: unknown[] }>;
  count(raw: unknown): Checked<OfficialCount>;
  coverage(raw: unknown): Checked<CoverageWindow>;
}

export interface RawFiles {
  sites: unknown;
  events: unknown;
  counts: unknown;
}

export interface ParseOptions {
  /** Why official-counts.json could not be fetched or read; `raw.counts` is then ignored. */
  countsUnavailable?: string;
}

export class DatasetFormatError extends Error {}

const SITES = 'sites.geojson';
const EVENTS = 'events.geojson';
const COUNTS = 'official-counts.json';

/** The record's own id: `properties.id`, else the GeoJSON Feature id, else (counts) its date. */
function recordId(raw: unknown): string | null {
  const r = raw as { id?: unknown; date?: unknown; properties?: { id?: unknown } } | null;
  const id = typeof r?.properties === 'object' ? r?.properties?.id : undefined;
  if (typeof id === 'string') return id;
  if (typeof r?.id === 'string') return r.id;
  return typeof r?.date === 'string' ? r.date : null;
}

/**
 * A check's issues as ours. A feature's fields are named without the `properties.` prefix, but a
 * missing `properties` is named as such; one message per field (an unreadable date is not
 * also "outside the wave").
 */
function issuesFrom(
  file: string,
  index: number | null,
  raw: unknown,
  error: { issues: readonly RecordIssue[] },
): DataIssue[] {
  const featureId = recordId(raw);
  const byField = new Map<string, DataIssue>();
  for (const issue of error.issues) {
    const path = issue.path[0] === 'properties' && issue.path.length > 1 ? issue.path.slice(1) : issue.path;
    const field = path.join('.') || '(record)';
    if (!byField.has(field)) {
      byField.set(field, { file, featureIndex: index, featureId, field, message: issue.message });
    }
  }
  return [...byField.values()];
}

/** Issues for text past the limits (the record is left out) or stripped of bidi controls. */
function textIssues(file: string, index: number, cleaned: CleanedRecord, issues: DataIssue[]): boolean {
  const featureId = recordId(cleaned.record);
  for (const p of cleaned.tooLong) issues.push({ file, featureIndex: index, featureId, ...p });
  if (cleaned.stripped.length > 0) {
    issues.push({
      file,
      featureIndex: index,
      featureId,
      field: cleaned.stripped.join(', '),
      message: 'held bidirectional control characters, which were removed',
      effect: 'kept',
    });
  }
  return cleaned.tooLong.length === 0;
}

function collection(checks: RecordChecks, file: string, raw: unknown): unknown[] {
  const parsed = checks.collection(raw);
  if (!parsed.success) throw new DatasetFormatError(`${file} is not a GeoJSON FeatureCollection.`);
  return parsed.data.features;
}

/**
 * The parse is written as steps (generators) that yield every STEP records: `parseWith` runs
 * them straight through, `parseWithPauses` lets the page paint between them. One parse, so
 * a paused read can never differ from a straight one.
 */
const STEP = 256;
type Steps<T> = Generator<void, T, void>;

/** Cleans, validates and de-duplicates the features of one file. */
function* parseFeatures<T extends { properties: { id: string } }>(
  checks: RecordChecks,
  file: string,
  raw: unknown,
  check: (raw: unknown) => Checked<T>,
  issues: DataIssue[],
): Steps<ReturnType<typeof resolveDuplicateIds<T>>> {
  const candidates: Candidate<T>[] = [];
  const features = collection(checks, file, raw);
  for (let index = 0; index < features.length; index += 1) {
    if (index % STEP === STEP - 1) yield;
    const f = features[index];
    const cleaned = cleanFeature(f);
    if (!textIssues(file, index, cleaned, issues)) continue;
    const parsed = check(cleaned.record);
    if (!parsed.success) issues.push(...issuesFrom(file, index, f, parsed.error));
    else {
      const fingerprint = JSON.stringify(cleaned.record);
      candidates.push({ index, id: parsed.data.properties.id, value: parsed.data, fingerprint });
    }
  }
  yield;
  return resolveDuplicateIds(file, 'feature', candidates, issues);
}

function* parseSites(checks: RecordChecks, raw: unknown, issues: DataIssue[]) {
  const { kept, conflicting } = yield* parseFeatures(checks, SITES, raw, checks.site, issues);
  const sites = kept.map(({ value: { properties, geometry } }): Site => {
    const [lon, lat] = geometry?.coordinates ?? [null, null];
    return { ...properties, lon, lat };
  });
  return { sites, conflicting };
}

function* parseEvents(
  checks: RecordChecks,
  raw: unknown,
  siteById: Map<string, Site>,
  conflictingSites: Set<string>,
  issues: DataIssue[],
): Steps<AtlasEvent[]> {
  const events: Omit<AtlasEvent, 'index'>[] = [];
  const { kept } = yield* parseFeatures(checks, EVENTS, raw, checks.event, issues);
  for (const [n, { index, value }] of kept.entries()) {
    if (n % STEP === STEP - 1) yield;
    const p: EventProperties = value.properties;
    const problem = (field: string, message: string) =>
      issues.push({ file: EVENTS, featureIndex: index, featureId: p.id, field, message });
    const site = siteById.get(p.siteId);
    const day = parseCivilDate(p.date) as number;
    const dayEnd = p.dateEnd === null ? day : (parseCivilDate(p.dateEnd) as number);
    if (conflictingSites.has(p.siteId)) {
      problem('siteId', `names site "${p.siteId}", which is left out: several sites use that id`);
    } else if (!site) problem('siteId', `names a site that does not exist ("${p.siteId}")`);
    else if (dayEnd < day) problem('dateEnd', 'must not be before date');
    else events.push({ ...p, day, dayEnd, site });
  }
  yield;
  events.sort((a, b) => a.day - b.day || (a.id < b.id ? -1 : 1));
  yield;
  return events.map((e, index) => ({ ...e, index }));
}

function parseCounts(checks: RecordChecks, raw: unknown, issues: DataIssue[]): OfficialCount[] {
  const file = checks.countsFile(raw);
  if (!file.success) {
    const message = 'has no "counts" list, so the coverage line is not shown';
    issues.push({
      file: COUNTS,
      featureIndex: null,
      featureId: null,
      field: 'counts',
      message,
      effect: 'file',
    });
    return [];
  }
  const counts: OfficialCount[] = [];
  file.data.counts.forEach((c, i) => {
    const cleaned = cleanRecord(c);
    if (!textIssues(COUNTS, i, cleaned, issues)) return;
    const parsed = checks.count(cleaned.record);
    if (parsed.success) counts.push(parsed.data);
    else issues.push(...issuesFrom(COUNTS, i, c, parsed.error));
  });
  return counts.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** The declared coverage window (a foreign member of events.geojson), if there is a good one. */
function parseCoverage(checks: RecordChecks, raw: unknown, issues: DataIssue[]): CoverageWindow | null {
  const declared = (raw as { coverage?: unknown } | null)?.coverage;
  if (declared === undefined) return null;
  const parsed = checks.coverage(declared);
  if (parsed.success) return parsed.data;
  for (const issue of issuesFrom('events.geojson', null, null, parsed.error)) {
    const field = issue.field === '(record)' ? 'coverage' : `coverage.${issue.field}`;
    issues.push({ ...issue, field });
  }
  return null;
}

function* parseSteps(checks: RecordChecks, raw: RawFiles, options: ParseOptions): Steps<Dataset> {
  const issues: DataIssue[] = [];
  const { sites, conflicting } = yield* parseSites(checks, raw.sites, issues);
  const siteById = new Map(sites.map((s) => [s.id, s]));
  const events = yield* parseEvents(checks, raw.events, siteById, conflicting, issues);
  let counts: OfficialCount[] = [];
  if (options.countsUnavailable === undefined) counts = parseCounts(checks, raw.counts, issues);
  else {
    const message = `${options.countsUnavailable} The coverage line is not shown.`;
    issues.push({
      file: COUNTS,
      featureIndex: null,
      featureId: null,
      field: '(file)',
      message,
      effect: 'file',
    });
  }
  const coverage = parseCoverage(checks, raw.events, issues);
  const version = (raw.events as { version?: unknown }).version;
  yield;
  return {
    version: typeof version === 'string' ? stripBidiControls(version).slice(0, 64) : 'unversioned',
    sites,
    siteById,
    events,
    eventById: new Map(events.map((e) => [e.id, e])),
    counts,
    coverage,
    // With no event the extent is meaningless: the app then shows no timeline (see atlas.tsx).
    extent: extentOf(events),
    issues,
  };
}

/** The dataset the files make under `checks`. */
export function parseWith(checks: RecordChecks, raw: RawFiles, options: ParseOptions = {}): Dataset {
  const steps = parseSteps(checks, raw, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The same dataset as `parseWith`, awaiting `pause` whenever a run of steps has lasted
 * `sliceMs`: at 100,000 events the parse was one task of five seconds, with the page frozen.
 */
export async function parseWithPauses(
  checks: RecordChecks,
  raw: RawFiles,
  options: ParseOptions,
  pause: () => Promise<void>,
  sliceMs = 40,
): Promise<Dataset> {
  const steps = parseSteps(checks, raw, options);
  let began = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - began >= sliceMs) {
      await pause();
      began = performance.now();
    }
  }
}

function extentOf(events: readonly AtlasEvent[]): Dataset['extent'] {
  const first = events[0]?.day ?? 0;
  return [first, events.reduce((max, e) => Math.max(max, e.dayEnd), first)];
}
