/**
 * The fast paths of issue 13 against the code they replaced, kept here as the reference, and
 * against the per-event rules of filter-events.ts: the facet counter, the day histogram, the
 * columnar view (event-table.ts) and the map's tally must give the same answers on generated
 * events, filters, searches and windows, event by event, option by option and day by day.
 */
import { bin } from 'd3-array';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eventTable } from '../../src/data/event-table';
import { type FacetCounts, facetCounts } from '../../src/data/facets';
import {
  effectiveRange,
  failingFilters,
  filteredEvents,
  inRange,
  matchesSearch,
  searchMatcher,
  viewRows,
  visibleEvents,
} from '../../src/data/filter-events';
import { FILTER_KEYS, FILTER_SPECS, type FilterKey } from '../../src/data/filter-spec';
import { type AtlasEvent, type Dataset, EMPTY_DATASET, type Site } from '../../src/data/model';
import { DIRECTIONS, EVENT_TYPES, STATUSES } from '../../src/data/schema';
import { SEVERITIES, severityOf } from '../../src/data/severity';
import type { DayRange, Filters } from '../../src/data/view-types';
import { tallyPoints } from '../../src/map/group-counts';
import { type PlaceIndex, placeIndex } from '../../src/map/place-points';
import { binRows, type DayBin } from '../../src/timeline/day-bins';

/** Every event's bins: the histogram with nothing filtered out. */
const binByDay = (events: readonly AtlasEvent[], extent: DayRange) =>
  binRows(eventTable(events), Int32Array.from(events.keys()), extent);

const SLOW = { timeout: 60_000 };
const FIRST = 19_600;

/** Today's facet counter before issue 13 (failingFilters per event). */
function referenceFacets(events: readonly AtlasEvent[], filters: Filters, search: string, window: DayRange) {
  const counts = Object.fromEntries(FILTER_KEYS.map((key) => [key, new Map()])) as FacetCounts;
  const bump = (key: FilterKey, event: AtlasEvent) => {
    const value = FILTER_SPECS[key].eventValue(event);
    if (value !== null) counts[key].set(value, (counts[key].get(value) ?? 0) + 1);
  };
  const matches = searchMatcher(search);
  for (const event of events) {
    if (!inRange(event, window) || !matches(event)) continue;
    const failing = failingFilters(event, filters);
    if (failing.length === 0) for (const key of FILTER_KEYS) bump(key, event);
    else if (failing.length === 1) bump(failing[0] as FilterKey, event);
  }
  return counts;
}

/** Today's histogram before issue 13 (d3-array's bin, one threshold per day). */
function referenceBins(events: readonly AtlasEvent[], [min, max]: DayRange): DayBin[] {
  const thresholds: number[] = [];
  for (let day = min + 1; day <= max; day += 1) thresholds.push(day);
  const binner = bin<AtlasEvent, number>()
    .value((e) => e.day)
    .domain([min, max + 0.5])
    .thresholds(thresholds);
  return binner(events).map((b, i) => {
    const byType = new Map<string, number>();
    for (const e of b) byType.set(e.type, (byType.get(e.type) ?? 0) + 1);
    const segments: DayBin['segments'] = [];
    let y = 0;
    for (const type of EVENT_TYPES) {
      const n = byType.get(type) ?? 0;
      if (n === 0) continue;
      segments.push({ type, y0: y, y1: y + n });
      y += n;
    }
    return { day: min + i, total: b.length, segments };
  });
}

const SITES: Site[] = ['al-tanf', 'erbil', 'tower-22'].map(
  (id, i) =>
    ({ id, name: `Site ${id}`, nameAr: null, altNames: [`alt ${i}`], country: i ? 'IQ' : 'SY' }) as Site,
);
const CLAIMANTS = ['Kataib Hezbollah', 'Islamic Resistance in Iraq', null];

const eventArb = fc
  .record({
    day: fc.integer({ min: FIRST, max: FIRST + 40 }),
    span: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 5 })),
    type: fc.constantFrom(...EVENT_TYPES),
    direction: fc.constantFrom(...DIRECTIONS),
    status: fc.constantFrom(...STATUSES),
    claimedBy: fc.constantFrom(...CLAIMANTS),
    site: fc.constantFrom(...SITES, undefined),
    word: fc.constantFrom('drone', 'rocket', 'convoy', 'base'),
    killed: fc.constantFrom(null, 0, 1, 3),
    wounded: fc.constantFrom(null, 0, 2),
  })
  .map(
    (r) =>
      ({
        id: `e-${r.day}-${r.word}`,
        index: 0,
        day: r.day,
        dayEnd: r.day + r.span,
        type: r.type,
        direction: r.direction,
        status: r.status,
        claimedBy: r.claimedBy,
        weapons: null,
        summary: `A ${r.word} event`,
        siteId: r.site?.id ?? 'nowhere',
        site: r.site,
        country: r.site?.country ?? 'JO',
        usKilled: r.killed,
        usWounded: r.wounded,
      }) as AtlasEvent,
  );

