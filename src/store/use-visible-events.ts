import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useAppState } from './app-context';
import { eventsAt, eventTable, rowsInWindow } from '../data/event-table';
import { effectiveRange, viewRows } from '../data/filter-events';
import type { AtlasEvent, Dataset } from '../data/model';
import type { DayRange } from '../data/view-types';

export interface VisibleEvents {
  /** Events passing filters and search, any time. */
  filtered: AtlasEvent[];
  /** Their positions in `dataset.events` (what the histogram counts, by column). */
  rows: Int32Array;
  /** ...and inside the time window. */
  visible: AtlasEvent[];
  window: DayRange;
}

/** Memoised view derivations for components that render lists of events. */
export function useVisibleEvents(dataset: Dataset): VisibleEvents {
  const { range, filters, search } = useAppState(
    useShallow((s) => ({ range: s.range, filters: s.filters, search: s.search })),
  );
  // Columns (event-table.ts), not objects: at a million events a toggle walks typed arrays.
  // The map asks for the same rows after the same change and is handed these (filter-events.ts).
  const rows = useMemo(
    () => viewRows(dataset, { range: null, filters, search }, 'any time'),
    [dataset, filters, search],
  );
  const table = eventTable(dataset.events);
  const filtered = useMemo(() => eventsAt(table, rows), [table, rows]);
  const window = useMemo(() => effectiveRange(range, dataset.extent), [range, dataset.extent]);
  const visible = useMemo(() => eventsAt(table, rowsInWindow(table, rows, window)), [table, rows, window]);
  return { filtered, rows, visible, window };
}
