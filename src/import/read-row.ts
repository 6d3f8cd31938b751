/**
 * Reads one row (a CSV record or a GeoJSON feature's properties) into an event, or says for
 * each cell why it cannot: row number, column, reason. A rejected row is left out and the rest
 * load. Nothing in a cell is ever run or rendered as markup; control characters and bidi
 * overrides are removed (and counted).
 */
import { restoreFormula } from '../data/csv-formula';
import { splitList } from '../data/event-record';
import { plainSource, readSourceDetails } from '../data/source-codec';
import type { Site } from '../data/model';
import {
  COORD_PRECISIONS,
  type CoordPrecision,
  DATE_PRECISIONS,
  type DatePrecision,
  type EventType,
  SITE_KINDS,
  type SiteKind,
} from '../data/schema';
import { cleanCell, MAX_CELL, plainCell, slugId } from './clean-text';
import type { ColumnsBuilder, Draft } from './columns-builder';
import { countryCode } from './country-codes';
import { acledDirection, directionByName, type ImportOptions, statusByName, typeByName } from './mapping';
import { parseDate, parseTime } from './parse-date';

export interface RowIssue {
  /** 1-based record number in the file (the CSV header is record 1) or feature number. */
  row: number;
  column: string;
  message: string;
}

/** GeoJSON rows: the type of a geometry that is not a Point ('' for points and none). */
export const GEOMETRY_COLUMN = '@geometry';
/** GeoJSON rows: the point's coordinates, mapped as latitude and longitude. */
export const LAT_COLUMN = '@latitude';
export const LON_COLUMN = '@longitude';

/** A row's cells by column (or property) name; '' when absent. */
export type Cells = (column: string) => string;

/** Things that changed no row's fate but a reader should hear of, counted over the file. */
export interface ReadCounts {
  unlocated: number;
  zeroZero: number;
  cleaned: number;
  assumedDirection: number;
  assumedStatus: number;
  nonPoint: number;
}

class RowError extends Error {
  constructor(
    readonly column: string,
    message: string,
  ) {
    super(message);
  }
}

const fail = (column: string, message: string): never => {
  throw new RowError(column, message);
};

function oneOf<T extends string>(values: readonly T[], text: string, column: string): T {
  if ((values as readonly string[]).includes(text)) return text as T;
  return fail(column, `“${text.slice(0, 40)}” is not one of ${values.join(', ')}`);
}

function count(text: string, column: string): number | null {
  if (text === '') return null;
  if (!/^\d{1,7}$/.test(text)) return fail(column, `“${text.slice(0, 20)}” is not a whole number`);
  return Number(text);
}

/** One coordinate; null when empty. Decimal commas are read as points. */
function coordinate(text: string, column: string, limit: number): number | null {
  if (text === '') return null;
  if (!/^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/.test(text)) {
    return fail(column, `“${text.slice(0, 30)}” is not a number in decimal degrees`);
  }
  const value = Number(text.replace(',', '.'));
  if (Math.abs(value) > limit) return Number.NaN;
  return value;
}

export class RowReader {
  readonly sites: Site[] = [];
  readonly counts: ReadCounts = {
    unlocated: 0,
    zeroZero: 0,
    cleaned: 0,
    assumedDirection: 0,
    assumedStatus: 0,
    nonPoint: 0,
  };
  private readonly siteIndex = new Map<string, number>();
  private readonly siteIds = new Set<string>();
  private readonly firstRowOfId = new Map<string, number>();
  private readonly typeMap: Map<string, EventType>;
  /** Dates repeat down a file: each distinct text is read once. */
  private readonly dates = new Map<string, ReturnType<typeof parseDate>>();

  constructor(
    private readonly options: ImportOptions,
    private readonly builder: ColumnsBuilder,
  ) {
    this.typeMap = new Map(options.typeMap);
  }

