/**
 * The events as columns, for the passes that run over every event on each window move,
 * keystroke and filter toggle (issue 13). At a million events, walking the event objects
 * for the list, the map, the histogram and the facet counts took about a second per toggle,
 * a third of it garbage collection over a heap of 600 MB; the same tests over typed arrays
 * read a few megabytes and allocate next to nothing. Built once per events array (and kept
 * with it), from the same `eventValue` rules as the filters, so the columns cannot disagree
 * with `passesFilter`; the per-event functions in filter-events.ts stay the rule's one
 * statement, and the tests hold the columnar passes to them.
 */
import { FILTER_KEYS, FILTER_SPECS, type FilterKey } from './filter-spec';
import type { AtlasEvent } from './model';
import { normaliseSearch } from './search-text';
import type { DayRange, Filters } from './view-types';

/** One filter's values as small integers: event i's value is `values[codes[i]]`, -1 for none. */
export interface CodedColumn {
  codes: Int32Array;
  values: string[];
  codeOf: Map<string, number>;
}

export interface EventTable {
  /** The events, by position: the rows below are positions in this array. */
  events: readonly AtlasEvent[];
  day: Int32Array;
  dayEnd: Int32Array;
  /** Each filter's column, made the first time a pass needs it (`columnOf`). */
  columns: Partial<Record<FilterKey, CodedColumn>>;
  /**
   * The last search's hits: a scrub or a toggle while a search stands would otherwise test
   * every event's text again, for the same answer.
   */
  lastSearch?: { words: string; hits: Uint8Array };
  /** The last filtered rows (filter-events.ts), for the filters object and search they answer. */
  lastFiltered?: { filters: Filters; search: string; rows: Int32Array };
}

const tables = new WeakMap<readonly AtlasEvent[], EventTable>();

/**
 * A fixed filter's codes are its vocabulary's positions (a type's code is its place in
 * EVENT_TYPES); an open filter numbers its values as they first appear.
 */
function codedColumn(events: readonly AtlasEvent[], key: FilterKey): CodedColumn {
  const spec = FILTER_SPECS[key];
  const fixed: readonly string[] | undefined = 'values' in spec ? spec.values : undefined;
  const values = fixed ? [...fixed] : [];
  const codeOf = new Map(values.map((v, i) => [v, i]));
  const codes = new Int32Array(events.length);
  const read = spec.eventValue as (event: AtlasEvent) => string | null;
  for (let i = 0; i < events.length; i += 1) {
    const value = read(events[i] as AtlasEvent);
    if (value === null) {
      codes[i] = -1;
      continue;
    }
    let code = codeOf.get(value);
    if (code === undefined) {
      code = values.length;
      values.push(value);
      codeOf.set(value, code);
    }
    codes[i] = code;
  }
  return { codes, values, codeOf };
}

/** The table of these events, made on first use and kept as long as the array lives. */
export function eventTable(events: readonly AtlasEvent[]): EventTable {
  let table = tables.get(events);
  if (!table) {
    const day = new Int32Array(events.length);
    const dayEnd = new Int32Array(events.length);
    events.forEach((e, i) => {
      day[i] = e.day;
      dayEnd[i] = e.dayEnd;
    });
    table = { events, day, dayEnd, columns: {} };
    tables.set(events, table);
  }
  return table;
}

/**
 * One filter's column. Made on first use, not with the table: a view with no filter chosen
 * needs none, so a million events' first view does not wait for seven columns.
 */
export function columnOf(table: EventTable, key: FilterKey): CodedColumn {
  let column = table.columns[key];
  if (!column) {
    column = codedColumn(table.events, key);
    table.columns[key] = column;
  }
  return column;
}

/**
 * Each filter's choice as a lookup by code (1: chosen), in FILTER_KEYS order; null where
 * nothing is chosen (the filter lets everything through) and for `skip`. A chosen value no
 * event holds has no code, and an event with no value (-1) is never chosen: the rule of
 * `passesFilter`.
 */
export function filterLookups(table: EventTable, filters: Filters, skip?: FilterKey): (Uint8Array | null)[] {
  return FILTER_KEYS.map((key) => {
    if (key === skip || filters[key].length === 0) return null;
    const column = columnOf(table, key);
    const lookup = new Uint8Array(column.values.length);
    for (const value of filters[key]) lookup[column.codeOf.get(value) ?? -1] = 1;
    return lookup;
  });
}

/**
 * Which events a search finds (1) and misses (0), or null when the search is empty and finds
 * every event. Each event's searchable text is the one `eventSearchText` makes.
 */
export function searchHits(
  table: EventTable,
  search: string,
  textOf: (event: AtlasEvent) => string,
): Uint8Array | null {
  const words = normaliseSearch(search).split(' ').filter(Boolean);
  if (words.length === 0) return null;
  const key = words.join(' ');
  if (table.lastSearch?.words === key) return table.lastSearch.hits;
  const hits = new Uint8Array(table.events.length);
  table.events.forEach((event, i) => {
    const text = textOf(event);
    if (words.every((w) => text.includes(w))) hits[i] = 1;
  });
  table.lastSearch = { words: key, hits };
  return hits;
}

/** The positions of the events that pass every filter and the search, in order. */
export function matchingRows(
  table: EventTable,
  lookups: readonly (Uint8Array | null)[],
  hits: Uint8Array | null,
): Int32Array {
  const size = table.events.length;
  const tests = FILTER_KEYS.flatMap((key, k) => {
    const lookup = lookups[k];
    return lookup ? [{ lookup, codes: columnOf(table, key).codes }] : [];
  });
  const rows = new Int32Array(size);
  let n = 0;
  next: for (let i = 0; i < size; i += 1) {
    if (hits && hits[i] === 0) continue;
    for (const { lookup, codes } of tests) if (lookup[codes[i] as number] !== 1) continue next;
    rows[n] = i;
    n += 1;
  }
  return rows.subarray(0, n);
}

/** The rows (of `matchingRows`) whose events overlap the window. */
export function rowsInWindow(table: EventTable, rows: Int32Array, [start, end]: DayRange): Int32Array {
  const { day, dayEnd } = table;
  const out = new Int32Array(rows.length);
  let n = 0;
  for (let k = 0; k < rows.length; k += 1) {
    const i = rows[k] as number;
    if ((dayEnd[i] as number) < start || (day[i] as number) > end) continue;
    out[n] = i;
    n += 1;
  }
  return out.subarray(0, n);
}

/** The events at these rows; the table's own array when the rows are all of it. */
export function eventsAt(table: EventTable, rows: Int32Array): AtlasEvent[] {
  const { events } = table;
  if (rows.length === events.length) return events as AtlasEvent[];
  const out = new Array<AtlasEvent>(rows.length);
  for (let k = 0; k < rows.length; k += 1) out[k] = events[rows[k] as number] as AtlasEvent;
  return out;
}
