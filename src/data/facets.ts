/**
 * Facet counting: for each filter, how many events each option would give with every
 * *other* filter, the search and the time window applied. One pass over the events: an
 * event that fails no filter counts in every facet; one that fails exactly one filter
 * counts only in that filter's facet (choosing another option there could bring it in);
 * one that fails two or more counts nowhere.
 */
import { inRange, matchesSearch } from './filter-events';
import type { AtlasEvent } from './model';
import type { DayRange, FilterKey, Filters } from './view-types';

export const FACET_KEYS: readonly FilterKey[] = [
  'directions',
  'types',
  'statuses',
  'claimants',
  'countries',
  'sites',
];

/** The value an event has for a facet; null = the event has none (no claimant recorded). */
export function facetValue(event: AtlasEvent, key: FilterKey): string | null {
  switch (key) {
    case 'types':
      return event.type;
    case 'directions':
      return event.direction;
    case 'claimants':
      return event.claimedBy;
    case 'countries':
      return event.country;
    case 'statuses':
      return event.status;
    case 'sites':
      return event.siteId;
  }
}

export type FacetCounts = Record<FilterKey, Map<string, number>>;

function emptyCounts(): FacetCounts {
  return {
    types: new Map(),
    directions: new Map(),
    claimants: new Map(),
    countries: new Map(),
    statuses: new Map(),
    sites: new Map(),
  };
}

function bump(counts: Map<string, number>, value: string | null) {
  if (value !== null) counts.set(value, (counts.get(value) ?? 0) + 1);
}

/** Which filters reject the event (the time window and search are checked by the caller). */
function failingFacets(event: AtlasEvent, filters: Filters): FilterKey[] {
  const failing: FilterKey[] = [];
  for (const key of FACET_KEYS) {
    const chosen = filters[key] as readonly string[];
    if (chosen.length === 0) continue;
    const value = facetValue(event, key);
    // Mirrors matchesFilters: an event without a claimant compares as ''.
    if (!chosen.includes(value ?? '')) failing.push(key);
  }
  return failing;
}

export function facetCounts(
  events: readonly AtlasEvent[],
  filters: Filters,
  search: string,
  window: DayRange,
): FacetCounts {
  const counts = emptyCounts();
  for (const event of events) {
    if (!inRange(event, window) || !matchesSearch(event, search)) continue;
    const failing = failingFacets(event, filters);
    if (failing.length === 0) for (const key of FACET_KEYS) bump(counts[key], facetValue(event, key));
    else if (failing.length === 1) {
      const key = failing[0] as FilterKey;
      bump(counts[key], facetValue(event, key));
    }
  }
  return counts;
}

/** How many filters are narrowing the view (for a "Filters (2)" summary). */
export function activeFilterCount(filters: Filters): number {
  return FACET_KEYS.filter((key) => filters[key].length > 0).length;
}
