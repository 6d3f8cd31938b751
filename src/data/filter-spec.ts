/**
 * The filters, defined once. Each entry says which value of an event the filter looks at,
 * how a link names it and checks its values, and where those values come from. Matching,
 * facet counts, the URL codec, the check of a link against the data and the filter panel
 * all read this table, so a new filter is one entry here (plus its words in
 * src/domain/filter-words.ts, which the compiler asks for).
 */
import type { AtlasEvent, Dataset } from './model';
import { DIRECTIONS, EVENT_TYPES, STATUSES, UNCLAIMED } from './schema';
import { SEVERITIES, severityOf } from './severity';
import { cleanText, isCleanName, isCountryCode, isId } from './values';

export interface FilterSpec<V extends string = string> {
  /** The URL parameter. The table's order is the order of the parameters in a link. */
  readonly param: string;
  /** The event's value for this filter; null when it has none (no claimant recorded). */
  readonly eventValue: (event: AtlasEvent) => V | null;
  /** A value read from a link, in its one spelling (case, spaces); checked afterwards. */
  readonly canonical: (value: string) => string;
  /** Whether a value in its canonical spelling can belong to this filter at all. */
  readonly isValue: (value: string) => value is V;
  /** A fixed vocabulary (an enum of the schema), in reading order; undefined when open. */
  readonly values?: readonly V[];
  /** Every value this dataset has. A link naming any other value is told so. */
  readonly knownValues: (dataset: Dataset) => ReadonlySet<string>;
}

/** A filter over one of the schema's enums: every value is valid whatever the data holds. */
function fixed<V extends string>(
  param: string,
  values: readonly V[],
  eventValue: (event: AtlasEvent) => V | null,
): FilterSpec<V> {
  const all: ReadonlySet<string> = new Set(values);
  return {
    param,
    values,
    eventValue,
    canonical: (value) => value,
    isValue: (value): value is V => all.has(value),
    knownValues: () => all,
  };
}

/** A filter whose values come from the data (names, codes, ids). */
function open(
  param: string,
  eventValue: (event: AtlasEvent) => string | null,
  canonical: (value: string) => string,
  isValue: (value: string) => boolean,
  knownValues: (dataset: Dataset) => ReadonlySet<string> = (dataset) => eventValues(dataset, eventValue),
): FilterSpec<string> {
  return { param, eventValue, canonical, isValue: (value): value is string => isValue(value), knownValues };
}

function eventValues(dataset: Dataset, eventValue: (event: AtlasEvent) => string | null): Set<string> {
  const values = new Set<string>();
  for (const event of dataset.events) {
    const value = eventValue(event);
    if (value !== null) values.add(value);
  }
  return values;
}

export const FILTER_SPECS = {
  types: fixed('type', EVENT_TYPES, (e) => e.type),
  directions: fixed('dir', DIRECTIONS, (e) => e.direction),
  // No claim is a value a reader can choose ("Unclaimed / unknown"), not a hole in the filter.
  claimants: open('claimant', (e) => e.claimedBy ?? UNCLAIMED, cleanText, isCleanName),
  countries: open(
    'country',
    (e) => e.country,
    (value) => value.toUpperCase(),
    isCountryCode,
    // A country some site lies in is known even when none of its events is in the window.
    (dataset) => new Set([...dataset.events, ...dataset.sites].map((x) => x.country)),
  ),
  statuses: fixed('status', STATUSES, (e) => e.status),
  sites: open(
    'site',
    (e) => e.siteId,
    (value) => value.toLowerCase(),
    isId,
    (dataset) => new Set(dataset.siteById.keys()),
  ),
  // US/coalition casualties (severity.ts): 'killed', or 'wounded' with none killed.
  severities: fixed('severity', SEVERITIES, (e) => severityOf(e)),
} as const;

export type FilterKey = keyof typeof FILTER_SPECS;

/** The type of one filter's values (`EventType` for `types`, `string` for `claimants`). */
export type FilterValue<K extends FilterKey> =
  (typeof FILTER_SPECS)[K] extends FilterSpec<infer V> ? V : never;

/** Every filter, in the table's (the link's) order. */
export const FILTER_KEYS = Object.keys(FILTER_SPECS) as FilterKey[];
