/** The options each filter offers, with reader-facing labels and their facet counts. */
import type { FacetCounts } from '../data/facets';
import { FILTER_SPECS, type FilterKey, type FilterValue } from '../data/filter-spec';
import type { Dataset } from '../data/model';
import type { Filters } from '../data/view-types';
import { FILTER_PANEL_ORDER, FILTER_WORDS, type FilterWords } from '../domain/filter-words';

export interface FacetOption {
  value: string;
  label: string;
  count: number;
}

export interface FacetGroupSpec {
  key: FilterKey;
  legend: string;
  options: FacetOption[];
  /**
   * For a long list (imported data with thousands of places): the values shown until the
   * reader asks for all, the ones with the most events in the whole dataset. Null: show all.
   */
  featured: ReadonlySet<string> | null;
}

/** A filter with more options than this lists only its FEATURED most frequent until asked. */
export const LONG_LIST = 50;
export const FEATURED = 25;

/** How many events have each value, for the values that occur at all. */
function tally(dataset: Dataset, key: FilterKey): Map<string, number> {
  const n = new Map<string, number>();
  for (const event of dataset.events) {
    const value = FILTER_SPECS[key].eventValue(event);
    if (value !== null) n.set(value, (n.get(value) ?? 0) + 1);
  }
  return n;
}

/**
 * The values that occur in the data, in a stable order: a fixed vocabulary in its own order;
 * an open one by label, or most frequent first (ties by label).
 */
function listed<K extends FilterKey>(dataset: Dataset, key: K): { value: string; label: string }[] {
  const words = FILTER_WORDS[key] as FilterWords<K>;
  const n = tally(dataset, key);
  const option = (value: string) => ({ value, label: words.label(value as FilterValue<K>, dataset) });
  const fixed: readonly string[] | undefined = FILTER_SPECS[key].values;
  if (fixed) return fixed.filter((v) => n.has(v)).map(option);
  const byLabel = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label);
  const options = [...n.keys()].map(option);
  if (words.order !== 'frequency') return options.sort(byLabel);
  return options.sort((a, b) => (n.get(b.value) ?? 0) - (n.get(a.value) ?? 0) || byLabel(a, b));
}

/**
 * The options depend on the dataset alone, but the groups are rebuilt on every window move,
 * search keystroke and filter toggle: list each filter's options once per dataset (a pass over
 * every event and a sort by label each, seconds' worth at 100,000 events and 10,000 places).
 */
interface Listed {
  options: { value: string; label: string }[];
  featured: ReadonlySet<string> | null;
}

const listedCache = new WeakMap<Dataset, Map<FilterKey, Listed>>();

/**
 * Thousands of checkboxes cost every window move, keystroke and toggle a React commit and a
 * layout of them all (issue 13: most of a 10,000-event interaction): a long list shows its
 * most frequent values, in the list's own order, and the rest on request.
 */
function featuredOf(dataset: Dataset, key: FilterKey, options: Listed['options']): Listed['featured'] {
  if (options.length <= LONG_LIST) return null;
  const n = tally(dataset, key);
  const byCount = [...options].sort(
    (a, b) => (n.get(b.value) ?? 0) - (n.get(a.value) ?? 0) || a.label.localeCompare(b.label),
  );
  return new Set(byCount.slice(0, FEATURED).map((o) => o.value));
}

function listedOnce(dataset: Dataset, key: FilterKey): Listed {
  let lists = listedCache.get(dataset);
  if (!lists) {
    lists = new Map();
    listedCache.set(dataset, lists);
  }
  let found = lists.get(key);
  if (!found) {
    const options = listed(dataset, key);
    found = { options, featured: featuredOf(dataset, key, options) };
    lists.set(key, found);
  }
  return found;
}

/** Builds every group; an option stays listed while chosen even when no event has it. */
export function facetGroups(dataset: Dataset, counts: FacetCounts, filters: Filters): FacetGroupSpec[] {
  return FILTER_PANEL_ORDER.map((key) => {
    const { options, featured } = listedOnce(dataset, key);
    const chosen: readonly string[] = filters[key];
    const missing = chosen.filter((v) => !options.some((o) => o.value === v));
    return {
      key,
      legend: FILTER_WORDS[key].legend,
      featured,
      options: [...options, ...missing.map((v) => ({ value: v, label: v }))].map((o) => ({
        ...o,
        count: counts[key].get(o.value) ?? 0,
      })),
    };
  });
}
