import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useAppState } from './app-context';
import { effectiveRange, filteredEvents, inRange } from '../data/filter-events';
import type { AtlasEvent, Dataset } from '../data/model';
import type { DayRange } from '../data/view-types';

export interface VisibleEvents {
  /** Events passing filters and search, any time. */
  filtered: AtlasEvent[];
  /** ...and inside the time window. */
  visible: AtlasEvent[];
  window: DayRange;
}

/** Memoised view derivations for components that render lists of events. */
export function useVisibleEvents(dataset: Dataset): VisibleEvents {
  const { range, filters, search } = useAppState(
    useShallow((s) => ({ range: s.range, filters: s.filters, search: s.search })),
  );
  const filtered = useMemo(() => filteredEvents(dataset, { filters, search }), [dataset, filters, search]);
  const window = useMemo(() => effectiveRange(range, dataset.extent), [range, dataset.extent]);
  const visible = useMemo(() => filtered.filter((e) => inRange(e, window)), [filtered, window]);
  return { filtered, visible, window };
}
