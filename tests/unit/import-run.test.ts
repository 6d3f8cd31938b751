import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { acledCsv } from '../../scripts/bench/acled-csv.mjs';
import { builtInMeta } from '../../src/data/dataset-meta';
import { eventRecord, RECORD_COLUMNS } from '../../src/data/event-record';
import type { AtlasEvent, Dataset } from '../../src/data/model';
import { parseDataset } from '../../src/data/parse-dataset';
import { EMPTY_FILTERS } from '../../src/data/view-types';
import { csvTable } from '../../src/export/csv-writer';
import { eventsGeoJson } from '../../src/export/geojson-export';
import { provenance, provenanceLines } from '../../src/export/provenance';
import { readCsv } from '../../src/import/csv-source';
import { MAX_CSV_BYTES } from '../../src/import/limits';
import { ImportRefused } from '../../src/import/refused';
import { ImportJob } from '../../src/import/run-import';
import { loadRealFiles } from '../data/load-files';
import { csvBlob, importBlob } from '../support/import-file';

const realDataset = () => parseDataset(loadRealFiles());
const records = (events: readonly AtlasEvent[]) => events.map(eventRecord);

function prov(dataset: Dataset) {
  return provenance({
    meta: builtInMeta(dataset.version),
    window: dataset.extent,
    filters: EMPTY_FILTERS,
    search: '',
    count: dataset.events.length,
    link: 'https://atlas.example/?v=1',
    now: new Date(2026, 11, 2, 12),
  });
}

describe("the app's own format reads back equal", () => {
  it('CSV: every field of every event and its place survives export and import', async () => {
    const dataset = realDataset();
    const p = prov(dataset);
    const text = csvTable(RECORD_COLUMNS, records(dataset.events), provenanceLines(p));
    const { sniffed, result, dataset: back } = await importBlob(csvBlob(text), 'view.csv');
    expect(sniffed.profile).toBe('app');
    expect(result.rejected).toBe(0);
    expect(records(back.events)).toEqual(records(dataset.events));
    expect(back.events.length).toBeGreaterThan(100);
  });

  it('CSV: cells that look like formulas come back as they were, guard removed', async () => {
    const dataset = realDataset();
    const [first, ...rest] = dataset.events as [AtlasEvent, ...AtlasEvent[]];
    const tricky = {
      ...first,
      summary: '=HYPERLINK("http://evil.example","x")',
      notes: "'=already guarded",
      claimedBy: '-minus',
    };
    const text = csvTable(RECORD_COLUMNS, records([tricky, ...rest]));
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
    const { dataset: back } = await importBlob(csvBlob(text), 'view.csv');
    const got = back.eventById.get(first.id);
    expect(got?.summary).toBe(tricky.summary);
    expect(got?.notes).toBe(tricky.notes);
    expect(got?.claimedBy).toBe('-minus');
  });

  it('CSV: ids already fit for a link are kept as they are; any other is rewritten to fit', async () => {
    const dataset = realDataset();
    type Five = [AtlasEvent, AtlasEvent, AtlasEvent, AtlasEvent, AtlasEvent, ...AtlasEvent[]];
    const [a, b, c, d, e, ...rest] = dataset.events as Five;
    const long = `x${'-y'.repeat(60)}`;
    const renamed = [
      { ...a, id: 'kept-as-is-2024' },
      { ...b, id: 'Two  Words' },
      { ...c, id: 'double--hyphen' },
      { ...d, id: '-leading-and-trailing-' },
      { ...e, id: long, summary: '  padded summary  ', notes: 'tab\there \u0007bell' },
    ];
    const text = csvTable(RECORD_COLUMNS, records([...renamed, ...rest]));
    const { result, dataset: back } = await importBlob(csvBlob(text), 'view.csv');
    expect(result.rejected).toBe(0);
    const ids = back.events.map((x) => x.id);
    expect(ids).toEqual(expect.arrayContaining(['kept-as-is-2024', 'two-words', 'double-hyphen']));
    expect(ids).toContain('leading-and-trailing');
    // Cut to 100 characters, never ending on a hyphen.
    const cut = long.slice(0, 100).replace(/-+$/, '');
    expect(cut).toHaveLength(99);
    expect(ids).toContain(cut);
    const padded = back.eventById.get(cut);
    expect(padded?.summary).toBe('padded summary');
    // The bell goes (and is counted); the tab stays.
    expect(padded?.notes).toBe('tab\there bell');
    expect(result.notes).toContain('Control or text-direction characters were removed from 1 row.');
    expect(back.eventById.get(a.id)).toBeUndefined();
  });

  it('GeoJSON: the export, provenance member and all, reads back equal', async () => {
    const dataset = realDataset();
    const json = JSON.stringify(eventsGeoJson(dataset.events, prov(dataset)));
    const { sniffed, result, dataset: back } = await importBlob(new Blob([json]), 'view.geojson');
    expect(sniffed.profile).toBe('app');
    expect(result.rejected).toBe(0);
    expect(records(back.events)).toEqual(records(dataset.events));
  });
});

