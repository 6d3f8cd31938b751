/**
 * Cross-file rules run after the schema (see check-dataset.ts). They work on the features the
 * schema accepted, and report against the position of the feature in its raw file so that a
 * message points at the line a person has to edit. `integrityIssues` holds the rules the app
 * applies to any dataset at load, `curationIssues` the built-in dataset's editorial standard
 * (check-dataset.ts runs both); each rule file also exports its own function for callers that
 * want one rule.
 */
import { coverageIssues, utcDayIssues } from './check-dates';
import { distinctFromIssues, duplicateIssues } from './check-duplicates';
import { EVENTS_FILE as EVENTS, issue } from './check-issue';
import { sourceIssues } from './check-sources';
import { textIssues } from './check-text';
import { arabicNameIssues, claimantIssues } from './check-vocabulary';
import type { AtlasEvent, DataIssue, Dataset } from './model';
import type { RawFiles } from './parse-records';

interface RawFeature {
  id?: unknown;
  geometry?: { coordinates?: unknown } | null;
  properties?: { id?: unknown };
}

function rawFeatures(collection: unknown): RawFeature[] {
  const features = (collection as { features?: unknown } | null)?.features;
  return Array.isArray(features) ? (features as RawFeature[]) : [];
}

/** Raw-file position of each id, so issues found on parsed events can name the source line. */
function indexById(features: RawFeature[]): Map<string, number> {
  const byId = new Map<string, number>();
  features.forEach((f, i) => {
    const id = f?.properties?.id;
    if (typeof id === 'string' && !byId.has(id)) byId.set(id, i);
  });
  return byId;
}

/** The GeoJSON Feature id is a convenience copy of properties.id; they must not drift apart. */
function featureIdIssues(file: string, features: RawFeature[]): DataIssue[] {
  const out: DataIssue[] = [];
  features.forEach((f, i) => {
    const own = f?.properties?.id;
    if (f?.id !== undefined && typeof own === 'string' && f.id !== own) {
      out.push(issue(file, i, own, 'id', `Feature id "${String(f.id)}" differs from properties.id`));
    }
  });
  return out;
}

/** An event repeats its site's point so the file stands alone; it must be the same point. */
function geometryIssue(e: AtlasEvent, raw: RawFeature, index: number): DataIssue | null {
  if (!e.site) return null;
  const coords = raw.geometry?.coordinates as [number, number] | undefined;
  if (e.site.lon === null || e.site.lat === null) {
    return coords
      ? issue(EVENTS, index, e.id, 'geometry', `must be null: site "${e.site.id}" has no coordinate`)
      : null;
  }
  if (coords && coords[0] === e.site.lon && coords[1] === e.site.lat) return null;
  const where = `[${e.site.lon}, ${e.site.lat}]`;
  return issue(EVENTS, index, e.id, 'geometry', `must equal the point of site "${e.site.id}" ${where}`);
}

/** Per-event consistency the per-feature schema cannot express. */
function eventIssues(e: AtlasEvent, index: number): DataIssue[] {
  const out: DataIssue[] = [];
  if ((e.datePrecision === 'window') !== (e.dateEnd !== null)) {
    out.push(issue(EVENTS, index, e.id, 'dateEnd', 'must be set exactly when datePrecision is "window"'));
  }
  if (e.site && e.site.country !== e.country) {
    out.push(issue(EVENTS, index, e.id, 'country', `must match site "${e.site.id}" (${e.site.country})`));
  }
  return out;
}

/** Versions are foreign members; all three files must carry the same one. */
function versionIssues(raw: RawFiles): DataIssue[] {
  const read = (v: unknown) => (v as { version?: unknown } | null)?.version;
  const files: [string, unknown][] = [
    ['sites.geojson', read(raw.sites)],
    ['events.geojson', read(raw.events)],
    ['official-counts.json', read(raw.counts)],
  ];
  const out: DataIssue[] = [];
  for (const [file, v] of files) {
    if (typeof v !== 'string' || !/^\d+\.\d+\.\d+$/.test(v)) {
      out.push(issue(file, null, null, 'version', 'must be a semantic version like "1.0.0"'));
    } else if (v !== files[1]?.[1]) {
      out.push(
        issue(file, null, null, 'version', `"${v}" differs from events.geojson ("${String(files[1]?.[1])}")`),
      );
    }
  }
  return out;
}

/** A summary is a sentence of its own: a placeholder or a copy of another event's is an error. */
function summaryIssues(events: readonly AtlasEvent[], position: Map<string, number>): DataIssue[] {
  const out: DataIssue[] = [];
  const firstWith = new Map<string, string>();
  for (const e of events) {
    const i = position.get(e.id) ?? e.index;
    const text = e.summary.trim();
    if (text.length < 30 || !text.includes(' ')) {
      out.push(issue(EVENTS, i, e.id, 'summary', 'must be a one-sentence summary (30 characters or more)'));
    }
    const other = firstWith.get(text);
    if (other) out.push(issue(EVENTS, i, e.id, 'summary', `repeats the summary of "${other}"`));
    else firstWith.set(text, e.id);
  }
  return out;
}

/**
 * Rules that say a record contradicts itself or another record: a wrong point, a window
 * without an end, a country that is not its site's, a link to no event, files of different
 * versions, events outside the window the file declares. Any dataset the app opens is held to
 * these, at load time, as notices.
 */
export function integrityIssues(raw: RawFiles, dataset: Dataset): DataIssue[] {
  const events = rawFeatures(raw.events);
  const position = indexById(events);
  const out = [
    ...featureIdIssues('sites.geojson', rawFeatures(raw.sites)),
    ...featureIdIssues(EVENTS, events),
  ];
  for (const e of dataset.events) {
    const i = position.get(e.id) ?? e.index;
    const geometry = geometryIssue(e, events[i] ?? {}, i);
    if (geometry) out.push(geometry);
    out.push(...eventIssues(e, i));
  }
  out.push(...distinctFromIssues(dataset.events, position));
  if (dataset.coverage) out.push(...coverageIssues(dataset, position, raw.counts));
  out.push(...versionIssues(raw));
  return out;
}

/**
 * The editorial standard of the built-in dataset (dataset 2.0): titled and classified
 * sources, evidence for each status, one spelling per claimant, Arabic names, finished prose,
 * no near-duplicates, a declared coverage. `npm test` holds public/data to them; a dataset a
 * deployer or reader brings may predate them, and is not told at load that it falls short.
 */
export function curationIssues(raw: RawFiles, dataset: Dataset): DataIssue[] {
  const position = indexById(rawFeatures(raw.events));
  const sitePosition = indexById(rawFeatures(raw.sites));
  const out = [...summaryIssues(dataset.events, position), ...duplicateIssues(dataset.events, position)];
  if (!dataset.coverage) out.push(...coverageIssues(dataset, position, raw.counts));
  out.push(...utcDayIssues(dataset.events, position));
  out.push(...sourceIssues(dataset.events, position), ...claimantIssues(dataset.events, position));
  out.push(...textIssues(dataset.events, dataset.sites, position, sitePosition, raw.counts));
  out.push(...arabicNameIssues(dataset.sites, sitePosition));
  return out;
}
