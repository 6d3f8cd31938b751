/** Pure derivations from (dataset, view) to what the user sees. */
import type { DayNumber } from '../shared/civil-date';
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
      [event.summary, site?.name, ...(site?.altNames ?? []), event.claimedBy, event.weapons, event.id].join(
        ' ',
      ),
    );
    searchTextCache.set(event, text);
  }
  return text;
}

export function matchesSearch(event: AtlasEvent, query: string): boolean {
  const words = normaliseSearch(query).split(' ').filter(Boolean);
  if (words.length === 0) return true;
  const text = eventSearchText(event);
  return words.every((w) => text.includes(w));
}

function allows<T>(chosen: readonly T[], value: T): boolean {
  return chosen.length === 0 || chosen.includes(value);
}

/** True when the event passes every filter (the time window is checked separately). */
export function matchesFilters(event: AtlasEvent, filters: Filters, skip?: keyof Filters): boolean {
  return (
    (skip === 'types' || allows(filters.types, event.type)) &&
    (skip === 'directions' || allows(filters.directions, event.direction)) &&
    (skip === 'claimants' || allows(filters.claimants, event.claimedBy ?? '')) &&
    (skip === 'countries' || allows(filters.countries, event.country)) &&
    (skip === 'statuses' || allows(filters.statuses, event.status)) &&
    (skip === 'sites' || allows(filters.sites, event.siteId))
  );
}

export interface ViewQuery {
  range: DayRange | null;
  filters: Filters;
  search: string;
}

/**
 * The last result, kept because a scrub changes only the window: the map's store subscription
 * and the list's hook then share one pass over filters and search instead of one each per tick.
 * Filters are replaced, never mutated, by the store, so identity is a safe key.
 */
let lastFiltered: { dataset: Dataset; filters: Filters; search: string; events: AtlasEvent[] } | null = null;

/** Events matching filters and search, ignoring time: what the timeline's histogram shows. */
export function filteredEvents(dataset: Dataset, view: Omit<ViewQuery, 'range'>): AtlasEvent[] {
  const last = lastFiltered;
  if (last && last.dataset === dataset && last.filters === view.filters && last.search === view.search) {
    return last.events;
  }
  const events = dataset.events.filter(
    (e) => matchesFilters(e, view.filters) && matchesSearch(e, view.search),
  );
  lastFiltered = { dataset, filters: view.filters, search: view.search, events };
  return events;
}

/** Events the list and map show: filters, search and the time window. */
export function visibleEvents(dataset: Dataset, view: ViewQuery): AtlasEvent[] {
  const window = effectiveRange(view.range, dataset.extent);
  return filteredEvents(dataset, view).filter((e) => inRange(e, window));
}

/** Days from start to end inclusive. */
export function rangeLength([start, end]: DayRange): DayNumber {
  return end - start + 1;
}