describe('ACLED exports', () => {
  it('loads every row, keeps the original types in the notes and files events honestly', async () => {
    const { sniffed, result, dataset } = await importBlob(csvBlob(acledCsv(300)), 'acled.csv');
    expect(sniffed.profile).toBe('acled');
    expect(result.rejected).toBe(0);
    expect(dataset.events).toHaveLength(300);
    const strike = dataset.events.find((e) => e.notes?.includes('sub-event type: Air/drone strike'));
    expect(strike?.type).toBe('other');
    expect(strike?.status).toBe('reported_by_media');
    expect(strike?.notes).toMatch(
      /^ACLED event type: Explosions\/Remote violence; sub-event type: Air\/drone strike/,
    );
    const byUs = dataset.events.find((e) => e.claimedBy?.startsWith('Military Forces of the United States'));
    expect(byUs?.direction).toBe('us_strike');
    expect(dataset.events.every((e) => ['IQ', 'SY', 'JO'].includes(e.country))).toBe(true);
    expect(result.notes.join(' ')).toMatch(/filed as “Attack on US forces”/);
    expect(dataset.events[0]?.sources.length).toBeGreaterThan(0);
  });

  it('maps a type when the reader chooses to', async () => {
    const { dataset } = await importBlob(csvBlob(acledCsv(100)), 'acled.csv', () => ({
      typeMap: [['Air/drone strike', 'drone_attack']],
    }));
    const strikes = dataset.events.filter((e) => e.notes?.includes('Air/drone strike'));
    expect(strikes.length).toBeGreaterThan(0);
    expect(strikes.every((e) => e.type === 'drone_attack')).toBe(true);
  });

  it('reports each bad row by number, column and reason, and loads the good ones', async () => {
    const [columns, template, ...others] = Papa.parse<string[]>(acledCsv(5).trim()).data as [
      string[],
      string[],
      ...string[][],
    ];
    const line = (cells: string[]) => Papa.unparse([cells]);
    const header = line(columns);
    const rows = [template, ...others].map(line);
    const row = (changes: Record<string, string>) =>
      line(columns.map((c, i) => changes[c] ?? (template[i] as string)));
    const bad = [
      row({ event_id_cnty: 'BAD1', event_date: '31/02/2024' }),
      row({ event_id_cnty: 'BAD2', event_date: '2024-13-01' }),
      row({ event_id_cnty: 'BAD3', event_date: '45321' }),
      row({ event_id_cnty: 'BAD4', latitude: '120.5', longitude: '33.2' }),
      row({ event_id_cnty: 'BAD5', longitude: '200' }),
      row({ event_id_cnty: 'BAD6', latitude: '' }),
      row({ event_id_cnty: 'BAD7', fatalities: 'many' }),
      row({ event_id_cnty: 'BAD8', latitude: 'north' }),
    ];
    const hostile = row({
      event_id_cnty: 'OK9',
      location: '<img src=x onerror=alert(1)>',
      actor1: '=HYPERLINK("http://evil.example")',
      source: 'javascript:alert(1); data:text/html,x',
      admin1: 'evil\u202Etxt.exe\u0000',
    });
    const text = [header, ...rows, ...bad, hostile, rows[0]].join('\n');
    const { result, dataset } = await importBlob(csvBlob(text), 'acled.csv');
    const issues = result.issues.map((i) => `${i.row} ${i.column}: ${i.message}`);
    expect(issues).toEqual([
      '7 event_date: “31/02/2024” is not a real calendar date',
      '8 event_date: month 13 does not exist (“2024-13-01”)',
      expect.stringMatching(/^9 event_date: “45321” is a number, not a date \(an Excel serial date\?\)/),
      '10 latitude: 120.5 is outside −90 to 90: latitude and longitude look swapped',
      '11 longitude: 200 is outside −180 to 180',
      '12 latitude: is empty while the longitude is given',
      '13 fatalities: “many” is not a whole number',
      '14 latitude: “north” is not a number in decimal degrees',
      expect.stringMatching(/^16 event_id_cnty: repeats the id “[a-z]+1” of row 2$/),
    ]);
    expect(result.rejected).toBe(9);
    expect(dataset.events).toHaveLength(6);
    const kept = dataset.eventById.get('ok9');
    // Kept as text, never run: markup, formula and script links are just characters here.
    expect(kept?.site?.name).toBe('<img src=x onerror=alert(1)>');
    expect(kept?.claimedBy).toBe('=HYPERLINK("http://evil.example")');
    expect(kept?.sources.map((s) => s.url)).toEqual(['javascript:alert(1)', 'data:text/html,x']);
    expect(kept?.site?.admin1).toBe('eviltxt.exe');
    expect(result.notes.join(' ')).toMatch(/characters were removed from 1 row/);
  });
});

