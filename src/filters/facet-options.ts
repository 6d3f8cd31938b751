/** The options each filter offers, with reader-facing labels and their facet counts. */
import type { FacetCounts } from '../data/facets';
import type { Dataset } from '../data/model';
import { DIRECTIONS, EVENT_TYPES, STATUSES } from '../data/schema';
import type { FilterKey, Filters } from '../data/view-types';
import { DIRECTION_LABELS, STATUS_LABELS, TYPE_LABELS } from '../domain/labels';

export interface FacetOption {
  value: string;
  label: string;
  count: number;
}

export interface FacetGroupSpec {
  key: FilterKey;
  legend: string;
  options: FacetOption[];
}

export const COUNTRY_NAMES: Record<string, string> = { IQ: 'Iraq', SY: 'Syria', JO: 'Jordan' };

/** Values that occur in the data, most frequent first (ties alphabetically), so the order is stable. */
function byFrequency(values: Iterable<string | null>): string[] {
  const n = new Map<string, number>();
  for (const v of values) if (v) n.set(v, (n.get(v) ?? 0) + 1);
  return [...n.keys()].sort((a, b) => (n.get(b) ?? 0) - (n.get(a) ?? 0) || a.localeCompare(b));
}

function present<T extends string>(all: readonly T[], used: ReadonlySet<string>): T[] {
  return all.filter((v) => used.has(v));
}

/** Builds every group; an option stays listed while chosen even when no event has it. */
export function facetGroups(dataset: Dataset, counts: FacetCounts, filters: Filters): FacetGroupSpec[] {
  const events = dataset.events;
  const used = (pick: (e: (typeof events)[number]) => string) => new Set(events.map(pick));
  const siteName = (id: string) => dataset.siteById.get(id)?.name ?? id;
  const values: Record<FilterKey, { value: string; label: string }[]> = {
    directions: present(
      DIRECTIONS,
      used((e) => e.direction),
    ).map((v) => ({
      value: v,
      label: DIRECTION_LABELS[v],
    })),
    types: present(
      EVENT_TYPES,
      used((e) => e.type),
    ).map((v) => ({ value: v, label: TYPE_LABELS[v] })),
    statuses: present(
      STATUSES,
      used((e) => e.status),
    ).map((v) => ({ value: v, label: STATUS_LABELS[v] })),
    claimants: byFrequency(events.map((e) => e.claimedBy)).map((v) => ({ value: v, label: v })),
    countries: [...used((e) => e.country)].sort().map((v) => ({ value: v, label: COUNTRY_NAMES[v] ?? v })),
    sites: [...used((e) => e.siteId)]
      .map((v) => ({ value: v, label: siteName(v) }))
      .sort((a, b) => a.label.localeCompare(b.label)),
  };
  const legends: Record<FilterKey, string> = {
    directions: 'Direction',
    types: 'Event type',
    statuses: 'Status',
    claimants: 'Claimed by',
    countries: 'Country',
    sites: 'Place',
  };
  return (Object.keys(legends) as FilterKey[]).map((key) => {
    const listed = values[key];
    const chosen = (filters[key] as readonly string[]).filter((v) => !listed.some((o) => o.value === v));
    const options = [...listed, ...chosen.map((v) => ({ value: v, label: v }))].map((o) => ({
      ...o,
      count: counts[key].get(o.value) ?? 0,
    }));
    return { key, legend: legends[key], options };
  });
}
