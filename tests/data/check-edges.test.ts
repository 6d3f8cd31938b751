/**
 * The data rules at their edges: the exact limits (30 characters, two days, a version's
 * shape), each field a rule reads, and the records a rule must not excuse or fault. Each case
 * is a message a data maintainer would get wrong, or miss, if the rule drifted.
 */
import { describe, expect, it } from 'vitest';
import { checkDataset } from '../../src/data/check-dataset';
import { event, files, site, source } from './fixtures';

const at = (lon: number, lat: number) => ({ type: 'Point', coordinates: [lon, lat] });

describe('record and file identity', () => {
  it('names a Feature id that differs from properties.id, in either file', () => {
    const e = { ...event('e1'), id: 'e-one' };
    const s = { ...site('asad', [42.44, 33.79]), id: 'ain-al-asad' };
    expect(checkDataset(files([e], [s]))).toEqual([
      'sites.geojson #0 (asad) id: Feature id "ain-al-asad" differs from properties.id',
      'events.geojson #0 (e1) id: Feature id "e-one" differs from properties.id',
    ]);
  });

  it('needs no Feature id, and reads past records with no properties or no record at all', () => {
    // The Feature id is optional; a broken record is reported once, by the schema, and the
    // rules that read every raw record (ids, positions) pass over it.
    const { id: _unused, ...withoutId } = event('e1');
    expect(checkDataset(files([withoutId]))).toEqual([]);
    const bare = { type: 'Feature', id: 'bare', geometry: null };
    expect(checkDataset(files([null, bare, event('e1')]))).toEqual([
      'events.geojson #0 (record): Invalid input: expected object, received null',
      'events.geojson #1 (bare) properties: Invalid input: expected object, received undefined',
    ]);
  });

  it('reports an event at a site the dataset lacks once, and still checks the rest', () => {
    const lost = event('e1', { siteId: 'nowhere' });
    const moved = { ...event('e2', { date: '2023-11-19' }), geometry: at(42.5, 33.79) };
    expect(checkDataset(files([lost, moved]))).toEqual([
      'events.geojson #0 (e1) siteId: names a site that does not exist ("nowhere")',
      'events.geojson #1 (e2) geometry: must equal the point of site "asad" [42.44, 33.79]',
    ]);
  });

  it('points a rule at the loaded copy of an exact duplicate, the first', () => {
    const moved = { ...event('e1'), geometry: at(42.5, 33.79) };
    expect(checkDataset(files([moved, moved]))).toEqual([
      'events.geojson #1 (e1) id: repeats feature #0 exactly; one copy is loaded',
      'events.geojson #0 (e1) geometry: must equal the point of site "asad" [42.44, 33.79]',
    ]);
  });

  it('accepts any semantic version, and refuses one with a prefix, a suffix or two parts', () => {
    const versioned = (v: string) => {
      const raw = files([event('e1')]);
      for (const f of [raw.sites, raw.events, raw.counts]) (f as { version: string }).version = v;
      return checkDataset(raw);
    };
    expect(versioned('10.12.3')).toEqual([]);
    expect(versioned('2.0.10')).toEqual([]);
    for (const bad of ['v2.0.0', '2.0.0-rc', '2.0']) {
      expect(versioned(bad)).toEqual([
        'sites.geojson version: must be a semantic version like "1.0.0"',
        'events.geojson version: must be a semantic version like "1.0.0"',
        'official-counts.json version: must be a semantic version like "1.0.0"',
      ]);
    }
  });
});

describe("an event's point, dates and country", () => {
  it('names a moved latitude, and a missing point at a located site', () => {
    const north = { ...event('e1'), geometry: at(42.44, 34) };
    const none = { ...event('e2', { date: '2023-11-19' }), geometry: null };
    const message = (id: string, n: number) =>
      `events.geojson #${n} (${id}) geometry: must equal the point of site "asad" [42.44, 33.79]`;
    expect(checkDataset(files([north, none]))).toEqual([message('e1', 0), message('e2', 1)]);
  });

  it('needs datePrecision "window" when dateEnd is set', () => {
    expect(checkDataset(files([event('e1', { dateEnd: '2023-10-20' })]))).toEqual([
      'events.geojson #0 (e1) dateEnd: must be set exactly when datePrecision is "window"',
    ]);
  });

  it("names an event whose country is not its site's", () => {
    expect(checkDataset(files([event('e1', { country: 'SY' })]))).toEqual([
      'events.geojson #0 (e1) country: must match site "asad" (IQ)',
    ]);
  });
});