describe('any other table, through a mapping', () => {
  it('reads the mapped columns, keeps the original type, and says what it assumed', async () => {
    const text = [
      'When,Lat,Lng,Category,Headline,Link,Place',
      '28/01/2024,33.31,39.11,Drone attack,Drones hit the base,https://example.org/a,Tower 22',
      '03/02/2024,34.1,42.2,Protest,A protest,https://example.org/b; https://example.org/c,Anbar',
      '04/02/2024,,,Shelling,No place given,,',
    ].join('\r\n');
    const { sniffed, result, dataset } = await importBlob(csvBlob(text), 'mine.csv');
    expect(sniffed.profile).toBe('generic');
    expect(sniffed.mapping).toMatchObject({
      date: 'When',
      latitude: 'Lat',
      longitude: 'Lng',
      type: 'Category',
    });
    expect(result.rejected).toBe(0);
    const [a, b, c] = dataset.events;
    expect(a).toMatchObject({
      date: '2024-01-28',
      type: 'drone_attack',
      summary: 'Drones hit the base',
      id: 'row-2',
    });
    expect(a?.site).toMatchObject({ name: 'Tower 22', lat: 33.31, lon: 39.11, coordPrecision: 'area' });
    expect(b?.type).toBe('other');
    expect(b?.notes).toBe('Original type: Protest.');
    expect(b?.sources.map((s) => s.url)).toEqual(['https://example.org/b', 'https://example.org/c']);
    expect(c?.site).toMatchObject({ lat: null, lon: null, coordPrecision: 'unknown' });
    expect(result.notes.join(' ')).toMatch(
      /1 event have no coordinates|1 event has no coordinates|have no coordinates/,
    );
  });

  it('reads month-first dates when told, and swaps coordinates back when told', async () => {
    const text = 'date,latitude,longitude\n01/28/2024,39.11,33.31\n';
    const { dataset } = await importBlob(csvBlob(text), 'x.csv', () => ({
      dateOrder: 'mdy',
      swapCoordinates: true,
    }));
    expect(dataset.events[0]?.date).toBe('2024-01-28');
    expect(dataset.events[0]?.site).toMatchObject({ lat: 33.31, lon: 39.11 });
  });

  it('suggests swapping when latitudes run past ±90', async () => {
    const text = 'date,lat,lon\n2024-01-01,120,33\n2024-01-02,130,34\n';
    const job = new ImportJob(csvBlob(text), 's.csv');
    const sniffed = await job.sniff();
    expect(sniffed.swapSuggested).toBe(true);
  });

  it('reads semicolon-separated files', async () => {
    const { dataset } = await importBlob(
      csvBlob('date;lat;lon;title\n2024-01-01;33,5;40,25;One\n'),
      'semi.csv',
    );
    expect(dataset.events[0]?.site).toMatchObject({ lat: 33.5, lon: 40.25 });
  });
});