  /** Reads one row: true when it loaded, else its problems went to `report`. */
  read(raw: Cells, row: number, report: (issue: RowIssue) => void): boolean {
    let cleaned = false;
    const restore = this.options.profile === 'app' && this.options.kind === 'csv';
    const cell: Cells = (column) => {
      const value = raw(column);
      // Empty cells (a column the file lacks, a field left blank) are the commonest of all.
      if (value === '') return '';
      if (value.length > MAX_CELL) fail(column, `is longer than ${MAX_CELL.toLocaleString('en')} characters`);
      const text = restore ? restoreFormula(value) : value;
      const plain = plainCell(text);
      if (plain !== null) return plain;
      const c = cleanCell(text);
      if (c.changed) cleaned = true;
      return c.text;
    };
    try {
      const draft =
        this.options.profile === 'app'
          ? this.readApp(cell, row)
          : this.options.profile === 'acled'
            ? this.readAcled(cell, row)
            : this.readGeneric(cell, row);
      if (this.options.kind === 'geojson' && raw(GEOMETRY_COLUMN) !== '') this.counts.nonPoint += 1;
      const first = this.firstRowOfId.get(draft.id);
      if (first !== undefined) fail(this.column('id'), `repeats the id “${draft.id}” of row ${first}`);
      this.firstRowOfId.set(draft.id, row);
      if (cleaned) this.counts.cleaned += 1;
      this.builder.push(draft);
      return true;
    } catch (error) {
      if (!(error instanceof RowError)) throw error;
      report({ row, column: error.column, message: error.message });
      return false;
    }
  }

  /** The column a field is read from, for messages. */
  private column(field: keyof ImportOptions['mapping']): string {
    if (this.options.profile === 'app') return field === 'id' ? 'id' : field;
    return this.options.mapping[field] ?? field;
  }

  private mapped(cell: Cells, field: keyof ImportOptions['mapping']): string {
    const column = this.options.mapping[field];
    return column === null ? '' : cell(column);
  }

  private day(text: string, column: string): number {
    let parsed = this.dates.get(text);
    if (parsed === undefined) {
      parsed = parseDate(text, this.options.dateOrder);
      if (this.dates.size < 100_000) this.dates.set(text, parsed);
    }
    return 'error' in parsed ? fail(column, parsed.error) : parsed.day;
  }

  private dayEnd(text: string, column: string, day: number): number {
    if (text === '') return day;
    const end = this.day(text, column);
    if (end < day) fail(column, 'is before the start date');
    return end;
  }

  /** Latitude and longitude, checked and (if the reader said so) swapped back. */
  private point(latText: string, lonText: string, latColumn: string, lonColumn: string) {
    let [latT, lonT, latC, lonC] = [latText, lonText, latColumn, lonColumn];
    if (this.options.swapCoordinates) [latT, lonT, latC, lonC] = [lonT, latT, lonC, latC];
    const lat = coordinate(latT, latC, 90);
    const lon = coordinate(lonT, lonC, 180);
    if (lat === null && lon === null) return null;
    if (lat === null) return fail(latC, 'is empty while the longitude is given');
    if (lon === null) return fail(lonC, 'is empty while the latitude is given');
    if (Number.isNaN(lat)) {
      const swapped = Math.abs(Number(lonT.replace(',', '.'))) <= 90;
      return fail(
        latC,
        `${latT} is outside −90 to 90${swapped ? ': latitude and longitude look swapped' : ''}`,
      );
    }
    if (Number.isNaN(lon)) return fail(lonC, `${lonT} is outside −180 to 180`);
    if (lat === 0 && lon === 0) {
      // 0, 0 is where "no coordinate" lands in many tools, not a place anything happened.
      this.counts.zeroZero += 1;
      return null;
    }
    return { lat, lon };
  }

  private site(key: string, make: () => Omit<Site, 'id'> & { id: string }): number {
    const known = this.siteIndex.get(key);
    if (known !== undefined) return known;
    const site = make();
    let id = site.id || 'place';
    for (let n = 2; this.siteIds.has(id); n += 1) id = `${site.id || 'place'}-${n}`;
    this.siteIds.add(id);
    this.sites.push({ ...site, id });
    this.siteIndex.set(key, this.sites.length - 1);
    return this.sites.length - 1;
  }

