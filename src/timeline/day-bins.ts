/**
 * Events per day, stacked by type, for the histogram: one counting pass into a day-by-type
 * table (no sort, no search per event), then the stacks. Recomputed on every search and
 * filter change over every event, so it stays linear and allocates per day, not per event.
 */
import { columnOf, type EventTable } from '../data/event-table';
import { EVENT_TYPES, type EventType } from '../data/schema';
import type { DayRange } from '../data/view-types';
import type { DayNumber } from '../shared/civil-date';

export interface Segment {
  type: EventType;
  /** Stack offsets: this type's events sit between y0 and y1. */
  y0: number;
  y1: number;
}

export interface DayBin {
  day: DayNumber;
  total: number;
  /** Non-empty types only, stacked in EVENT_TYPES order. */
  segments: Segment[];
}

const TYPES = EVENT_TYPES.length;

/**
 * One bin per day of the extent, for the events at these rows of the table (the view's
 * filtered rows). An event counts on its first day: a date window ("between 3 and 5 Nov") is
 * one attack, not three. Events outside the extent count nowhere. It reads the table's day and
 * type columns, so a toggle at a million events touches no event object.
 */
export function binRows(table: EventTable, rows: Int32Array, extent: DayRange): DayBin[] {
  const [min, max] = extent;
  const days = Math.max(0, max - min + 1);
  // A type's code is its position in EVENT_TYPES (a fixed filter's vocabulary).
  const types = columnOf(table, 'types').codes;
  const counts = new Uint32Array(days * TYPES);
  for (let k = 0; k < rows.length; k += 1) {
    const i = rows[k] as number;
    const d = (table.day[i] as number) - min;
    const t = types[i] as number;
    if (d < 0 || d >= days || t < 0 || t >= TYPES) continue;
    const cell = d * TYPES + t;
    counts[cell] = (counts[cell] as number) + 1;
  }
  const bins: DayBin[] = new Array(days);
  for (let d = 0; d < days; d += 1) {
    const segments: Segment[] = [];
    let y = 0;
    for (let t = 0; t < TYPES; t += 1) {
      const n = counts[d * TYPES + t] as number;
      if (n === 0) continue;
      segments.push({ type: EVENT_TYPES[t] as EventType, y0: y, y1: y + n });
      y += n;
    }
    bins[d] = { day: min + d, total: y, segments };
  }
  return bins;
}

/** The tallest bin, at least 1 so an empty chart still has a scale. */
export function maxBinTotal(bins: readonly DayBin[]): number {
  let max = 1;
  for (const b of bins) max = Math.max(max, b.total);
  return max;
}
