/**
 * The app's own flat record (event-record.ts): the CSV export writes it and the importer reads
 * it back, so each cell must say exactly what the event says, and no more.
 */
import { describe, expect, it } from 'vitest';
import { eventRecord, splitList } from '../../src/data/event-record';
import { parseDataset } from '../../src/data/parse-dataset';
import { rawFiles } from '../support/fixture';

const data = parseDataset(rawFiles());
const tanf = data.eventById.get('e1-tanf');
if (!tanf) throw new Error('fixture lacks e1-tanf');

describe('eventRecord', () => {
  it('writes the sources, the counts and the place, with an empty cell for no value', () => {
    const withNames = {
      ...tanf,
      site: { ...(tanf.site as NonNullable<typeof tanf.site>), altNames: ['At Tanf', 'Tanf'] },
    };
    const record = eventRecord({ ...withNames, usKilled: null, usWounded: 2 });
    expect(record.sources).toBe(tanf.sources.map((s) => s.url).join(' | '));
    expect(record.sources).not.toBe('');
    expect([record.us_killed, record.us_wounded]).toEqual(['', '2']);
    expect(record.site_alt_names).toBe('At Tanf | Tanf');
    expect(record.site_name).toBe('Al-Tanf Garrison');
  });

  it('leaves every place cell empty for an event whose site is missing', () => {
    const record = eventRecord({ ...tanf, site: undefined });
    const place = Object.entries(record).filter(([k]) => k.startsWith('site_') && k !== 'site_id');
    expect(place.length).toBeGreaterThan(5);
    expect(Object.fromEntries(place)).toEqual(Object.fromEntries(place.map(([k]) => [k, ''])));
    expect([
      record.admin1,
      record.latitude,
      record.longitude,
      record.coord_precision,
      record.coord_source,
    ]).toEqual(['', '', '', '', '']);
    expect(record.site_id).toBe(tanf.siteId);
  });
});

describe('splitList', () => {
  it('splits at bars with or without spaces, trims, and drops empty items', () => {
    expect(splitList(' a | b ')).toEqual(['a', 'b']);
    expect(splitList('a|b')).toEqual(['a', 'b']);
    expect(splitList('ab |cd| ef')).toEqual(['ab', 'cd', 'ef']);
    expect(splitList('a | | b')).toEqual(['a', 'b']);
    expect(splitList('')).toEqual([]);
  });
});