  private foreignSite(
    place: string,
    at: { lat: number; lon: number } | null,
    country: string,
    admin1: string | null,
    precision: CoordPrecision,
    row: number,
  ): number {
    if (!at) this.counts.unlocated += 1;
    const name = place || (at ? `${at.lat}, ${at.lon}` : 'Unnamed place');
    const key = `${name}\u0000${at?.lat ?? ''}\u0000${at?.lon ?? ''}`;
    return this.site(key, () => ({
      id: slugId(place) || (at ? slugId(`p ${at.lat} ${at.lon}`) : 'unnamed-place'),
      name,
      altNames: [],
      nameAr: null,
      nameArSource: null,
      country,
      admin1,
      kind: 'other',
      coordPrecision: at ? precision : 'unknown',
      coordSource: `${this.options.fileName}, row ${row}`,
      notes: null,
      lon: at?.lon ?? null,
      lat: at?.lat ?? null,
    }));
  }

  private readApp(cell: Cells, row: number): Draft {
    const id = slugId(cell('id')) || `row-${row}`;
    const day = this.day(cell('date'), 'date');
    const dayEnd = this.dayEnd(cell('date_end'), 'date_end', day);
    const time = parseTime(cell('time_utc'));
    if ('error' in time) fail('time_utc', time.error);
    const summary = cell('summary');
    if (summary === '') fail('summary', 'is empty');
    const at = this.point(cell('latitude'), cell('longitude'), 'latitude', 'longitude');
    const siteId = slugId(cell('site_id')) || fail('site_id', 'is empty');
    const country = cell('country');
    const site = this.site(siteId, () => ({
      id: siteId,
      name: cell('site_name') || siteId,
      nameAr: cell('site_name_ar') || null,
      nameArSource: cell('site_name_ar_source') || null,
      altNames: splitList(cell('site_alt_names')),
      country,
      admin1: cell('admin1') || null,
      kind: cell('site_kind') ? oneOf<SiteKind>(SITE_KINDS, cell('site_kind'), 'site_kind') : 'other',
      coordPrecision: at
        ? oneOf<CoordPrecision>(
            COORD_PRECISIONS.filter((p) => p !== 'unknown'),
            cell('coord_precision') || 'area',
            'coord_precision',
          )
        : 'unknown',
      coordSource: cell('coord_source') || `${this.options.fileName}, row ${row}`,
      notes: cell('site_notes') || null,
      lon: at?.lon ?? null,
      lat: at?.lat ?? null,
    }));
    if (!at) this.counts.unlocated += 1;
    return {
      id,
      day,
      dayEnd,
      timeUtc: 'time' in time ? time.time : null,
      datePrecision: oneOf<DatePrecision>(
        DATE_PRECISIONS,
        cell('date_precision') || 'exact',
        'date_precision',
      ),
      site,
      country,
      type:
        typeByName(cell('type')) ??
        fail('type', `“${cell('type').slice(0, 40)}” is not an event type of this app`),
      direction:
        directionByName(cell('direction')) ??
        fail('direction', `“${cell('direction').slice(0, 40)}” is not a direction of this app`),
      status:
        statusByName(cell('status')) ??
        fail('status', `“${cell('status').slice(0, 40)}” is not a status of this app`),
      claimedBy: cell('claimed_by') || null,
      attributedTo: cell('attributed_to') || null,
      weapons: cell('weapons') || null,
      casualties: cell('casualties') || null,
      usKilled: count(cell('us_killed'), 'us_killed'),
      usWounded: count(cell('us_wounded'), 'us_wounded'),
      casualtySource: cell('casualty_source') || null,
      summary,
      notes: cell('notes') || null,
      distinctFrom: splitList(cell('distinct_from')).map(slugId).filter(Boolean),
      sources: this.appSources(cell),
    };
  }

  /** Every field of each source from `source_details`; links alone from `sources` otherwise. */
  private appSources(cell: Cells) {
    const details = cell('source_details');
    if (details === '') return splitList(cell('sources')).map(plainSource);
    const read = readSourceDetails(details);
    return typeof read === 'string' ? fail('source_details', read) : read;
  }

  private typeOf(text: string): EventType {
    return this.typeMap.get(text) ?? 'other';
  }

