/**
 * The first look at a file, for the mapping step: is it something we can read at all, which
 * format and encoding, its columns, a preview of its first rows, and first guesses at the
 * mapping, the date order, the event types and whether the coordinates are swapped.
 */
import type { ByteFile } from './byte-file';
import Papa from 'papaparse';
import { RECORD_COLUMNS } from '../data/event-record';
import type { EventType } from '../data/schema';
import type { CsvShape } from './csv-scan';
import { csvShape } from './csv-source';
import { type Encoding, sniffBytes } from './decode';
import type { GeoRows } from './geojson-source';
import { formatBytes, MAX_CSV_BYTES, MAX_JSON_BYTES, SNIFF_BYTES } from './limits';
import {
  detectCsvProfile,
  detectGeoJsonProfile,
  type Mapping,
  type Profile,
  type SourceKind,
  suggestMapping,
  suggestType,
} from './mapping';
import { type DateOrder, detectDateOrder } from './parse-date';
import { LAT_COLUMN, LON_COLUMN } from './read-row';
import { ImportRefused } from './refused';

export interface Sniffed {
  kind: SourceKind;
  profile: Profile;
  /** "ACLED export (CSV)", for the reader and the provenance. */
  formatLabel: string;
  encoding: Encoding;
  encodingReason: string;
  shape: CsvShape | null;
  fields: string[];
  /** The first rows, as the file holds them, for the preview. */
  preview: string[][];
  mapping: Mapping;
  dateOrder: DateOrder;
  dateOrderAmbiguous: boolean;
  swapSuggested: boolean;
  /** Type words seen in the sample, most frequent first, with the app type suggested for each. */
  typeValues: { value: string; count: number; suggested: EventType }[];
  warnings: string[];
}

/** ACLED's sub-event types (codebook), so each can be mapped even when the sample lacks it. */
const ACLED_SUB_EVENT_TYPES = [
  'Air/drone strike',
  'Shelling/artillery/missile attack',
  'Remote explosive/landmine/IED',
  'Suicide bomb',
  'Grenade',
  'Chemical weapon',
  'Armed clash',
  'Government regains territory',
  'Non-state actor overtakes territory',
  'Attack',
  'Abduction/forced disappearance',
  'Sexual violence',
  'Peaceful protest',
  'Protest with intervention',
  'Excessive force against protesters',
  'Violent demonstration',
  'Mob violence',
  'Agreement',
  'Arrests',
  'Change to group/activity',
  'Disrupted weapons use',
  'Headquarters or base established',
  'Looting/property destruction',
  'Non-violent transfer of territory',
  'Other',
];

const LABELS: Record<Profile, string> = {
  app: "Incident Atlas's own format",
  acled: 'ACLED export',
  generic: 'a table mapped by hand',
};

function isJsonName(name: string) {
  return /\.(geo)?json$/i.test(name);
}

/** Refuses what cannot be read, from the size and first bytes alone. */
export async function firstLook(
  file: ByteFile,
  name: string,
): Promise<{ encoding: Encoding; reason: string; text: string }> {
  if (file.size === 0) throw new ImportRefused('The file is empty (0 bytes).');
  const json = isJsonName(name);
  const limit = json ? MAX_JSON_BYTES : MAX_CSV_BYTES;
  if (file.size > limit) {
    throw new ImportRefused(
      `The file is ${formatBytes(file.size)}; this page reads ${json ? 'GeoJSON' : 'CSV'} files up to ${formatBytes(limit)}. Split it, or filter it before export.`,
    );
  }
  const bytes = new Uint8Array(await file.slice(0, SNIFF_BYTES).arrayBuffer());
  const sniffed = sniffBytes(bytes, file.size > SNIFF_BYTES);
  if (sniffed.kind === 'empty') throw new ImportRefused('The file is empty.');
  if (sniffed.kind === 'binary') {
    throw new ImportRefused(
      `This looks like ${sniffed.what}, not a CSV or GeoJSON text file. Save or export it as CSV first.`,
    );
  }
  const text = new TextDecoder(sniffed.encoding).decode(bytes, { stream: file.size > SNIFF_BYTES });
  return { encoding: sniffed.encoding, reason: sniffed.reason, text };
}

function uniqueHeaders(cells: string[]): string[] {
  const seen = new Map<string, number>();
  return cells.map((raw, i) => {
    const name = raw.replace(/^\uFEFF/, '').trim() || `column ${i + 1}`;
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    return n === 1 ? name : `${name} (${n})`;
  });
}

function typeValues(values: string[], profile: Profile) {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  if (profile === 'acled') for (const v of ACLED_SUB_EVENT_TYPES) if (!counts.has(v)) counts.set(v, 0);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, 40)
    .map(([value, count]) => ({ value, count, suggested: suggestType(value) }));
}

