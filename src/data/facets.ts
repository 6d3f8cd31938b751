/**
 * Facet counting: for each filter, how many events each option would give with every
 * *other* filter, the search and the time window applied. One pass over the events, using
 * the same rule as the view (`failingFilters`): an event that fails no filter counts in every
 * facet; one that fails exactly one filter counts only in that filter's facet (choosing
 * another option there could bring it in); one that fails two or more counts nowhere.
 */
import { FILTER_KEYS, FILTER_SPECS, type FilterKey } from './filter-spec';
import { failingFilters, inRange, searchMatcher } from './filter-events';
import type { AtlasEvent } from './model';
import type { DayRange, Filters } from './view-types';

export type FacetCounts = Record<FilterKey, Map<string, number>>;

function bump(counts: FacetCounts, key: FilterKey, event: AtlasEvent) {
  const value = FILTER_SPECS[key].eventValue(event);
  if (value !== null) counts[key].set(value, (counts[key].get(value) ?? 0) + 1);
}

export function facetCounts(
  events: readonly AtlasEvent[],
  filters: Filters,
  search: string,
  window: DayRange,
): FacetCounts {
  const counts = Object.fromEntries(FILTER_KEYS.map((key) => [key, new Map()])) as FacetCounts;
  const matches = searchMatcher(search);
  for (const event of events) {
    if (!inRange(event, window) || !matches(event)) continue;
    const failing = failingFilters(event, filters);
    if (failing.length === 0) for (const key of FILTER_KEYS) bump(counts, key, event);
    else if (failing.length === 1) bump(counts, failing[0] as FilterKey, event);
  }
  return counts;
}

/** How many filters are narrowing the view (for a "Filters (2 active)" summary). */
export function activeFilterCount(filters: Filters): number {
  return FILTER_KEYS.filter((key) => filters[key].length > 0).length;
}