  private readAcled(cell: Cells, row: number): Draft {
    const id = slugId(cell('event_id_cnty')) || `row-${row}`;
    const day = this.day(cell('event_date'), 'event_date');
    const at = this.point(cell('latitude'), cell('longitude'), 'latitude', 'longitude');
    const eventType = cell('event_type');
    const subType = cell('sub_event_type');
    const actor1 = cell('actor1');
    const actor2 = cell('actor2');
    const place = cell('location');
    const countryName = cell('country');
    const country = countryCode(countryName) ?? countryName;
    const fatalities = count(cell('fatalities'), 'fatalities');
    let direction = acledDirection(actor1, actor2);
    if (direction === null) {
      this.counts.assumedDirection += 1;
      direction = this.options.defaultDirection;
    }
    this.counts.assumedStatus += 1;
    const geo = cell('geo_precision');
    const site = this.foreignSite(
      place,
      at,
      country,
      cell('admin1') || null,
      geo === '1' ? 'town' : 'area',
      row,
    );
    const precision = cell('time_precision');
    const original = [`ACLED event type: ${eventType || '(none)'}`, `sub-event type: ${subType || '(none)'}`];
    if (actor2) original.push(`actor 2: ${actor2}`);
    if (precision === '2' || precision === '3') {
      original.push(`ACLED time precision ${precision}: the day is not known exactly`);
    }
    return {
      id,
      day,
      dayEnd: day,
      timeUtc: null,
      datePrecision: precision === '2' || precision === '3' ? 'inferred' : 'exact',
      site,
      country,
      type: this.typeOf(subType || eventType),
      direction,
      status: this.options.defaultStatus,
      claimedBy: actor1 || null,
      attributedTo: null,
      weapons: null,
      casualties: fatalities === null ? null : `${fatalities} reported fatalities (ACLED count)`,
      usKilled: null,
      usWounded: null,
      casualtySource: null,
      distinctFrom: [],
      summary: cell('notes') || `${subType || eventType || 'Event'}${place ? ` at ${place}` : ''}`,
      notes: `${original.join('; ')}.`,
      sources: cell('source')
        .split(/\s*;\s*/)
        .filter(Boolean)
        .map(plainSource),
    };
  }

  private readGeneric(cell: Cells, row: number): Draft {
    const m = this.options.mapping;
    const col = (f: keyof typeof m) => m[f] ?? f;
    const idText = this.mapped(cell, 'id');
    const id = (idText && slugId(idText)) || `row-${row}`;
    const day = this.day(this.mapped(cell, 'date'), col('date'));
    const dayEnd = this.dayEnd(this.mapped(cell, 'dateEnd'), col('dateEnd'), day);
    const at = this.point(
      this.mapped(cell, 'latitude'),
      this.mapped(cell, 'longitude'),
      col('latitude'),
      col('longitude'),
    );
    const typeText = this.mapped(cell, 'type');
    const place = this.mapped(cell, 'location');
    const countryName = this.mapped(cell, 'country');
    const country = countryName ? (countryCode(countryName) ?? countryName) : '';
    const statusText = this.mapped(cell, 'status');
    let status = statusText ? statusByName(statusText) : null;
    if (status === null) {
      this.counts.assumedStatus += 1;
      status = this.options.defaultStatus;
    }
    const directionText = this.mapped(cell, 'direction');
    let direction = directionText ? directionByName(directionText) : null;
    if (direction === null) {
      this.counts.assumedDirection += 1;
      direction = this.options.defaultDirection;
    }
    const notes = [this.mapped(cell, 'notes'), typeText ? `Original type: ${typeText}.` : '']
      .filter(Boolean)
      .join('\n');
    return {
      id,
      day,
      dayEnd,
      timeUtc: null,
      datePrecision: dayEnd === day ? 'exact' : 'window',
      site: this.foreignSite(place, at, country, null, 'area', row),
      country,
      type: typeText ? this.typeOf(typeText) : 'other',
      direction,
      status,
      claimedBy: null,
      attributedTo: null,
      weapons: null,
      casualties: null,
      usKilled: null,
      usWounded: null,
      casualtySource: null,
      distinctFrom: [],
      summary:
        this.mapped(cell, 'title') ||
        (typeText || place ? [typeText, place].filter(Boolean).join(' at ') : '(no description in the file)'),
      notes: notes || null,
      sources: this.mapped(cell, 'source')
        .split(/\s*[;|]\s*|\s+(?=https?:\/\/)/)
        .filter(Boolean)
        .map(plainSource),
    };
  }
}