/** Most rows' coordinates only make sense the other way round (one bad row is that row's problem). */
function swapLooksRight(lats: string[], lons: string[]): boolean {
  let located = 0;
  let bad = 0;
  let fixed = 0;
  lats.forEach((latText, i) => {
    const lat = Number(latText);
    const lon = Number(lons[i]);
    if (!latText || !Number.isFinite(lat) || !Number.isFinite(lon)) return;
    located += 1;
    if (Math.abs(lat) > 90) {
      bad += 1;
      if (Math.abs(lon) <= 90) fixed += 1;
    }
  });
  return bad * 2 > located && fixed === bad;
}

export function sniffCsv(text: string, complete: boolean, encoding: Encoding, reason: string): Sniffed {
  const shape = csvShape(text);
  // Leave out a last line the sample cut in half.
  const body = complete ? text : text.slice(0, Math.max(text.lastIndexOf('\n'), 0));
  const parsed = Papa.parse<string[]>(body, {
    delimiter: shape.delimiter,
    newline: shape.newline,
    comments: shape.comments ? '#' : false,
    skipEmptyLines: true,
  });
  const [header, ...rows] = parsed.data;
  if (!header || header.length < 2) {
    throw new ImportRefused(
      'No table found: the first line should name the columns, separated by commas, semicolons or tabs.',
    );
  }
  const fields = uniqueHeaders(header);
  const profile = detectCsvProfile(fields);
  const mapping = suggestMapping(fields, profile, 'csv');
  const column = (name: string | null) => {
    const i = name === null ? -1 : fields.indexOf(name);
    return rows.map((r) => (i < 0 ? '' : (r[i] ?? '').trim()));
  };
  const dateField = profile === 'app' ? 'date' : mapping.date;
  const order = detectDateOrder(column(dateField));
  const typeField = profile === 'app' ? null : mapping.type;
  const warnings: string[] = [];
  if (profile === 'generic' && mapping.date === null)
    warnings.push('No column looks like a date: choose one.');
  if (order.ambiguous) {
    warnings.push('Dates such as 03/04/2024 could be day-first or month-first: check the date order below.');
  }
  const latField = profile === 'app' ? 'latitude' : mapping.latitude;
  const lonField = profile === 'app' ? 'longitude' : mapping.longitude;
  const swap = swapLooksRight(column(latField), column(lonField));
  if (swap)
    warnings.push('Latitude and longitude look swapped (latitudes beyond ±90): swapping is ticked below.');
  return {
    kind: 'csv',
    profile,
    formatLabel: `${LABELS[profile]} (CSV)`,
    encoding,
    encodingReason: reason,
    shape,
    fields,
    preview: rows.slice(0, 8),
    mapping,
    dateOrder: order.order,
    dateOrderAmbiguous: order.ambiguous,
    swapSuggested: swap,
    typeValues: typeField ? typeValues(column(typeField), profile) : [],
    warnings,
  };
}

export function sniffGeoJson(rows: GeoRows, encoding: Encoding, reason: string): Sniffed {
  const profile = detectGeoJsonProfile(rows.propertyNames);
  const fields = profile === 'app' ? [...RECORD_COLUMNS] : rows.propertyNames;
  // A point's coordinates come from its geometry, never from a property.
  const mapping = {
    ...suggestMapping(fields, profile, 'geojson'),
    latitude: LAT_COLUMN,
    longitude: LON_COLUMN,
  };
  const sample = Array.from({ length: Math.min(rows.count, 500) }, (_, i) => rows.cells(i, profile));
  const preview = sample.slice(0, 8).map((cells) => fields.map((f) => cells(f)));
  const order = detectDateOrder(
    sample.map((cells) => cells(profile === 'app' ? 'date' : (mapping.date ?? ''))),
  );
  const warnings: string[] = [];
  if (profile === 'generic' && mapping.date === null)
    warnings.push('No property looks like a date: choose one.');
  if (rows.count === 0) warnings.push('The file holds no features.');
  return {
    kind: 'geojson',
    profile,
    formatLabel: profile === 'app' ? `${LABELS.app} (GeoJSON)` : 'GeoJSON points',
    encoding,
    encodingReason: reason,
    shape: null,
    fields,
    preview,
    mapping,
    dateOrder: order.order,
    dateOrderAmbiguous: order.ambiguous,
    swapSuggested: false,
    typeValues: mapping.type
      ? typeValues(
          sample.map((c) => c(mapping.type ?? '')),
          profile,
        )
      : [],
    warnings,
  };
}
