import { describe, expect, it } from 'vitest';
import { RECORD_COLUMNS } from '../../src/data/event-record';
import { sniffBytes } from '../../src/import/decode';
import {
  detectCsvProfile,
  detectGeoJsonProfile,
  suggestMapping,
  suggestType,
} from '../../src/import/mapping';
import { detectDateOrder, parseDate } from '../../src/import/parse-date';
import { formatCivilDate } from '../../src/shared/civil-date';

const ACLED_HEADER =
  'event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp'.split(
    ',',
  );

describe('format detection', () => {
  it("tells the app's own CSV, an ACLED export and any other table apart", () => {
    expect(detectCsvProfile([...RECORD_COLUMNS])).toBe('app');
    expect(detectCsvProfile(ACLED_HEADER)).toBe('acled');
    expect(detectCsvProfile(['event_date', 'latitude', 'longitude', 'what'])).toBe('generic');
    expect(detectCsvProfile(['when', 'lat', 'lng', 'category', 'headline', 'url'])).toBe('generic');
  });

  it("tells the app's GeoJSON from other points", () => {
    expect(
      detectGeoJsonProfile([
        'id',
        'date',
        'dateEnd',
        'datePrecision',
        'siteId',
        'type',
        'direction',
        'status',
      ]),
    ).toBe('app');
    expect(detectGeoJsonProfile(['name', 'date', 'kind'])).toBe('generic');
  });
});

describe('column mapping', () => {
  it('guesses the six fields of any table from common column names', () => {
    const m = suggestMapping(
      ['Incident ID', 'Date', 'Lat', 'Lng', 'Category', 'Title', 'Link', 'Place'],
      'generic',
      'csv',
    );
    expect(m).toMatchObject({
      date: 'Date',
      latitude: 'Lat',
      longitude: 'Lng',
      type: 'Category',
      title: 'Title',
      source: 'Link',
      location: 'Place',
      id: 'Incident ID',
    });
  });

  it('maps nothing it cannot find, rather than a wrong column', () => {
    const m = suggestMapping(['alpha', 'beta'], 'generic', 'csv');
    expect(Object.values(m).every((v) => v === null)).toBe(true);
  });

  it("reads ACLED's columns by their names, the sub-event type as the type and notes as the summary", () => {
    const m = suggestMapping(ACLED_HEADER, 'acled', 'csv');
    expect(m).toMatchObject({
      date: 'event_date',
      type: 'sub_event_type',
      title: 'notes',
      source: 'source',
      id: 'event_id_cnty',
      location: 'location',
    });
  });

  it('for GeoJSON takes coordinates from the geometry, never from a property', () => {
    const m = suggestMapping(['lat', 'lon', 'date'], 'generic', 'geojson');
    expect(m.latitude).toBeNull();
    expect(m.longitude).toBeNull();
    expect(m.date).toBe('date');
  });

  it('suggests an app type only where the words mean the same, else "other"', () => {
    expect(suggestType('Air/drone strike')).toBe('other');
    expect(suggestType('Shelling/artillery/missile attack')).toBe('other');
    expect(suggestType('Peaceful protest')).toBe('other');
    expect(suggestType('Drone attack')).toBe('drone_attack');
    expect(suggestType('rocket attack')).toBe('rocket_attack');
    expect(suggestType('Rockets and drones')).toBe('mixed');
    expect(suggestType('Ballistic missile')).toBe('missile');
    expect(suggestType('Drone intercepted')).toBe('interception');
    expect(suggestType('us_airstrike')).toBe('us_airstrike');
    expect(suggestType('US strike')).toBe('us_airstrike');
  });
});