const subset = <T>(values: readonly T[]) => fc.subarray([...values]);
const filtersArb: fc.Arbitrary<Filters> = fc.record({
  types: subset(EVENT_TYPES),
  directions: subset(DIRECTIONS),
  statuses: subset(STATUSES),
  claimants: subset(['Kataib Hezbollah', 'unclaimed', 'Nobody']),
  countries: subset(['SY', 'IQ', 'JO']),
  sites: subset(['al-tanf', 'erbil', 'nowhere']),
  severities: subset(SEVERITIES),
}) as fc.Arbitrary<Filters>;
const windowArb = fc
  .tuple(fc.integer({ min: FIRST - 5, max: FIRST + 45 }), fc.integer({ min: 0, max: 50 }))
  .map(([start, length]): DayRange => [start, start + length]);
const searchArb = fc.constantFrom('', 'drone', 'tanf', 'kataib', 'alt 2', 'nothing matches', ' ');

const plain = (counts: FacetCounts) =>
  Object.fromEntries(FILTER_KEYS.map((key) => [key, Object.fromEntries([...counts[key]].sort())]));

describe('fast paths give the same answers as the code they replaced', () => {
  it('facet counts: every option of every filter, for any events, filters, search and window', SLOW, () => {
    fc.assert(
      fc.property(
        fc.array(eventArb, { maxLength: 60 }),
        filtersArb,
        searchArb,
        windowArb,
        (events, f, s, w) => {
          expect(plain(facetCounts(events, f, s, w))).toEqual(plain(referenceFacets(events, f, s, w)));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('day bins: the same days, totals and stacks, events outside the extent left out', SLOW, () => {
    fc.assert(
      fc.property(fc.array(eventArb, { maxLength: 80 }), windowArb, (events, extent) => {
        expect(binByDay(events, extent)).toEqual(referenceBins(events, extent));
      }),
      { numRuns: 500 },
    );
  });
});

/** The tally of what each map point holds before issue 13: one pass over the event objects. */
function referenceTally(visible: readonly AtlasEvent[], places: PlaceIndex) {
  const types = EVENT_TYPES.length;
  const count = places.points.length;
  const tally = {
    n: new Int32Array(count),
    byType: new Int32Array(count * types),
    killed: new Int32Array(count),
    wounded: new Int32Array(count),
    first: new Int32Array(count).fill(2 ** 31 - 1),
    last: new Int32Array(count).fill(-(2 ** 31)),
    anyEvent: new Int32Array(count).fill(-1),
    perSite: new Map<string, number>(),
  };
  for (const e of visible) {
    const p = places.pointOfEvent[e.index] ?? -1;
    if (p < 0) continue;
    tally.n[p] = (tally.n[p] as number) + 1;
    const t = p * types + EVENT_TYPES.indexOf(e.type);
    tally.byType[t] = (tally.byType[t] as number) + 1;
    const severity = severityOf(e);
    if (severity === 'killed') tally.killed[p] = (tally.killed[p] as number) + 1;
    else if (severity === 'wounded') tally.wounded[p] = (tally.wounded[p] as number) + 1;
    tally.first[p] = Math.min(tally.first[p] as number, e.day);
    tally.last[p] = Math.max(tally.last[p] as number, e.dayEnd);
    tally.anyEvent[p] = e.index;
    tally.perSite.set(e.siteId, (tally.perSite.get(e.siteId) ?? 0) + 1);
  }
  return tally;
}

/** Generated events as a dataset: sorted by day as the loaders sort them, each at its index. */
function datasetOfEvents(generated: readonly AtlasEvent[]): Dataset {
  const events = [...generated]
    .sort((a, b) => a.day - b.day)
    .map((e, index) => ({ ...e, id: `${e.id}-${index}`, index }));
  const days = events.flatMap((e) => [e.day, e.dayEnd]);
  // Two of the sites share one point, as two bases on one airfield do; one has no location.
  const sites = SITES.map((s, i) => ({
    ...s,
    lon: i === 2 ? null : 40,
    lat: i === 2 ? null : 34 + (i > 0 ? 1 : 0),
  }));
  for (const e of events) e.site = sites.find((s) => s.id === e.siteId);
  return {
    ...EMPTY_DATASET,
    sites,
    siteById: new Map(sites.map((s) => [s.id, s])),
    events,
    eventById: new Map(events.map((e) => [e.id, e])),
    extent: events.length ? [Math.min(...days), Math.max(...days)] : [0, 0],
  };
}

/** The view by the per-event rules of filter-events.ts: what the columnar passes must give. */
const referenceView = (
  events: readonly AtlasEvent[],
  filters: Filters,
  search: string,
  window: DayRange | null,
) =>
  events.filter(
    (e) =>
      (window === null || inRange(e, window)) &&
      failingFilters(e, filters).length === 0 &&
      matchesSearch(e, search),
  );

const rangeArb = fc.option(windowArb, { nil: null });

describe('the columnar view gives the same events as the per-event rules', () => {
  it(
    'visible and filtered events: the same events in the same order, for any filters, search and window',
    SLOW,
    () => {
      fc.assert(
        fc.property(
          fc.array(eventArb, { maxLength: 80 }),
          filtersArb,
          searchArb,
          rangeArb,
          (events, f, s, range) => {
            const dataset = datasetOfEvents(events);
            const window = effectiveRange(range, dataset.extent);
            expect(visibleEvents(dataset, { range, filters: f, search: s })).toEqual(
              referenceView(dataset.events, f, s, window),
            );
            expect(filteredEvents(dataset, { filters: f, search: s })).toEqual(
              referenceView(dataset.events, f, s, null),
            );
          },
        ),
        { numRuns: 500 },
      );
    },
  );

  it(
    'one dataset searched, filtered and scrubbed in turn: no answer carries over from the one before',
    SLOW,
    () => {
      fc.assert(
        fc.property(
          fc.array(eventArb, { minLength: 1, maxLength: 60 }),
          // A few filter objects, each met again with another search or window, as the store
          // hands the same object out until a filter changes.
          fc.array(filtersArb, { minLength: 1, maxLength: 3 }),
          fc.array(fc.tuple(fc.nat(), searchArb, rangeArb), { minLength: 2, maxLength: 8 }),
          (events, pool, views) => {
            const dataset = datasetOfEvents(events);
            for (const [pick, s, range] of views) {
              const f = pool[pick % pool.length] as Filters;
              const window = effectiveRange(range, dataset.extent);
              expect(visibleEvents(dataset, { range, filters: f, search: s })).toEqual(
                referenceView(dataset.events, f, s, window),
              );
              expect(filteredEvents(dataset, { filters: f, search: s })).toEqual(
                referenceView(dataset.events, f, s, null),
              );
            }
          },
        ),
        { numRuns: 300 },
      );
    },
  );

  it('the histogram of the filtered rows: the reference bins of the filtered events', SLOW, () => {
    fc.assert(
      fc.property(fc.array(eventArb, { maxLength: 80 }), filtersArb, searchArb, (events, f, s) => {
        const dataset = datasetOfEvents(events);
        const rows = viewRows(dataset, { range: null, filters: f, search: s }, 'any time');
        expect(binRows(eventTable(dataset.events), rows, dataset.extent)).toEqual(
          referenceBins(referenceView(dataset.events, f, s, null), dataset.extent),
        );
      }),
      { numRuns: 500 },
    );
  });

  it(
    "each map point's tally: counts, types, casualties, days, its one event and the count per site",
    SLOW,
    () => {
      fc.assert(
        fc.property(
          fc.array(eventArb, { maxLength: 80 }),
          filtersArb,
          searchArb,
          rangeArb,
          (events, f, s, range) => {
            const dataset = datasetOfEvents(events);
            const places = placeIndex(dataset);
            const visible = visibleEvents(dataset, { range, filters: f, search: s });
            const { perSite, ...counts } = tallyPoints(visible, places);
            const { perSite: expectedPerSite, ...expected } = referenceTally(visible, places);
            expect(counts).toEqual(expected);
            expect(Object.fromEntries([...perSite].sort())).toEqual(
              Object.fromEntries([...expectedPerSite].sort()),
            );
          },
        ),
        { numRuns: 300 },
      );
    },
  );
});
