/**
 * The importer's columns (dictionary-coded text, typed numbers, sorted by day then id) against
 * the plain way of building the same events: on generated rows, with repeated and distinct
 * values, nulls, date windows, shared and unique sources, the dataset the page builds from the
 * columns must hold exactly the events a direct object-by-object build gives, in the same order.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { datasetFromColumns } from '../../src/data/dataset-from-columns';
import { transferables } from '../../src/data/event-columns';
import type { AtlasEvent, Site } from '../../src/data/model';
import { DATE_PRECISIONS, DIRECTIONS, EVENT_TYPES, type Source, STATUSES } from '../../src/data/schema';
import { plainSource } from '../../src/data/source-codec';
import { formatCivilDate } from '../../src/shared/civil-date';
import { ColumnsBuilder, type Draft } from '../../src/import/columns-builder';
import { propertyRuns } from '../support/property-runs';

const SLOW = { timeout: 60_000 };
const FIRST = 19_650;

const SITES: Site[] = [0, 1, 2].map((i) => ({
  id: `place-${i}`,
  name: `Place ${i}`,
  altNames: [],
  nameAr: null,
  nameArSource: null,
  country: 'IQ',
  admin1: null,
  kind: 'other',
  coordPrecision: 'town',
  coordSource: 'test',
  notes: null,
  lon: 44 + i,
  lat: 33,
}));

/** A few values that repeat, so dictionaries share; null sometimes. */
const few = (values: string[]) => fc.option(fc.constantFrom(...values), { nil: null });
const detailed: Source = { ...plainSource('https://example.org/a'), title: 'A report', kind: 'wire' };

const draft: fc.Arbitrary<Draft> = fc
  .record({
    id: fc.oneof(fc.constantFrom('a', 'b', 'c', 'ab', 'B'), fc.stringMatching(/^[a-z0-9-]{1,6}$/)),
    day: fc.integer({ min: FIRST, max: FIRST + 20 }),
    dayEnd: fc.constant(0),
    span: fc.integer({ min: 0, max: 3 }),
    timeUtc: few(['12:30', '03:00']),
    datePrecision: fc.constantFrom(...DATE_PRECISIONS),
    site: fc.integer({ min: 0, max: 2 }),
    country: fc.constantFrom('IQ', 'SY', ''),
    type: fc.constantFrom(...EVENT_TYPES),
    direction: fc.constantFrom(...DIRECTIONS),
    status: fc.constantFrom(...STATUSES),
    claimedBy: few(['Kataib Hezbollah', 'Islamic Resistance in Iraq']),
    attributedTo: few(['Iran']),
    weapons: few(['rockets', 'drone']),
    casualties: fc.option(fc.string({ maxLength: 12 }), { nil: null }),
    usKilled: fc.option(fc.integer({ min: 0, max: 5 }), { nil: null }),
    usWounded: fc.option(fc.integer({ min: 0, max: 50 }), { nil: null }),
    casualtySource: few(['CENTCOM']),
    summary: fc.oneof(fc.constant('Same words'), fc.string({ maxLength: 30 }), fc.constant('x'.repeat(250))),
    notes: fc.option(fc.oneof(fc.constant('ACLED event type: Battles.'), fc.string({ maxLength: 20 })), {
      nil: null,
    }),
    distinctFrom: fc.array(fc.constantFrom('a', 'b', 'zz'), { maxLength: 2 }),
    sources: fc.oneof(
      fc.constant([] as Source[]),
      fc.constant([plainSource('https://example.org/1')]),
      fc.constant([detailed, plainSource('https://example.org/2')]),
      fc.webUrl().map((url) => [plainSource(url)]),
    ),
  })
  .map(({ span, ...d }): Draft => ({ ...d, sources: [...d.sources], dayEnd: d.day + span }));

