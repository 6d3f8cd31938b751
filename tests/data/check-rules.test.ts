/**
 * The rules a curated 2.0 release must meet, each pinned by a fixture that breaks it once.
 * Every message names the file, the feature (position and id) and the field.
 */
import { describe, expect, it } from 'vitest';
import { checkDataset } from '../../src/data/check-dataset';
import { event, files, site, source } from './fixtures';

describe('status needs its evidence', () => {
  const message =
    'events.geojson #0 (e1) status: confirmed_by_us_officials needs an official source, or a wire or ' +
    'major-outlet report (or a page relaying one) marked quotesUsOfficial';

  it('rejects a confirmed event resting only on a regional outlet', () => {
    const sources = [source({ kind: 'regional', publisher: 'Shafaq News' })];
    expect(checkDataset(files([event('e1', { sources })]))).toEqual([message]);
  });

  it('rejects a major outlet that is not marked as quoting a US official', () => {
    const sources = [source({ kind: 'major_outlet', publisher: 'CNN' })];
    expect(checkDataset(files([event('e1', { sources })]))).toEqual([message]);
  });

  it('accepts a wire report quoting a US official, and a faithful relay of one', () => {
    const wire = [source({ kind: 'wire', publisher: 'Reuters', quotesUsOfficial: true })];
    const relay = [
      source({ kind: 'blog_or_aggregator', publisher: 'LBC', relays: 'Reuters', quotesUsOfficial: true }),
    ];
    expect(checkDataset(files([event('e1', { sources: wire })]))).toEqual([]);
    expect(checkDataset(files([event('e1', { sources: relay })]))).toEqual([]);
  });

  it('accepts a relay of an outlet the dataset classes as major, but not of a state outlet', () => {
    const cnn = source({
      url: 'https://example.org/daily',
      kind: 'major_outlet',
      publisher: 'Example Daily',
    });
    const relayCnn = source({
      kind: 'regional',
      publisher: 'KSL TV',
      relays: 'Example Daily',
      quotesUsOfficial: true,
    });
    const relayPressTv = source({
      kind: 'blog_or_aggregator',
      publisher: 'Safir',
      relays: 'Press TV',
      quotesUsOfficial: true,
    });
    const other = event('e2', { date: '2023-11-30', status: 'reported_by_media', sources: [cnn] });
    expect(checkDataset(files([event('e1', { sources: [relayCnn] }), other]))).toEqual([]);
    expect(checkDataset(files([event('e1', { sources: [relayCnn] })]))).toEqual([message]);
    // The wires and the well-known newsrooms count without an example in the data.
    const relayAp = source({
      kind: 'regional',
      publisher: 'KRDO',
      relays: 'Associated Press',
      quotesUsOfficial: true,
    });
    expect(checkDataset(files([event('e1', { sources: [relayAp] })]))).toEqual([]);
    expect(checkDataset(files([event('e1', { sources: [relayPressTv] }), other]))).toEqual([message]);
  });

  it('does not ask for official evidence when the status is lower', () => {
    const sources = [source({ kind: 'state_affiliated', publisher: 'Press TV' })];
    expect(checkDataset(files([event('e1', { sources, status: 'claimed_only' })]))).toEqual([]);
  });
});

describe('every source can be cited', () => {
  it('names each missing title, publisher or kind', () => {
    const sources = [source(), source({ url: 'https://example.org/b', title: null, kind: null })];
    expect(checkDataset(files([event('e1', { sources })]))).toEqual([
      'events.geojson #0 (e1) sources.1.title: a source needs a title, publisher and kind',
      'events.geojson #0 (e1) sources.1.kind: a source needs a title, publisher and kind',
    ]);
  });

  it('flags a bare URL, which loads but cannot be cited', () => {
    const messages = checkDataset(files([event('e1', { sources: ['https://example.org/bare'] })]));
    expect(messages).toContain(
      'events.geojson #0 (e1) sources.0.publisher: a source needs a title, publisher and kind',
    );
  });

  it('rejects one URL described two ways', () => {
    const a = event('e1');
    const b = event('e2', { date: '2023-11-19', sources: [source({ title: 'Another headline' })] });
    expect(checkDataset(files([a, b]))).toEqual([
      'events.geojson #1 (e2) sources.0: describes this URL differently from "e1" (title)',
    ]);
  });

  it('rejects an unknown source kind at load, naming the field', () => {
    const messages = checkDataset(files([event('e1', { sources: [source({ kind: 'rumour_mill' })] })]));
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^events\.geojson #0 \(e1\) sources\.0\.kind: /);
  });
});

describe('casualty counts carry their source', () => {
  it('requires a source for US killed or wounded', () => {
    expect(checkDataset(files([event('e1', { usKilled: 0, usWounded: 3 })]))).toEqual([
      'events.geojson #0 (e1) casualtySource: must name the source of the killed and wounded counts',
    ]);
  });

  it('requires that source to be one of the event’s own', () => {
    const e = event('e1', { usWounded: 3, casualtySource: 'https://example.org/elsewhere' });
    expect(checkDataset(files([e]))).toEqual([
      'events.geojson #0 (e1) casualtySource: must be one of the event’s sources',
    ]);
    const good = event('e1', { usWounded: 3, casualtySource: 'https://example.org/report' });
    expect(checkDataset(files([good]))).toEqual([]);
  });
});

