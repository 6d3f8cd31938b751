/**
 * The app's own flat record of one event and its place: the documented column set of the CSV
 * export (docs/export-import.md), which the importer reads back as "the app's own format".
 * Writer and reader share this one definition, so an exported view re-imports unchanged.
 */
import type { AtlasEvent } from './model';
import { sourceDetails } from './source-codec';

/** In this order, as written; a reader matches them by name, in any order. */
export const RECORD_COLUMNS = [
  'id',
  'date',
  'date_end',
  'time_utc',
  'date_precision',
  'type',
  'direction',
  'status',
  'claimed_by',
  'attributed_to',
  'weapons',
  'casualties',
  'us_killed',
  'us_wounded',
  'casualty_source',
  'summary',
  'notes',
  'distinct_from',
  'sources',
  'source_details',
  'site_id',
  'site_name',
  'site_name_ar',
  'site_name_ar_source',
  'site_alt_names',
  'site_kind',
  'country',
  'admin1',
  'latitude',
  'longitude',
  'coord_precision',
  'coord_source',
  'site_notes',
] as const;

export type RecordColumn = (typeof RECORD_COLUMNS)[number];

/** Every cell as text; an empty cell is a null (no value). */
export type EventRecord = Record<RecordColumn, string>;

/**
 * Joins list cells (sources, alternative names). A web address never holds a bare space, so
 * " | " cannot occur inside one; names that hold it are split where the reader splits.
 */
export const LIST_SEPARATOR = ' | ';

const text = (value: string | null | undefined) => value ?? '';
const num = (value: number | null | undefined) =>
  value === null || value === undefined ? '' : String(value);

export function eventRecord(event: AtlasEvent): EventRecord {
  const site = event.site;
  return {
    id: event.id,
    date: event.date,
    date_end: text(event.dateEnd),
    time_utc: text(event.timeUtc),
    date_precision: event.datePrecision,
    type: event.type,
    direction: event.direction,
    status: event.status,
    claimed_by: text(event.claimedBy),
    attributed_to: text(event.attributedTo),
    weapons: text(event.weapons),
    casualties: text(event.casualties),
    us_killed: num(event.usKilled),
    us_wounded: num(event.usWounded),
    casualty_source: text(event.casualtySource),
    summary: event.summary,
    notes: text(event.notes),
    distinct_from: event.distinctFrom.join(LIST_SEPARATOR),
    sources: event.sources.map((s) => s.url).join(LIST_SEPARATOR),
    source_details: sourceDetails(event.sources),
    site_id: event.siteId,
    site_name: text(site?.name),
    site_name_ar: text(site?.nameAr),
    site_name_ar_source: text(site?.nameArSource),
    site_alt_names: (site?.altNames ?? []).join(LIST_SEPARATOR),
    site_kind: text(site?.kind),
    country: event.country,
    admin1: text(site?.admin1),
    latitude: num(site?.lat),
    longitude: num(site?.lon),
    coord_precision: text(site?.coordPrecision),
    coord_source: text(site?.coordSource),
    site_notes: text(site?.notes),
  };
}

/** Splits a list cell written with LIST_SEPARATOR (or typed by hand with bare bars). */
export function splitList(cell: string): string[] {
  return cell
    .split(/\s*\|\s*/)
    .map((s) => s.trim())
    .filter(Boolean);
}
