import { describe, expect, it } from 'vitest';
import { checkDataset } from '../../src/data/check-dataset';
import { parseDataset } from '../../src/data/parse-dataset';
import { loadRealFiles, readJson } from './load-files';

const raw = loadRealFiles();
const dataset = parseDataset(raw);

// Ids of sites.csv in the research notes (28 places); the dataset must keep every one.
const RESEARCH_SITE_IDS = [
  'al-asad-airbase',
  'harir-airbase',
  'erbil-airport',
  'victory-base-baghdad',
  'us-embassy-baghdad',
  'al-tanf',
  'rukban-camp-area',
  'tower-22',
  'al-shaddadi',
  'al-omar-green-village',
  'conoco-gas-field',
  'mss-euphrates',
  'kharab-al-jir',
  'rmelan',
  'tal-baydar',
  'qasrak',
  'al-malikiyah',
  'abu-kamal',
  'al-mayadin',
  'deir-ez-zor',
  'jurf-al-sakhar',
  'al-qaim',
  'akashat',
  'hillah-babil',
  'abu-ghraib',
  'kirkuk-area',
  'baghdad-palestine-street',
  'baghdad-mashtal',
];

describe('the committed dataset in public/data', () => {
  it('passes every schema and cross-file check', () => {
    expect(checkDataset(raw)).toEqual([]);
  });

  it('keeps every researched site, and leaves the three unsourced ones without a point', () => {
    expect(dataset.sites.map((s) => s.id).sort()).toEqual([...RESEARCH_SITE_IDS].sort());
    const unlocated = dataset.sites.filter((s) => s.lon === null).map((s) => s.id);
    expect(unlocated.sort()).toEqual(['akashat', 'qasrak', 'rukban-camp-area']);
    for (const id of unlocated) expect(dataset.siteById.get(id)?.coordPrecision).toBe('unknown');
  });

  it('holds at least the 103 researched events plus the seed al-Tanf report', () => {
    expect(dataset.events.length).toBeGreaterThanOrEqual(104);
    const seed = dataset.eventById.get('2023-10-29-tanf-drones');
    expect(seed?.status).toBe('reported_by_media');
    expect(seed?.sources[0]).toContain('sputnikglobe.com/20231029/');
  });

  it('records the Bashur window and the weak dates honestly', () => {
    const bashur = dataset.eventById.get('2023-10-20-bashur-drones');
    expect([bashur?.datePrecision, bashur?.dateEnd]).toEqual(['window', '2023-10-22']);
    for (const id of ['2023-10-29-kharab-al-jir-drone', '2023-12-11-shaddadi-rockets']) {
      expect(dataset.eventById.get(id)?.datePrecision).toBe('inferred');
    }
  });

  it('covers fewer attacks on US forces than the 168 officially counted, and says so', () => {
    const attacks = dataset.events.filter((e) => e.direction === 'attack_on_us').length;
    const last = dataset.counts.at(-1);
    expect(last?.total).toBe(168);
    expect(attacks).toBeGreaterThan(86);
    expect(attacks).toBeLessThan(200);
  });

  it('keeps official counts in date order with non-decreasing totals', () => {
    const totals = dataset.counts.map((c) => c.total);
    expect(totals).toEqual([...totals].sort((a, b) => a - b));
    const file = readJson('official-counts.json') as { otherTallies: unknown[] };
    expect(file.otherTallies.length).toBeGreaterThan(0);
  });
});