describe('a UTC time on another day than the local date', () => {
  it('is rejected without a note naming the UTC day', () => {
    const e = event('e1', { date: '2023-11-22', timeUtc: '23:30' });
    expect(checkDataset(files([e]))).toEqual([
      'events.geojson #0 (e1) timeUtc: 23:30 UTC falls on 2023-11-21, the day before the local date; ' +
        'notes must say so (e.g. "23:30 UTC on 21 Nov")',
    ]);
  });

  it('is accepted when the notes say it, and a same-day time needs no note', () => {
    const noted = event('e1', {
      date: '2023-11-22',
      timeUtc: '23:30',
      notes: 'At 02:30 local, 23:30 UTC on 21 Nov.',
    });
    const sameDay = event('e2', { date: '2023-12-22', timeUtc: '20:59' });
    expect(checkDataset(files([noted, sameDay]))).toEqual([]);
  });

  it('counts 21:00 UTC as local midnight, the next day, also in a country outside the offset table', () => {
    const midnight = event('e1', { date: '2023-11-22', timeUtc: '21:00' });
    expect(checkDataset(files([midnight]))).toEqual([
      'events.geojson #0 (e1) timeUtc: 21:00 UTC falls on 2023-11-21, the day before the local date; ' +
        'notes must say so (e.g. "21:00 UTC on 21 Nov")',
    ]);
    // Kuwait is not in the table: the wave's UTC+3 applies.
    const kw = site('kw', [47.9, 29.3], { country: 'KW' });
    const inKuwait = {
      ...event('e1', { date: '2023-11-22', timeUtc: '22:15', siteId: 'kw', country: 'KW' }),
      geometry: { type: 'Point', coordinates: [47.9, 29.3] },
    };
    expect(checkDataset(files([inKuwait], [kw]))).toEqual([
      'events.geojson #0 (e1) timeUtc: 22:15 UTC falls on 2023-11-21, the day before the local date; ' +
        'notes must say so (e.g. "22:15 UTC on 21 Nov")',
    ]);
  });

  it('accepts notes that name the UTC day as a date', () => {
    const e = event('e1', {
      date: '2024-01-01',
      timeUtc: '23:10',
      notes: 'Reported at 23:10 UTC (2023-12-31).',
    });
    expect(checkDataset(files([e]))).toEqual([]);
  });
});

describe('two rows at one site within two days', () => {
  it('asks each to name the other in distinctFrom', () => {
    const messages = checkDataset(files([event('e1'), event('e2', { date: '2023-10-21' })]));
    expect(messages).toEqual([
      'events.geojson #0 (e1) distinctFrom: "e2" is at the same site within 2 days: merge them if they are one incident, or list "e2" here and say in notes why they are separate',
      'events.geojson #1 (e2) distinctFrom: "e1" is at the same site within 2 days: merge them if they are one incident, or list "e1" here and say in notes why they are separate',
    ]);
  });

  it('accepts them when both name each other and say why', () => {
    const a = event('e1', { distinctFrom: ['e2'], notes: 'A rocket attack two days before the drone.' });
    const b = event('e2', { date: '2023-10-21', distinctFrom: ['e1'], notes: 'Drones, not the rockets.' });
    expect(checkDataset(files([a, b]))).toEqual([]);
  });

  it('needs a reason in notes, and a real event id', () => {
    const a = event('e1', { distinctFrom: ['e2', 'e9'] });
    const b = event('e2', { date: '2023-10-21', distinctFrom: ['e1'], notes: 'Drones, not the rockets.' });
    expect(checkDataset(files([a, b]))).toEqual([
      'events.geojson #0 (e1) distinctFrom: names "e9", which is not another event',
      'events.geojson #0 (e1) notes: must say why the events in distinctFrom are separate',
    ]);
  });

  it('leaves rows three days apart, or at different sites, alone', () => {
    const sites = [site('asad', [42.44, 33.79]), site('tanf', [38.61, 33.5], { country: 'SY' })];
    const far = event('e2', { date: '2023-10-22' });
    const elsewhere = {
      ...event('e3', { siteId: 'tanf', country: 'SY' }),
      geometry: { type: 'Point', coordinates: [38.61, 33.5] },
    };
    expect(checkDataset(files([event('e1'), far, elsewhere], sites))).toEqual([]);
  });
});

