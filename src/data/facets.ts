/**
 * Facet counting: for each filter, how many events each option would give with every
 * *other* filter, the search and the time window applied. One pass over the events, using
 * the same rule as the view (`passesFilter`): an event that fails no filter counts in every
 * facet; one that fails exactly one filter counts only in that filter's facet (choosing
 * another option there could bring it in); one that fails two or more counts nowhere.
 */
import { FILTER_KEYS, FILTER_SPECS, type FilterKey } from './filter-spec';
import { searchMatcher } from './filter-events';
import type { AtlasEvent } from './model';
import type { DayRange, Filters } from './view-types';

export type FacetCounts = Record<FilterKey, Map<string, number>>;

/**
 * Called on every window move, search keystroke and filter toggle over every event, so it
 * allocates nothing per event: each filter's choice is a Set (or null when nothing is
 * chosen), and the failing filters are counted with an early stop at two.
 */
export function facetCounts(
  events: readonly AtlasEvent[],
  filters: Filters,
  search: string,
  window: DayRange,
): FacetCounts {
  const counts = Object.fromEntries(FILTER_KEYS.map((key) => [key, new Map()])) as FacetCounts;
  const matches = searchMatcher(search);
  const keys = FILTER_KEYS.length;
  const value = FILTER_KEYS.map((key) => FILTER_SPECS[key].eventValue);
  const chosen = FILTER_KEYS.map((key) => (filters[key].length > 0 ? new Set<string>(filters[key]) : null));
  const tallies = FILTER_KEYS.map((key) => counts[key]);
  const bump = (k: number, event: AtlasEvent) => {
    const v = (value[k] as (e: AtlasEvent) => string | null)(event);
    if (v === null) return;
    const tally = tallies[k] as Map<string, number>;
    tally.set(v, (tally.get(v) ?? 0) + 1);
  };
  const [start, end] = window;
  for (const event of events) {
    if (event.dayEnd < start || event.day > end || !matches(event)) continue;
    // The one filter rule of passesFilter: no value passes only a filter with nothing chosen.
    let failing = -1;
    let fails = 0;
    for (let k = 0; k < keys && fails < 2; k += 1) {
      const set = chosen[k];
      if (!set) continue;
      const v = (value[k] as (e: AtlasEvent) => string | null)(event);
      if (v === null || !set.has(v)) {
        fails += 1;
        failing = k;
      }
    }
    if (fails === 0) for (let k = 0; k < keys; k += 1) bump(k, event);
    else if (fails === 1) bump(failing, event);
  }
  return counts;
}

/** How many filters are narrowing the view (for a "Filters (2 active)" summary). */
export function activeFilterCount(filters: Filters): number {
  return FILTER_KEYS.filter((key) => filters[key].length > 0).length;
}
