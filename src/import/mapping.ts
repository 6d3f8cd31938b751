/**
 * How a file's columns become the app's fields. Three profiles: the app's own format (its CSV
 * export or GeoJSON), ACLED's export columns, and any other table through a mapping the
 * reader confirms. Foreign event types map onto the app's fixed vocabulary by suggestion
 * only where the words mean the same; everything else is "Other incident", and the original
 * words stay in each event's notes.
 */
import { RECORD_COLUMNS } from '../data/event-record';
import {
  DIRECTIONS,
  type Direction,
  EVENT_TYPES,
  type EventType,
  STATUSES,
  type Status,
} from '../data/schema';
import { DIRECTION_LABELS, STATUS_LABELS, TYPE_LABELS } from '../domain/labels';
import type { DateOrder } from './parse-date';

export type Profile = 'app' | 'acled' | 'generic';
export type SourceKind = 'csv' | 'geojson';

/** The fields a reader maps by hand for any other table (the first six are the floor). */
export const MAPPED_FIELDS = [
  'date',
  'latitude',
  'longitude',
  'type',
  'title',
  'source',
  'id',
  'location',
  'notes',
  'country',
  'dateEnd',
  'status',
  'direction',
] as const;
export type MappedField = (typeof MAPPED_FIELDS)[number];
/** Field → the column (or GeoJSON property) it is read from; null = not in the file. */
export type Mapping = Record<MappedField, string | null>;

export const FIELD_LABELS: Record<MappedField, string> = {
  date: 'Date (required)',
  latitude: 'Latitude',
  longitude: 'Longitude',
  type: 'Event type',
  title: 'Title or description',
  source: 'Source',
  id: 'Id',
  location: 'Place name',
  notes: 'Notes',
  country: 'Country',
  dateEnd: 'End date (for a window)',
  status: 'Status',
  direction: 'Direction',
};

/** ACLED's export columns this importer reads; the rest of a row is left out. */
export const ACLED_COLUMNS = [
  'event_id_cnty',
  'event_date',
  'time_precision',
  'event_type',
  'sub_event_type',
  'actor1',
  'actor2',
  'country',
  'admin1',
  'location',
  'latitude',
  'longitude',
  'geo_precision',
  'source',
  'notes',
  'fatalities',
] as const;

export interface ImportOptions {
  kind: SourceKind;
  profile: Profile;
  mapping: Mapping;
  encoding: string;
  /** Order of numeric dates such as 03/04/2024. */
  dateOrder: DateOrder;
  /** The file's latitude and longitude are the wrong way round. */
  swapCoordinates: boolean;
  /** Foreign type text → app type; text not listed is "other". Pairs, not an object: keys are data. */
  typeMap: [string, EventType][];
  /** For rows whose direction the file does not give (the app knows only these two). */
  defaultDirection: Direction;
  /** For rows whose status the file does not give. */
  defaultStatus: Status;
  fileName: string;
}

const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

export function detectCsvProfile(fields: readonly string[]): Profile {
  const have = new Set(fields.map((f) => f.trim().toLowerCase()));
  if (['id', 'date', 'type', 'direction', 'status', 'summary', 'site_id'].every((c) => have.has(c)))
    return 'app';
  const acled = ACLED_COLUMNS.filter((c) => have.has(c)).length;
  if (have.has('event_date') && have.has('latitude') && have.has('longitude') && acled >= 6) return 'acled';
  return 'generic';
}

/** The app's own GeoJSON (an export of it, or its events.geojson) or any other points. */
export function detectGeoJsonProfile(properties: readonly string[]): Profile {
  const have = new Set(properties);
  return ['id', 'date', 'datePrecision', 'siteId', 'type', 'direction', 'status'].every((k) => have.has(k))
    ? 'app'
    : 'generic';
}

const GUESSES: Record<MappedField, RegExp[]> = {
  date: [/^(event )?date$/, /^(date|when)/, /date|day|timestamp|when/],
  latitude: [/^lat(itude)?$/, /^y$/, /latitude|\blat\b/],
  longitude: [/^(lon|lng|long|longitude)$/, /^x$/, /longitude|\blo?ng?\b/],
  type: [/^(event )?type$/, /^(category|kind|incident type)$/, /type|category/],
  title: [/^(title|summary|description|headline)$/, /^name$/, /title|summary|description/],
  source: [/^(sources?|url|link)$/, /source|url|link|reference/],
  id: [/^(id|event id|uid|fid)$/, /\bid$/],
  location: [/^(location|place|site|city|town)$/, /location|place/],
  notes: [/^(notes?|comments?|details)$/],
  country: [/^country( name)?$/],
  dateEnd: [/^(date end|end date|end)$/],
  status: [/^(status|verification)$/],
  direction: [/^direction$/],
};

