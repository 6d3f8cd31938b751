/**
 * GeoJSON input: the whole file is decoded (in slices, with progress) and parsed once, then
 * each feature is offered as a row of text cells, like a CSV record: its properties by name,
 * and its point as two extra columns. The app's own GeoJSON is offered in the CSV's column
 * names, so one reader serves both.
 */
import type { ByteFile } from './byte-file';
import { RECORD_COLUMNS } from '../data/event-record';
import { plainSource, readSourceDetails, sourceDetails } from '../data/source-codec';
import type { Source } from '../data/schema';
import { CHUNK_BYTES } from './csv-source';
import type { Profile } from './mapping';
import { type Cells, GEOMETRY_COLUMN, LAT_COLUMN, LON_COLUMN } from './read-row';
import { ImportRefused } from './refused';

export interface GeoRows {
  count: number;
  /** Property names in the order first seen (over the first thousand features). */
  propertyNames: string[];
  cells(i: number, profile: Profile): Cells;
}

export async function readText(
  file: ByteFile,
  encoding: string,
  onProgress?: (bytes: number) => void,
  pause?: () => Promise<void>,
): Promise<string> {
  const decoder = new TextDecoder(encoding);
  const parts: string[] = [];
  for (let start = 0; start < file.size; start += CHUNK_BYTES) {
    const end = Math.min(file.size, start + CHUNK_BYTES);
    parts.push(
      decoder.decode(new Uint8Array(await file.slice(start, end).arrayBuffer()), { stream: end < file.size }),
    );
    onProgress?.(end);
    await pause?.();
  }
  return parts.join('');
}

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A property value as text: lists joined as the CSV joins them; objects as JSON. */
function asText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value) && value.every((v) => typeof v === 'string' || typeof v === 'number')) {
    return value.join(' | ');
  }
  return JSON.stringify(value).slice(0, 1000);
}

function own(object: unknown, key: string): unknown {
  return isObject(object) && Object.hasOwn(object, key) ? object[key] : undefined;
}

function point(geometry: unknown): { lon: string; lat: string; other: string } {
  if (!isObject(geometry)) return { lon: '', lat: '', other: '' };
  const coords = geometry.coordinates;
  if (geometry.type === 'Point' && Array.isArray(coords) && coords.length >= 2) {
    return { lon: asText(coords[0]), lat: asText(coords[1]), other: '' };
  }
  return { lon: '', lat: '', other: typeof geometry.type === 'string' ? geometry.type : 'unknown' };
}

/** A feature's sources: objects (2.0.0 files, exports) or bare links (older files). */
function sourcesOf(p: unknown): Source[] {
  const list = own(p, 'sources');
  if (!Array.isArray(list)) return [];
  const objects = list.filter((s) => typeof s === 'object' && s !== null);
  const read =
    objects.length > 0
      ? readSourceDetails(JSON.stringify(list.map((s) => (typeof s === 'string' ? { url: s } : s))))
      : null;
  if (read !== null) return typeof read === 'string' ? [] : read;
  return list.filter((s): s is string => typeof s === 'string').map(plainSource);
}

/** The app's GeoJSON feature, in the CSV's column names. */
const APP_FIELDS: Record<string, (p: unknown) => unknown> = {
  id: (p) => own(p, 'id'),
  date: (p) => own(p, 'date'),
  date_end: (p) => own(p, 'dateEnd'),
  time_utc: (p) => own(p, 'timeUtc'),
  date_precision: (p) => own(p, 'datePrecision'),
  type: (p) => own(p, 'type'),
  direction: (p) => own(p, 'direction'),
  status: (p) => own(p, 'status'),
  claimed_by: (p) => own(p, 'claimedBy'),
  attributed_to: (p) => own(p, 'attributedTo'),
  casualty_source: (p) => own(p, 'casualtySource'),
  distinct_from: (p) => own(p, 'distinctFrom'),
  weapons: (p) => own(p, 'weapons'),
  casualties: (p) => own(p, 'casualties'),
  us_killed: (p) => own(p, 'usKilled'),
  us_wounded: (p) => own(p, 'usWounded'),
  summary: (p) => own(p, 'summary'),
  notes: (p) => own(p, 'notes'),
  sources: (p) => sourcesOf(p).map((s) => s.url),
  source_details: (p) => sourceDetails(sourcesOf(p)),
  site_id: (p) => own(p, 'siteId'),
  site_name: (p) => own(own(p, 'site'), 'name'),
  site_name_ar: (p) => own(own(p, 'site'), 'nameAr'),
  site_name_ar_source: (p) => own(own(p, 'site'), 'nameArSource'),
  site_alt_names: (p) => own(own(p, 'site'), 'altNames'),
  site_kind: (p) => own(own(p, 'site'), 'kind'),
  country: (p) => own(p, 'country'),
  admin1: (p) => own(own(p, 'site'), 'admin1'),
  coord_precision: (p) => own(own(p, 'site'), 'coordPrecision'),
  coord_source: (p) => own(own(p, 'site'), 'coordSource'),
  site_notes: (p) => own(own(p, 'site'), 'notes'),
};

export function geoRows(json: unknown): GeoRows {
  let features: unknown[];
  if (own(json, 'type') === 'FeatureCollection' && Array.isArray(own(json, 'features'))) {
    features = own(json, 'features') as unknown[];
  } else if (own(json, 'type') === 'Feature') {
    features = [json];
  } else {
    throw new ImportRefused('This JSON is not GeoJSON: it holds no FeatureCollection or Feature.');
  }
  const names = new Set<string>();
  for (const f of features.slice(0, 1000)) {
    const props = own(f, 'properties');
    if (isObject(props)) for (const k of Object.keys(props)) names.add(k);
  }
  return {
    count: features.length,
    propertyNames: [...names],
    cells(i, profile) {
      const feature = features[i];
      const props = own(feature, 'properties');
      const at = point(own(feature, 'geometry'));
      return (column) => {
        if (column === LAT_COLUMN || column === 'latitude') {
          if (column === LAT_COLUMN || profile === 'app') return at.lat;
        }
        if (column === LON_COLUMN || column === 'longitude') {
          if (column === LON_COLUMN || profile === 'app') return at.lon;
        }
        if (column === GEOMETRY_COLUMN) return at.other;
        if (profile === 'app') {
          const read = APP_FIELDS[column];
          return read && (RECORD_COLUMNS as readonly string[]).includes(column) ? asText(read(props)) : '';
        }
        return asText(own(props, column));
      };
    },
  };
}

export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new ImportRefused(`This file is not valid JSON (${detail.slice(0, 120)}).`);
  }
}
