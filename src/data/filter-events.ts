/**
 * Derivations from (dataset, view) to what the user sees. The per-event functions state each
 * rule once (the window, a filter, the search); the passes over every event (`viewRows` and
 * the two below it) apply the same rules to the event table's columns (event-table.ts), and
 * the property tests hold them to the per-event ones. Their answers depend on their arguments
 * alone; callers that run often memoise (the hooks in src/store, with `useMemo`).
 */
import {
  type EventTable,
  eventsAt,
  eventTable,
  filterLookups,
  matchingRows,
  rowsInWindow,
  searchHits,
} from './event-table';
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

/** True when the event passes every filter, except `skip` if given. */
export function matchesFilters(event: AtlasEvent, filters: Filters, skip?: FilterKey): boolean {
  return FILTER_KEYS.every((key) => key === skip || passesFilter(key, filters, event));
}

export interface ViewQuery {
  range: DayRange | null;
  filters: Filters;
  search: string;
}

/**
 * The positions in `dataset.events` of the events matching filters and search, and inside the
 * time window unless `time` is `'any time'`: one pass over the event table's typed columns,
 * then (for the window) one over the rows found.
 */
export function viewRows(
  dataset: Dataset,
  view: ViewQuery,
  time: 'window' | 'any time' = 'window',
): Int32Array {
  const table = eventTable(dataset.events);
  const rows = filteredRows(table, view.filters, view.search);
  return time === 'any time' ? rows : rowsInWindow(table, rows, effectiveRange(view.range, dataset.extent));
}

/**
 * The map and the list each ask for the same view after one change: the last answer is kept
 * with the table, for the same filters (the same object, as the store hands it out) and search.
 */
function filteredRows(table: EventTable, filters: Filters, search: string): Int32Array {
  const last = table.lastFiltered;
  if (last?.filters === filters && last.search === search) return last.rows;
  const rows = matchingRows(table, filterLookups(table, filters), searchHits(table, search, eventSearchText));
  table.lastFiltered = { filters, search, rows };
  return rows;
}

/** Events matching filters and search, ignoring time: what the timeline's histogram shows. */
export function filteredEvents(dataset: Dataset, view: Omit<ViewQuery, 'range'>): AtlasEvent[] {
  return eventsAt(eventTable(dataset.events), viewRows(dataset, { ...view, range: null }, 'any time'));
}

/** Events the list and map show: filters, search and the time window. */
export function visibleEvents(dataset: Dataset, view: ViewQuery): AtlasEvent[] {
  return eventsAt(eventTable(dataset.events), viewRows(dataset, view));
}
