/**
 * Pure derivations from (dataset, view) to what the user sees. Nothing here keeps state
 * between calls; callers that run often memoise (the hooks in src/store, with `useMemo`).
 */
import { FILTER_KEYS, FILTER_SPECS, type FilterKey } from './filter-spec';
import type { AtlasEvent, Dataset } from './model';
import { normaliseSearch } from './search-text';
import type { DayRange, Filters } from './view-types';

/** The window actually applied: the stored range clamped to the data, or the whole extent. */
export function effectiveRange(range: DayRange | null, extent: DayRange): DayRange {
  if (!range) return extent;
  const start = Math.max(extent[0], Math.min(range[0], extent[1]));
  const end = Math.min(extent[1], Math.max(range[1], start));
  return [start, end];
}

/** Inclusive at both ends; an event with a date window counts if the windows overlap. */
export function inRange(event: AtlasEvent, [start, end]: DayRange): boolean {
  return event.dayEnd >= start && event.day <= end;
}

const searchTextCache = new WeakMap<AtlasEvent, string>();

/** Everything a reader might type to find an event, normalised once per event. */
export function eventSearchText(event: AtlasEvent): string {
  let text = searchTextCache.get(event);
  if (text === undefined) {
    const site = event.site;
    text = normaliseSearch(
      [
        event.summary,
        site?.name,
        site?.nameAr,
        ...(site?.altNames ?? []),
        event.claimedBy,
        event.weapons,
        event.id,
      ].join(' '),
    );
    searchTextCache.set(event, text);
  }
  return text;
}

/** A test for one search, its words normalised once rather than once per event. */
export function searchMatcher(query: string): (event: AtlasEvent) => boolean {
  const words = normaliseSearch(query).split(' ').filter(Boolean);
  if (words.length === 0) return () => true;
  return (event) => {
    const text = eventSearchText(event);
    return words.every((w) => text.includes(w));
  };
}

export function matchesSearch(event: AtlasEvent, query: string): boolean {
  return searchMatcher(query)(event);
}

/**
 * The one filter rule: a filter lets an event through when nothing is chosen in it, or when
 * the event's value is among the chosen ones. An event without a value (no claimant
 * recorded) passes only a filter with nothing chosen.
 */
export function passesFilter(key: FilterKey, filters: Filters, event: AtlasEvent): boolean {
  const chosen: readonly string[] = filters[key];
  if (chosen.length === 0) return true;
  const value = FILTER_SPECS[key].eventValue(event);
  return value !== null && chosen.includes(value);
}

/** The filters that reject the event (the time window and the search are not filters here). */
export function failingFilters(event: AtlasEvent, filters: Filters): FilterKey[] {
  return FILTER_KEYS.filter((key) => !passesFilter(key, filters, event));
}

/**
 * A test for one set of filters, made once per pass: only the filters with something chosen
 * are checked (every filter except `skip`, if given), so an unfiltered view costs nothing.
 */
export function filterMatcher(filters: Filters, skip?: FilterKey): (event: AtlasEvent) => boolean {
  const active = FILTER_KEYS.filter((key) => key !== skip && filters[key].length > 0);
  if (active.length === 0) return () => true;
  return (event) => active.every((key) => passesFilter(key, filters, event));
}

/** True when the event passes every filter, except `skip` if given. */
export function matchesFilters(event: AtlasEvent, filters: Filters, skip?: FilterKey): boolean {
  return filterMatcher(filters, skip)(event);
}

export interface ViewQuery {
  range: DayRange | null;
  filters: Filters;
  search: string;
}

/** Events matching filters and search, ignoring time: what the timeline's histogram shows. */
export function filteredEvents(dataset: Dataset, view: Omit<ViewQuery, 'range'>): AtlasEvent[] {
  const [passes, matches] = [filterMatcher(view.filters), searchMatcher(view.search)];
  return dataset.events.filter((e) => passes(e) && matches(e));
}

/** Events the list and map show: filters, search and the time window. */
export function visibleEvents(dataset: Dataset, view: ViewQuery): AtlasEvent[] {
  const window = effectiveRange(view.range, dataset.extent);
  const [passes, matches] = [filterMatcher(view.filters), searchMatcher(view.search)];
  // The window first: on a scrub it is the cheap test that rejects most events.
  return dataset.events.filter((e) => inRange(e, window) && passes(e) && matches(e));
}