describe('summaries', () => {
  it('accepts 30 characters with a space, and refuses 29, or one long word', () => {
    const thirty = 'Drones hit the base at night.x';
    expect(thirty).toHaveLength(30);
    expect(checkDataset(files([event('e1', { summary: thirty })]))).toEqual([]);
    const short = 'must be a one-sentence summary (30 characters or more)';
    expect(checkDataset(files([event('e1', { summary: thirty.slice(0, 29) })]))).toEqual([
      `events.geojson #0 (e1) summary: ${short}`,
    ]);
    expect(checkDataset(files([event('e1', { summary: 'x'.repeat(40) })]))).toEqual([
      `events.geojson #0 (e1) summary: ${short}`,
    ]);
  });
});

describe('distinctFrom', () => {
  it('does not take notes of blank space as the reason', () => {
    const a = event('e1', { distinctFrom: ['e2'], notes: '   ' });
    const b = event('e2', { date: '2023-10-21', distinctFrom: ['e1'], notes: 'Drones, not the rockets.' });
    expect(checkDataset(files([a, b]))).toEqual([
      'events.geojson #0 (e1) notes: must say why the events in distinctFrom are separate',
    ]);
  });

  it('refuses an event that names itself', () => {
    const e = event('e1', { distinctFrom: ['e1'], notes: 'Kept apart from itself.' });
    expect(checkDataset(files([e]))).toEqual([
      'events.geojson #0 (e1) distinctFrom: names "e1", which is not another event',
    ]);
  });
});

describe('sources as evidence', () => {
  const confirmed = (s: Record<string, unknown>) =>
    checkDataset(files([event('e1', { sources: [source(s)] })]));
  const noEvidence =
    'events.geojson #0 (e1) status: confirmed_by_us_officials needs an official source, or a wire or ' +
    'major-outlet report (or a page relaying one) marked quotesUsOfficial';

  it('accepts a major outlet quoting a US official', () => {
    expect(confirmed({ kind: 'major_outlet', publisher: 'CNN', quotesUsOfficial: true })).toEqual([]);
  });

  it('refuses a regional page quoting a US official without naming whom it relays', () => {
    expect(confirmed({ kind: 'regional', publisher: 'Shafaq News', quotesUsOfficial: true })).toEqual([
      noEvidence,
    ]);
  });

  it('reads a relay that names several outlets, or adds a remark in brackets', () => {
    const relay = (relays: string) =>
      confirmed({ kind: 'regional', publisher: 'KSL TV', relays, quotesUsOfficial: true });
    expect(relay('Shafaq News and Associated Press')).toEqual([]);
    expect(relay('Shafaq News, Reuters')).toEqual([]);
    expect(relay('AFP (in French)')).toEqual([]);
    // Written tight, without the spaces.
    expect(relay('Shafaq News,Reuters')).toEqual([]);
    expect(relay('Reuters(in English)')).toEqual([]);
    expect(relay('Shafaq News and Press TV')).toEqual([noEvidence]);
  });

  it('names a source without a publisher, even an official one', () => {
    expect(confirmed({ publisher: null })).toEqual([
      'events.geojson #0 (e1) sources.0.publisher: a source needs a title, publisher and kind',
    ]);
  });

  it('requires a source for US killed alone', () => {
    expect(checkDataset(files([event('e1', { usKilled: 1 })]))).toEqual([
      'events.geojson #0 (e1) casualtySource: must name the source of the killed and wounded counts',
    ]);
  });
});

describe('vocabulary and reader-facing text', () => {
  it('excuses a missing Arabic name only for an unlocated place', () => {
    const notes = 'No source giving its Arabic spelling was found.';
    const located = site('asad', [42.44, 33.79], { nameAr: null, nameArSource: null, notes });
    expect(checkDataset(files([], [located]))).toEqual([
      'sites.geojson #0 (asad) nameAr: must give the Arabic name in Arabic script',
      'sites.geojson #0 (asad) nameArSource: must cite where the Arabic name comes from',
    ]);
    const latin = site('claimed', null, { nameAr: 'Qasrak', nameArSource: null, notes });
    expect(checkDataset(files([], [site('asad', [42.44, 33.79]), latin]))).toEqual([
      'sites.geojson #1 (claimed) nameAr: must give the Arabic name in Arabic script',
      'sites.geojson #1 (claimed) nameArSource: must cite where the Arabic name comes from',
    ]);
  });

  it('checks a place name, and every text field of an event', () => {
    const named = site('asad', [42.44, 33.79], { name: 'Ain al-Asad (VERIFY)' });
    const e = event('e1', {
      summary: 'Drones were flown at the base, see www.example.org.',
      weapons: 'TBD',
      casualties: 'src: a local page',
    });
    expect(checkDataset(files([e], [named]))).toEqual([
      'events.geojson #0 (e1) summary: reader-facing text contains a raw URL (cite it as a source instead)',
      'events.geojson #0 (e1) weapons: reader-facing text contains a to-do marker',
      'events.geojson #0 (e1) casualties: reader-facing text contains the abbreviation "src"',
      'sites.geojson #0 (asad) name: reader-facing text contains an all-capitals research label (such as "DISAGREEMENT:")',
    ]);
  });

  it("checks an official count's injured text, and reports an empty count instead of failing", () => {
    const raw = files([event('e1')]);
    (raw.counts as { counts: unknown[] }).counts = [
      {
        date: '2023-10-24',
        total: 13,
        qualifier: 'exact',
        iraq: null,
        syria: null,
        injured: '~60 injured',
        sources: ['https://example.org/c'],
        notes: null,
      },
      null,
    ];
    const messages = checkDataset(raw);
    expect(messages).toContain(
      'official-counts.json #0 injured: reader-facing text contains an approximation sign (write "about")',
    );
    expect(messages.filter((m) => m.startsWith('official-counts.json #1'))).toHaveLength(1);
  });
});

