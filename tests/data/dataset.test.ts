import { describe, expect, it } from 'vitest';
import { checkDataset } from '../../src/data/check-dataset';
import { coverage } from '../../src/data/coverage';
import { parseDataset } from '../../src/data/parse-dataset';
import { CLAIMANTS } from '../../src/data/schema';
import { summariseSources } from '../../src/data/source-summary';
import { parseCivilDate } from '../../src/shared/civil-date';
import { loadRealFiles, readJson } from './load-files';

const raw = loadRealFiles();
const dataset = parseDataset(raw);
const event = (id: string) => dataset.eventById.get(id);
const attacks = dataset.events.filter((e) => e.direction === 'attack_on_us');

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

  it('is version 2.0 or later in all three files, and declares what it covers', () => {
    expect(dataset.version).toMatch(/^2\.\d+\.\d+$/);
    expect(dataset.coverage?.start).toBe('2023-10-17');
    expect((dataset.coverage?.end ?? '') >= '2024-12-31').toBe(true);
  });

  it('keeps every researched site, and leaves the unsourced ones without a point', () => {
    const ids = dataset.sites.map((s) => s.id);
    for (const id of RESEARCH_SITE_IDS) expect(ids).toContain(id);
    for (const id of ['akashat', 'qasrak', 'rukban-camp-area']) {
      expect(dataset.siteById.get(id)?.lon).toBeNull();
      expect(dataset.siteById.get(id)?.coordPrecision).toBe('unknown');
    }
  });

  it('gives the researched sites their Arabic names, with a source', () => {
    for (const id of RESEARCH_SITE_IDS) {
      const site = dataset.siteById.get(id);
      expect(site?.nameAr, id).toMatch(/\p{Script=Arabic}/u);
      expect(site?.nameArSource, id).toMatch(/^https?:\/\//);
    }
    expect(dataset.siteById.get('al-tanf')?.nameAr).toBe('قاعدة التنف');
  });

  it('places at least 150 attacks by 7 Feb 2024, the day US officials counted 168', () => {
    expect(attacks.filter((e) => e.date <= '2024-02-07').length).toBeGreaterThanOrEqual(150);
  });

  it('carries the wave on after February 2024, into December 2024', () => {
    const later = dataset.events.filter((e) => e.date > '2024-02-29');
    expect(later.length).toBeGreaterThanOrEqual(30);
    expect(later.some((e) => e.date >= '2024-12-01')).toBe(true);
    expect(later.filter((e) => e.direction === 'us_strike').length).toBeGreaterThanOrEqual(5);
    const asad = event('2024-08-05-asad-rockets');
    expect(asad?.usWounded).toBeGreaterThanOrEqual(5);
    expect(asad?.casualtySource).not.toBeNull();
  });

  it('fixes the errors the 1.1.0 review found', () => {
    // No attack took place when the contractor died; and three double entries are merged.
    for (const gone of [
      '2023-10-18-asad-contractor-death',
      '2023-10-31-shaddadi-drone',
      '2023-11-07-harir-claim',
      '2023-11-20-asad-drone-claim',
    ]) {
      expect(event(gone), gone).toBeUndefined();
    }
    expect(event('2024-01-08-asad-launcher-us-strike')?.status).toBe('disputed');
    expect(event('2023-11-03-erbil-airbase')?.status).toBe('claimed_only');
    expect(event('2023-11-18-tal-baydar-drone')).toMatchObject({
      status: 'confirmed_by_us_officials',
      date: '2023-11-17',
      usWounded: 1,
    });
    // The 2 Feb retaliation began at midnight local time, on 3 Feb.
    for (const e of dataset.events.filter((x) => x.id.startsWith('2024-02-02-'))) {
      expect([e.date, e.timeUtc]).toEqual(['2024-02-03', '21:00']);
    }
    expect(event('2023-12-26-shaddadi-claim')).toMatchObject({
      datePrecision: 'exact',
      status: 'reported_by_media',
    });
  });

  it('records the attack on Erbil of 26 Oct 2023 that the Pentagon described', () => {
    const erbil = dataset.events.filter((e) => e.siteId === 'erbil-airport' && e.date === '2023-10-26');
    expect(erbil.length).toBeGreaterThan(0);
    expect(erbil.some((e) => e.status === 'confirmed_by_us_officials')).toBe(true);
  });

  it('spells every claimant one way, and marks US attribution apart from the claim', () => {
    const spelled = new Set(dataset.events.flatMap((e) => [e.claimedBy, e.attributedTo]).filter(Boolean));
    for (const name of spelled) expect(CLAIMANTS).toContain(name);
    expect(event('2023-12-25-erbil-drone')?.attributedTo).toBe('Kataib Hezbollah');
  });

  it('gives every source a title, publisher and kind, and many events an established outlet', () => {
    const sources = dataset.events.flatMap((e) => e.sources);
    expect(sources.every((s) => s.title && s.publisher && s.kind)).toBe(true);
    const direct = dataset.events.filter((e) =>
      e.sources.some((s) => s.kind === 'official' || s.kind === 'wire' || s.kind === 'major_outlet'),
    );
    const withCopies = dataset.events.filter((e) => summariseSources(e.sources).establishedPress);
    // 1.1.0: 43 of 136 (32%) by a rough check of host names.
    expect(direct.length / dataset.events.length).toBeGreaterThan(0.35);
    expect(withCopies.length / dataset.events.length).toBeGreaterThan(0.42);
  });

  // The coverage note (src/app/coverage-note.tsx, tested in tests/integration/app.test.tsx)
  // prints these two numbers; here they are checked against the data itself.
  it("lists fewer attacks on US forces than the latest official count, by that count's date", () => {
    const last = dataset.counts.reduce((a, c) => (c.date >= a.date ? c : a));
    const cutoff = parseCivilDate(last.date) as number;
    const attacks = dataset.events.filter((e) => e.direction === 'attack_on_us' && e.day <= cutoff).length;
    expect(coverage(dataset)).toMatchObject({ official: { total: last.total }, listed: attacks });
    expect(attacks).toBeGreaterThan(150);
    expect(attacks).toBeLessThan(last.total);
  });

  it('keeps official counts in date order with non-decreasing totals', () => {
    const totals = dataset.counts.map((c) => c.total);
    expect(totals).toEqual([...totals].sort((a, b) => a - b));
    expect(dataset.counts.find((c) => c.date === '2024-02-07')?.total).toBe(168);
    const file = readJson('official-counts.json') as { otherTallies: unknown[] };
    expect(file.otherTallies.length).toBeGreaterThan(0);
  });
});