describe('reader-facing text', () => {
  it.each([
    ['DISAGREEMENT: two sources differ.', 'an all-capitals research label (such as "DISAGREEMENT:")'],
    ['DATE WINDOW: either day.', 'an all-capitals research label (such as "DISAGREEMENT:")'],
    ['See the fr.wikipedia copy at https://askwikinow.com/x.', 'a raw URL (cite it as a source instead)'],
    ['Coordinates from a Wikipedia mirror.', 'the word "mirror" (cite the original page)'],
    [
      'Same as 2023-10-29-shaddadi-drone.',
      'an event id (name the event in words; link it with distinctFrom)',
    ],
    ['time_utc derived from the claim.', 'a field or file name (such as time_utc)'],
    ['~10 rockets.', 'an approximation sign (write "about")'],
  ])('rejects research shorthand in notes: %s', (notes, reason) => {
    expect(checkDataset(files([event('e1', { notes })]))).toEqual([
      `events.geojson #0 (e1) notes: reader-facing text contains ${reason}`,
    ]);
  });

  it('checks site notes and official-count notes too', () => {
    const raw = files([], [site('asad', [42.44, 33.79], { notes: 'TODO check the point' })]);
    (raw.counts as { counts: unknown[] }).counts = [
      {
        date: '2023-10-24',
        total: 13,
        qualifier: 'exact',
        iraq: null,
        syria: null,
        injured: null,
        sources: ['https://example.org/c'],
        notes: 'DISAGREEMENT: two totals.',
      },
    ];
    expect(checkDataset(raw)).toEqual([
      'sites.geojson #0 (asad) notes: reader-facing text contains a to-do marker',
      'official-counts.json #0 notes: reader-facing text contains an all-capitals research label (such as "DISAGREEMENT:")',
    ]);
  });
});

describe('the declared coverage', () => {
  it('accepts events and official counts on its first and last day, and a window ending on its last', () => {
    const count = (date: string) => ({
      date,
      total: 1,
      qualifier: 'exact',
      iraq: null,
      syria: null,
      injured: null,
      sources: ['https://example.org/c'],
      notes: null,
    });
    const last = { siteId: 'far', notes: 'Two attacks on the last days.' };
    const raw = files(
      [
        event('e1', { date: '2023-10-17' }),
        event('e2', {
          ...last,
          date: '2024-12-30',
          dateEnd: '2024-12-31',
          datePrecision: 'window',
          distinctFrom: ['e3'],
        }),
        event('e3', { ...last, date: '2024-12-31', distinctFrom: ['e2'] }),
      ],
      [site('asad', [42.44, 33.79]), site('far', [42.44, 33.79])],
    );
    (raw.counts as { counts: unknown[] }).counts = [count('2023-10-17'), count('2024-12-31')];
    expect(checkDataset(raw)).toEqual([]);
  });

  it('rejects an event or an official count outside it', () => {
    const raw = files([event('e1', { date: '2025-01-02' })]);
    (raw.counts as { counts: unknown[] }).counts = [
      {
        date: '2023-10-01',
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
      'events.geojson #0 (e1) date: must fall inside the declared coverage (2023-10-17 to 2024-12-31)',
      'official-counts.json #0 date: must fall inside the declared coverage (2023-10-17 to 2024-12-31)',
    ]);
  });

  it('rejects a window that runs past it, and a file that declares none', () => {
    const e = event('e1', { date: '2024-12-31', dateEnd: '2025-01-01', datePrecision: 'window' });
    expect(checkDataset(files([e]))).toEqual([
      'events.geojson #0 (e1) dateEnd: must fall inside the declared coverage (2023-10-17 to 2024-12-31)',
    ]);
    const raw = files([event('e1')]);
    delete (raw.events as { coverage?: unknown }).coverage;
    expect(checkDataset(raw)).toEqual([
      'events.geojson coverage: must declare the days it covers: { "start", "end" }',
    ]);
  });
});

describe('vocabulary', () => {
  it('rejects a claimant outside the canonical list, in either field', () => {
    const e = event('e1', { claimedBy: 'Islamic Resistance in Iraq (drone)', attributedTo: 'KH' });
    expect(checkDataset(files([e]))).toEqual([
      'events.geojson #0 (e1) claimedBy: "Islamic Resistance in Iraq (drone)" is not in the canonical claimant list (schema CLAIMANTS)',
      'events.geojson #0 (e1) attributedTo: "KH" is not in the canonical claimant list (schema CLAIMANTS)',
    ]);
  });

  it('excuses a place no source locates when its notes say no Arabic spelling was found', () => {
    const quiet = site('claimed', null, {
      nameAr: null,
      nameArSource: null,
      notes: 'Named only in a claim.',
    });
    const said = site('claimed', null, {
      nameAr: null,
      nameArSource: null,
      notes: 'Named only in a claim; no source giving its Arabic spelling was found.',
    });
    expect(checkDataset(files([], [site('asad', [42.44, 33.79]), quiet]))).toEqual([
      'sites.geojson #1 (claimed) nameAr: must give the Arabic name in Arabic script',
      'sites.geojson #1 (claimed) nameArSource: must cite where the Arabic name comes from',
    ]);
    expect(checkDataset(files([], [site('asad', [42.44, 33.79]), said]))).toEqual([]);
  });

  it('requires every site to have an Arabic name and its source', () => {
    const sites = [site('asad', [42.44, 33.79], { nameAr: 'Ain al-Asad', nameArSource: null })];
    expect(checkDataset(files([], sites))).toEqual([
      'sites.geojson #0 (asad) nameAr: must give the Arabic name in Arabic script',
      'sites.geojson #0 (asad) nameArSource: must cite where the Arabic name comes from',
    ]);
  });
});
