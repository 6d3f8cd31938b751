/**
 * The fast facet counter and day histogram (issue 13) against the code they replaced, kept
 * here as the reference: on generated events, filters, searches and windows they must give
 * the same answers, option by option and day by day.
 */
import { bin } from 'd3-array';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type FacetCounts, facetCounts } from '../../src/data/facets';
import { failingFilters, inRange, searchMatcher } from '../../src/data/filter-events';
import { FILTER_KEYS, FILTER_SPECS, type FilterKey } from '../../src/data/filter-spec';
import type { AtlasEvent, Site } from '../../src/data/model';
import { DIRECTIONS, EVENT_TYPES, STATUSES } from '../../src/data/schema';
import { SEVERITIES } from '../../src/data/severity';
import type { DayRange, Filters } from '../../src/data/view-types';
import { binByDay, type DayBin } from '../../src/timeline/day-bins';

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
