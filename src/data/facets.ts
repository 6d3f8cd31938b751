/**
 * Facet counting: for each filter, how many events each option would give with every
 * *other* filter, the search and the time window applied. One pass over the events, using
 * the same rule as the view (`passesFilter`): an event that fails no filter counts in every
 * facet; one that fails exactly one filter counts only in that filter's facet (choosing
 * another option there could bring it in); one that fails two or more counts nowhere.
 */
import { columnOf, eventTable, filterLookups, searchHits } from './event-table';
import { FILTER_KEYS, type FilterKey } from './filter-spec';
import { eventSearchText } from './filter-events';
import type { AtlasEvent } from './model';
import type { DayRange, Filters } from './view-types';

export type FacetCounts = Record<FilterKey, Map<string, number>>;

/**
 * Called on every window move, search keystroke and filter toggle over every event, so it
 * reads the event table's typed columns (event-table.ts) and counts into one typed array
 * per filter, by code; the maps are made at the end, one entry per value counted.
 */
export function facetCounts(
  events: readonly AtlasEvent[],
  filters: Filters,
  search: string,
  window: DayRange,
): FacetCounts {
  const table = eventTable(events);
  const lookups = filterLookups(table, filters);
  const hits = searchHits(table, search, eventSearchText);
  const keys = FILTER_KEYS.length;
  const codes = FILTER_KEYS.map((key) => columnOf(table, key).codes);
  const tallies = FILTER_KEYS.map((key) => new Int32Array(columnOf(table, key).values.length));
  const bump = (k: number, i: number) => {
    const code = (codes[k] as Int32Array)[i] as number;
    const tally = tallies[k] as Int32Array;
    if (code >= 0) tally[code] = (tally[code] as number) + 1;
  };
  const { day, dayEnd } = table;
  const [start, end] = window;
  for (let i = 0; i < events.length; i += 1) {
    if ((dayEnd[i] as number) < start || (day[i] as number) > end || (hits && hits[i] === 0)) continue;
    // The one filter rule of passesFilter: no value (-1) passes only a filter with nothing chosen.
    let failing = -1;
    let fails = 0;
    for (let k = 0; k < keys && fails < 2; k += 1) {
      const lookup = lookups[k];
      if (lookup && lookup[(codes[k] as Int32Array)[i] as number] !== 1) {
        fails += 1;
        failing = k;
      }
    }
    if (fails === 0) for (let k = 0; k < keys; k += 1) bump(k, i);
    else if (fails === 1) bump(failing, i);
  }
  const counts = Object.fromEntries(
    FILTER_KEYS.map((key, k) => {
      const { values } = columnOf(table, key);
      const tally = tallies[k] as Int32Array;
      const counted = new Map<string, number>();
      tally.forEach((n, code) => {
        if (n > 0) counted.set(values[code] as string, n);
      });
      return [key, counted];
    }),
  );
  return counts as FacetCounts;
}

/** How many filters are narrowing the view (for a "Filters (2 active)" summary). */
export function activeFilterCount(filters: Filters): number {
  return FILTER_KEYS.filter((key) => filters[key].length > 0).length;
}