describe('dates', () => {
  const ok = (text: string, order: 'dmy' | 'mdy' = 'dmy') => {
    const r = parseDate(text, order);
    return 'day' in r ? formatCivilDate(r.day) : r.error;
  };

  it('reads the formats exports use', () => {
    expect(ok('2024-01-28')).toBe('2024-01-28');
    expect(ok('2024-1-8')).toBe('2024-01-08');
    expect(ok('2024-01-28T23:30:00Z')).toBe('2024-01-28');
    expect(ok('2024/01/28')).toBe('2024-01-28');
    expect(ok('28/01/2024')).toBe('2024-01-28');
    expect(ok('01/28/2024', 'mdy')).toBe('2024-01-28');
    expect(ok('28 January 2024')).toBe('2024-01-28');
    expect(ok('28-Jan-2024')).toBe('2024-01-28');
    expect(ok('January 28, 2024')).toBe('2024-01-28');
  });

  it('says why a date is refused', () => {
    expect(ok('31/02/2024')).toBe('“31/02/2024” is not a real calendar date');
    expect(ok('2024-13-01')).toBe('month 13 does not exist (“2024-13-01”)');
    expect(ok('45321')).toMatch(/is a number, not a date \(an Excel serial date\?\)/);
    expect(ok('45321.25')).toMatch(/Excel serial/);
    expect(ok('')).toBe('is empty');
    expect(ok('yesterday')).toMatch(/not a date this importer reads/);
    expect(ok('0024-01-01')).toMatch(/year 24 is outside/);
    expect(ok('28 Brumaire 2024')).toBe('“Brumaire” is not a month name');
  });

  it('finds the order of numeric dates, or says it cannot', () => {
    expect(detectDateOrder(['03/04/2024', '28/01/2024'])).toEqual({ order: 'dmy', ambiguous: false });
    expect(detectDateOrder(['03/04/2024', '01/28/2024'])).toEqual({ order: 'mdy', ambiguous: false });
    expect(detectDateOrder(['03/04/2024', '01/02/2024'])).toEqual({ order: 'dmy', ambiguous: true });
    expect(detectDateOrder(['2024-01-28'])).toEqual({ order: 'dmy', ambiguous: false });
  });
});

describe('encodings and non-text files', () => {
  const bytes = (...b: number[]) => new Uint8Array(b);

  it('knows an empty file, a workbook, a PDF and a binary file', () => {
    expect(sniffBytes(bytes())).toEqual({ kind: 'empty' });
    expect(sniffBytes(bytes(0x50, 0x4b, 0x03, 0x04, 1, 2))).toMatchObject({
      kind: 'binary',
      what: expect.stringMatching(/xlsx/),
    });
    expect(sniffBytes(new TextEncoder().encode('%PDF-1.7'))).toMatchObject({
      kind: 'binary',
      what: 'a PDF document',
    });
    expect(sniffBytes(bytes(0x61, 0x00, 0x62))).toMatchObject({ kind: 'binary' });
  });

  it('reads UTF-8 with and without its byte-order mark, and UTF-16 by its mark', () => {
    expect(sniffBytes(bytes(0xef, 0xbb, 0xbf, 0x61))).toMatchObject({ kind: 'text', encoding: 'utf-8' });
    expect(sniffBytes(new TextEncoder().encode('a,b\nالتنف,1'))).toMatchObject({
      kind: 'text',
      encoding: 'utf-8',
    });
    expect(sniffBytes(bytes(0xff, 0xfe, 0x61, 0))).toMatchObject({ encoding: 'utf-16le' });
  });

  it('keeps a UTF-8 character cut at the end of the sample from looking like another encoding', () => {
    const text = new TextEncoder().encode('place,التنف');
    expect(sniffBytes(text.slice(0, text.length - 1), true)).toMatchObject({ encoding: 'utf-8' });
  });

  it('reads bytes that are not UTF-8 as Windows-1256 when they make Arabic, else Windows-1252', () => {
    // "التنف" (al-Tanf) in Windows-1256.
    expect(sniffBytes(bytes(0x61, 0x2c, 0xc7, 0xe1, 0xca, 0xe4, 0xdd))).toMatchObject({
      encoding: 'windows-1256',
    });
    // "Café" in Windows-1252.
    expect(sniffBytes(bytes(0x43, 0x61, 0x66, 0xe9))).toMatchObject({ encoding: 'windows-1252' });
  });
});