describe('positions', () => {
  it('names a source described two ways by the line of the later event in the file, with every field that differs', () => {
    // In date order e2 comes second; in the file it is on line #2, and the message must say so.
    const again = source({ title: 'Another headline', publisher: 'Another desk' });
    const conflicting = event('e2', { date: '2023-11-19', sources: [again] });
    const last = event('e3', { date: '2023-12-19' });
    expect(checkDataset(files([last, event('e1'), conflicting]))).toEqual([
      'events.geojson #2 (e2) sources.0: describes this URL differently from "e1" (title, publisher)',
    ]);
  });

  it('names an event by its line in the file, not by its place in date order', () => {
    const later = event('e2', { date: '2023-11-20' });
    const moved = {
      ...event('e1', {
        date: '2023-10-01',
        timeUtc: '23:30',
        summary: 'Short.',
        claimedBy: 'KH',
        notes: 'TODO',
        usWounded: 2,
        distinctFrom: ['e9'],
        sources: [source({ url: 'https://example.org/unnamed', publisher: null, kind: 'regional' })],
      }),
      geometry: at(42.5, 33.79),
    };
    const near = event('e3', {
      date: '2023-10-02',
      summary: 'Short.',
      sources: [source({ title: 'Other' })],
    });
    const messages = checkDataset(files([later, moved, near]));
    const about = (n: number, id: string) =>
      messages.filter((m) => m.startsWith(`events.geojson #${n} (${id}) `));
    const fields = (n: number, id: string) => about(n, id).map((m) => m.split(' ')[3]?.replace(':', ''));
    // The file lists e2, e1, e3; by date they are e1, e3, e2.
    expect(fields(1, 'e1')).toEqual([
      'geometry',
      'distinctFrom',
      'date',
      'summary',
      'distinctFrom',
      'timeUtc',
      'sources.0.publisher',
      'status',
      'casualtySource',
      'claimedBy',
      'notes',
    ]);
    // e3 also repeats e1's summary; e2 describes the source it shares with e3 differently.
    expect(fields(2, 'e3')).toEqual(['date', 'summary', 'summary', 'distinctFrom']);
    expect(fields(0, 'e2')).toEqual(['sources.0']);
    expect(messages).toHaveLength(16);
  });

  it('names a place by its line in the file when an exact copy before it was dropped', () => {
    const asad = site('asad', [42.44, 33.79]);
    const sites = [asad, asad, site('tanf', [38.61, 33.5], { country: 'SY', nameAr: 'Tanf', notes: 'TODO' })];
    expect(checkDataset(files([], sites))).toEqual([
      'sites.geojson #1 (asad) id: repeats feature #0 exactly; one copy is loaded',
      'sites.geojson #2 (tanf) notes: reader-facing text contains a to-do marker',
      'sites.geojson #2 (tanf) nameAr: must give the Arabic name in Arabic script',
    ]);
  });
});

describe('official counts', () => {
  it('checks an official count after the declared coverage, and a counts file without a list', () => {
    const raw = files([event('e1')]);
    (raw.counts as { counts: unknown[] }).counts = [
      {
        date: '2025-01-01',
        total: 1,
        qualifier: 'exact',
        iraq: null,
        syria: null,
        injured: null,
        sources: ['https://example.org/c'],
        notes: null,
      },
    ];
    expect(checkDataset(raw)).toEqual([
      'official-counts.json #0 date: must fall inside the declared coverage (2023-10-17 to 2024-12-31)',
    ]);
    for (const counts of [null, { description: 'no list', version: '2.0.0' }]) {
      expect(checkDataset({ ...files([event('e1')]), counts })).toContain(
        'official-counts.json counts: has no "counts" list, so the coverage line is not shown',
      );
    }
  });
});