/** A first guess at the mapping from column names; the reader confirms or changes it. */
export function suggestMapping(fields: readonly string[], profile: Profile, kind: SourceKind): Mapping {
  const mapping = Object.fromEntries(MAPPED_FIELDS.map((f) => [f, null])) as Mapping;
  const used = new Set<string>();
  const find = (patterns: RegExp[]) => {
    for (const p of patterns) {
      const hit = fields.find((f) => !used.has(f) && p.test(norm(f)));
      if (hit !== undefined) return hit;
    }
    return null;
  };
  const order: MappedField[] = ['latitude', 'longitude', 'dateEnd', 'date', ...MAPPED_FIELDS];
  for (const field of order) {
    if (mapping[field] !== null) continue;
    // GeoJSON points carry their coordinates in the geometry, not in properties.
    if (kind === 'geojson' && (field === 'latitude' || field === 'longitude')) continue;
    const hit = find(GUESSES[field]);
    if (hit !== null) {
      mapping[field] = hit;
      used.add(hit);
    }
  }
  if (profile === 'acled') {
    Object.assign(mapping, {
      date: 'event_date',
      latitude: 'latitude',
      longitude: 'longitude',
      type: fields.includes('sub_event_type') ? 'sub_event_type' : 'event_type',
      title: 'notes',
      source: 'source',
      id: 'event_id_cnty',
      location: 'location',
      notes: null,
      country: 'country',
      dateEnd: null,
      status: null,
      direction: null,
    } satisfies Mapping);
  }
  return mapping;
}

const US_ACTOR = /united states|\bu\.?s\.?a?\b|american|coalition|inherent resolve/i;

/** ACLED names the US as an actor: the one place a foreign row says which way a strike went. */
export function acledDirection(actor1: string, actor2: string): Direction | null {
  if (US_ACTOR.test(actor1)) return 'us_strike';
  if (US_ACTOR.test(actor2)) return 'attack_on_us';
  return null;
}

function byLabel<T extends string>(values: readonly T[], labels: Record<T, string>, text: string): T | null {
  const t = norm(text);
  return values.find((v) => norm(v) === t || norm(labels[v]) === t) ?? null;
}

/**
 * Each distinct text looked up once: a file repeats a handful of type, status and direction
 * words down every row, and the lookup normalises every value and label it compares with.
 */
function remembered<T>(lookup: (text: string) => T): (text: string) => T {
  const known = new Map<string, T>();
  return (text) => {
    if (known.has(text)) return known.get(text) as T;
    const found = lookup(text);
    if (known.size < 10_000) known.set(text, found);
    return found;
  };
}

export const typeByName = remembered((text) => byLabel(EVENT_TYPES, TYPE_LABELS, text));
export const statusByName = remembered((text) => byLabel(STATUSES, STATUS_LABELS, text));
export const directionByName = remembered((text) => byLabel(DIRECTIONS, DIRECTION_LABELS, text));

/**
 * The app type a foreign type's words honestly mean, or "other". ACLED's "Air/drone strike"
 * and "Shelling/artillery/missile attack" each join two of the app's types, so they stay
 * "other" unless the reader chooses.
 */
export function suggestType(text: string): EventType {
  const exact = typeByName(text);
  if (exact) return exact;
  const t = text.toLowerCase();
  if (/\/|shelling|artillery/.test(t)) return 'other';
  if (/intercept|shot down/.test(t)) return 'interception';
  if (/rocket/.test(t) && /drone|uav/.test(t)) return 'mixed';
  if (/\brockets?\b/.test(t)) return 'rocket_attack';
  if (/\bmissiles?\b/.test(t)) return 'missile';
  if (/\b(drones?|uavs?|uas)\b/.test(t)) return 'drone_attack';
  if (/\bu\.?s\.? (air ?)?strikes?\b/.test(t)) return 'us_airstrike';
  return 'other';
}

/** True for a CSV column the app's own format writes (used to tell its files apart). */
export function isRecordColumn(name: string): boolean {
  return (RECORD_COLUMNS as readonly string[]).includes(name);
}