describe('GeoJSON points', () => {
  it('loads points with a date property; other shapes are listed without a place', async () => {
    const json = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [39.1, 33.3] },
          properties: { date: '2024-01-28', name: 'A' },
        },
        {
          type: 'Feature',
          geometry: { type: 'Polygon', coordinates: [] },
          properties: { date: '2024-01-29', name: 'B' },
        },
        { type: 'Feature', geometry: null, properties: { date: 'soon', name: 'C' } },
      ],
    };
    const { sniffed, result, dataset } = await importBlob(new Blob([JSON.stringify(json)]), 'p.geojson');
    expect(sniffed.kind).toBe('geojson');
    expect(sniffed.profile).toBe('generic');
    expect(dataset.events.map((e) => [e.date, e.site?.lon ?? null])).toEqual([
      ['2024-01-28', 39.1],
      ['2024-01-29', null],
    ]);
    expect(result.issues).toEqual([
      { row: 3, column: 'date', message: expect.stringMatching(/“soon” is not a date/) },
    ]);
    expect(result.notes.join(' ')).toMatch(/1 feature had a shape other than a point/);
  });

  it('refuses JSON that is not GeoJSON, and a .geojson that is not JSON', async () => {
    await expect(new ImportJob(new Blob(['{"a":1}']), 'a.json').sniff()).rejects.toThrow(/not GeoJSON/);
    await expect(new ImportJob(new Blob(['{"a":']), 'a.json').sniff()).rejects.toThrow(/not valid JSON/);
    await expect(new ImportJob(csvBlob('a,b\n1,2'), 'a.geojson').sniff()).rejects.toThrow(
      /does not start like JSON/,
    );
  });
});

describe('files that are not what they claim', () => {
  it('refuses an empty file', async () => {
    await expect(new ImportJob(new Blob([]), 'e.csv').sniff()).rejects.toThrow(
      'The file is empty (0 bytes).',
    );
  });

  it('refuses a file past the limit from its size alone, before reading any of it', async () => {
    let read = false;
    const huge = {
      size: 500_000_000,
      slice() {
        read = true;
        throw new Error('read');
      },
    } as unknown as Blob;
    const refused = new ImportJob(huge, 'big.csv').sniff();
    await expect(refused).rejects.toBeInstanceOf(ImportRefused);
    await expect(refused).rejects.toThrow('The file is 500 MB; this page reads CSV files up to 250 MB.');
    expect(read).toBe(false);
    expect(MAX_CSV_BYTES).toBeLessThan(500_000_000);
  });

  it('refuses a workbook and a table-less text, saying what to do', async () => {
    const xlsx = new Blob([new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0])]);
    await expect(new ImportJob(xlsx, 'book.csv').sniff()).rejects.toThrow(
      /Excel \.xlsx workbook.*Save or export it as CSV/,
    );
    await expect(new ImportJob(csvBlob('just some words\n'), 'notes.txt').sniff()).rejects.toThrow(
      /No table found/,
    );
  });
});

describe('encodings', () => {
  /** Windows-1256 bytes for Arabic text, from the decoder's own table. */
  function windows1256(text: string): Uint8Array<ArrayBuffer> {
    const decoder = new TextDecoder('windows-1256');
    const table = new Map<string, number>();
    for (let b = 0x80; b <= 0xff; b += 1) table.set(decoder.decode(new Uint8Array([b])), b);
    return Uint8Array.from(
      [...text].map((ch) => (ch.charCodeAt(0) < 0x80 ? ch.charCodeAt(0) : (table.get(ch) as number))),
    );
  }

  it('decodes a Windows-1256 Arabic file', async () => {
    const bytes = windows1256('date,lat,lon,location\n2024-01-28,33.5,38.6,التنف\n');
    const { sniffed, dataset } = await importBlob(new Blob([bytes]), 'arabic.csv');
    expect(sniffed.encoding).toBe('windows-1256');
    expect(dataset.events[0]?.site?.name).toBe('التنف');
  });

  it('reads a UTF-8 file with a byte-order mark, header included', async () => {
    const bom = new Uint8Array([0xef, 0xbb, 0xbf]);
    const body = new TextEncoder().encode(acledCsv(3));
    const { sniffed, dataset } = await importBlob(new Blob([bom, body]), 'bom.csv');
    expect(sniffed.profile).toBe('acled');
    expect(dataset.events).toHaveLength(3);
  });

  it('keeps characters whole where a slice boundary cuts them', async () => {
    const text = 'a,b\r\n"التنف, ""quoted""",عين الأسد\r\nx,y\r\n';
    const blob = csvBlob(text);
    for (const size of [1, 2, 3, 5, 7]) {
      const got: string[][] = [];
      await readCsv(
        blob,
        'utf-8',
        { delimiter: ',', newline: '\r\n', comments: false },
        { onRecord: (c) => got.push(c.cells()) },
        size,
      );
      expect(got).toEqual([
        ['a', 'b'],
        ['التنف, "quoted"', 'عين الأسد'],
        ['x', 'y'],
      ]);
    }
  });
});
