/**
 * What each filter is called where readers meet it: the filter panel's legend, the noun a
 * notice uses ("claimant “Nobody”"), and how one of its values reads. Typed over every
 * filter of src/data/filter-spec.ts, so a new filter does not compile until it has words.
 * The panel shows the filters in this object's order.
 */
import type { FilterKey, FilterValue } from '../data/filter-spec';
import type { Dataset } from '../data/model';
import { UNCLAIMED } from '../data/schema';
import {
  DIRECTION_LABELS,
  SEVERITY_FILTER_LABELS,
  STATUS_LABELS,
  TYPE_LABELS,
  UNCLAIMED_LABEL,
} from './labels';

export interface FilterWords<K extends FilterKey> {
  legend: string;
  noun: string;
  /** How a value reads; the dataset gives the names of places. */
  label: (value: FilterValue<K>, dataset: Dataset) => string;
  /** Options of an open vocabulary: most frequent first, or (the default) by label. */
  order?: 'frequency' | 'label';
}

export const COUNTRY_NAMES: Readonly<Record<string, string>> = { IQ: 'Iraq', SY: 'Syria', JO: 'Jordan' };

export const FILTER_WORDS: { [K in FilterKey]: FilterWords<K> } = {
  directions: { legend: 'Direction', noun: 'direction', label: (v) => DIRECTION_LABELS[v] },
  types: { legend: 'Event type', noun: 'type', label: (v) => TYPE_LABELS[v] },
  statuses: { legend: 'Status', noun: 'status', label: (v) => STATUS_LABELS[v] },
  severities: {
    legend: 'US/coalition casualties',
    noun: 'casualties',
    label: (v) => SEVERITY_FILTER_LABELS[v],
  },
  claimants: {
    legend: 'Claimed by',
    noun: 'claimant',
    label: (v) => (v === UNCLAIMED ? UNCLAIMED_LABEL : v),
    order: 'frequency',
  },
  countries: { legend: 'Country', noun: 'country', label: (v) => COUNTRY_NAMES[v] ?? v },
  sites: { legend: 'Place', noun: 'site', label: (v, dataset) => dataset.siteById.get(v)?.name ?? v },
};

/** The filters in the order the panel shows them. */
export const FILTER_PANEL_ORDER = Object.keys(FILTER_WORDS) as FilterKey[];