/** Today's shape of an event, made directly from the row (what the columns must reproduce). */
function reference(drafts: Draft[]): Omit<AtlasEvent, 'index'>[] {
  const byDayThenId = [...drafts].sort((a, b) => a.day - b.day || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return byDayThenId.map((d) => ({
    id: d.id,
    date: formatCivilDate(d.day),
    dateEnd: d.dayEnd === d.day ? null : formatCivilDate(d.dayEnd),
    timeUtc: d.timeUtc,
    datePrecision: d.datePrecision,
    siteId: SITES[d.site]?.id ?? '',
    country: d.country,
    type: d.type,
    direction: d.direction,
    claimedBy: d.claimedBy,
    attributedTo: d.attributedTo,
    weapons: d.weapons,
    casualties: d.casualties,
    usKilled: d.usKilled,
    usWounded: d.usWounded,
    casualtySource: d.casualtySource,
    status: d.status,
    summary: d.summary,
    sources: d.sources,
    notes: d.notes,
    distinctFrom: d.distinctFrom,
    day: d.day,
    dayEnd: d.dayEnd,
    site: SITES[d.site],
  }));
}

describe('imported events as columns', () => {
  it('build the same events, in the same order, as building them one by one', SLOW, async () => {
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(draft, { selector: (d) => d.id, maxLength: 60 }), async (drafts) => {
        const builder = new ColumnsBuilder();
        for (const d of drafts) builder.push(d);
        const columns = builder.finish();
        // What crosses from the worker: every typed array can be transferred.
        const buffers = transferables(columns);
        expect(buffers.every((b) => b instanceof ArrayBuffer)).toBe(true);
        // All of them: nine number columns, and each text field's codes and dictionary ends.
        const all = [
          ...[columns.day, columns.dayEnd, columns.site, columns.type, columns.direction].map(
            (a) => a.buffer,
          ),
          ...[columns.status, columns.datePrecision, columns.usKilled, columns.usWounded].map(
            (a) => a.buffer,
          ),
          ...Object.values(columns.text).flatMap((t) => [t.codes.buffer, t.dict.ends.buffer]),
        ];
        expect(buffers).toHaveLength(all.length);
        for (const b of all) expect(buffers).toContain(b);
        const dataset = await datasetFromColumns(columns, SITES, 'test');
        const events = dataset.events.map(({ index, ...rest }, i) => {
          expect(index).toBe(i);
          return rest;
        });
        expect(events).toEqual(reference(drafts));
        for (const e of dataset.events) expect(dataset.eventById.get(e.id)).toBe(e);
        // The places are found by id (hover cards and the panel name them), and imported data
        // brings no official counts and no issues of its own.
        for (const site of SITES) expect(dataset.siteById.get(site.id)).toBe(site);
        expect(dataset.counts).toEqual([]);
        expect(dataset.issues).toEqual([]);
        const days = drafts.flatMap((d) => [d.day, d.dayEnd]);
        if (drafts.length > 0) expect(dataset.extent).toEqual([Math.min(...days), Math.max(...days)]);
      }),
      { numRuns: propertyRuns(300) },
    );
  });

  it('build the same dataset however the build is sliced', SLOW, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(draft, { selector: (d) => d.id, minLength: 1, maxLength: 60 }),
        fc.constantFrom(1, 2, 7, 5_000),
        async (drafts, slice) => {
          const builder = new ColumnsBuilder();
          for (const d of drafts) builder.push(d);
          const columns = builder.finish();
          const whole = await datasetFromColumns(columns, SITES, 'test');
          const reported: number[] = [];
          let pauses = 0;
          const sliced = await datasetFromColumns(
            columns,
            SITES,
            'test',
            async () => {
              pauses += 1;
            },
            (built) => reported.push(built),
            { slice },
          );
          expect(sliced.events).toEqual(whole.events);
          expect([...sliced.eventById.keys()]).toEqual([...whole.eventById.keys()]);
          expect(sliced.extent).toEqual(whole.extent);
          // One report per slice, rising to every event, with a pause between two slices.
          expect(reported.at(-1)).toBe(drafts.length);
          expect(reported).toEqual([...reported].sort((a, b) => a - b));
          expect(reported.length).toBe(Math.ceil(drafts.length / slice));
          expect(pauses).toBe(reported.length - 1);
        },
      ),
      { numRuns: propertyRuns(100) },
    );
  });

  it('end a slice once it has run its time, and still build the same events', async () => {
    const drafts = fc.sample(
      fc.uniqueArray(draft, { selector: (d) => d.id, minLength: 600, maxLength: 700 }),
      {
        numRuns: 1,
        seed: 7,
      },
    )[0] as Draft[];
    const builder = new ColumnsBuilder();
    for (const d of drafts) builder.push(d);
    const columns = builder.finish();
    const whole = await datasetFromColumns(columns, SITES, 'test');
    const reported: number[] = [];
    // A budget every slice has overrun: each ends at the first check, every 256 events.
    const sliced = await datasetFromColumns(
      columns,
      SITES,
      'test',
      () => Promise.resolve(),
      (n) => reported.push(n),
      { sliceMs: -1 },
    );
    expect(drafts.length).toBeGreaterThan(512);
    expect(reported).toEqual([256, 512, drafts.length]);
    expect(sliced.events).toEqual(whole.events);
  });

  it('end a slice only once it has run longer than its budget', async () => {
    const drafts = fc.sample(
      fc.uniqueArray(draft, { selector: (d) => d.id, minLength: 1300, maxLength: 1400 }),
      { numRuns: 1, seed: 7 },
    )[0] as Draft[];
    const builder = new ColumnsBuilder();
    for (const d of drafts) builder.push(d);
    const columns = builder.finish();
    // A clock that moves 10 ms each time it is read: the slice reads it as it starts and every
    // 256 events, so 40 ms have passed at event 1,024 (not yet over the budget) and 50 ms at 1,280.
    let now = 0;
    const clock = vi.spyOn(performance, 'now').mockImplementation(() => {
      now += 10;
      return now;
    });
    const reported: number[] = [];
    try {
      await datasetFromColumns(
        columns,
        SITES,
        'test',
        () => Promise.resolve(),
        (n) => reported.push(n),
        { sliceMs: 40 },
      );
    } finally {
      clock.mockRestore();
    }
    expect(reported).toEqual([1280, drafts.length]);
  });

  it('share one string among the events that hold the same value', async () => {
    const base = { day: FIRST, dayEnd: FIRST, timeUtc: null, datePrecision: 'exact', site: 0 } as const;
    const builder = new ColumnsBuilder();
    for (const id of ['e1', 'e2', 'e3']) {
      builder.push({
        ...base,
        id,
        country: 'IQ',
        type: 'rocket_attack',
        direction: 'attack_on_us',
        status: 'claimed_only',
        claimedBy: `Kataib ${'Hezbollah'}`,
        attributedTo: null,
        weapons: null,
        casualties: null,
        usKilled: null,
        usWounded: null,
        casualtySource: null,
        summary: `Event ${id}`,
        notes: null,
        distinctFrom: [],
        sources: [plainSource('https://example.org/shared')],
      });
    }
    const columns = builder.finish();
    expect(columns.text.claimedBy.dict.ends).toHaveLength(1);
    const { events } = await datasetFromColumns(columns, SITES, 'test');
    expect(events.map((e) => e.claimedBy)).toEqual([
      'Kataib Hezbollah',
      'Kataib Hezbollah',
      'Kataib Hezbollah',
    ]);
    expect(events[1]?.sources).toBe(events[0]?.sources);
  });
});
