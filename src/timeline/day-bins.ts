/**
 * Events per day, stacked by type, for the histogram: one counting pass into a day-by-type
 * table (no sort, no search per event), then the stacks. Recomputed on every search and
 * filter change over every event, so it stays linear and allocates per day, not per event.
 */
import type { AtlasEvent } from '../data/model';
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

const TYPE_INDEX = new Map<string, number>(EVENT_TYPES.map((type, i) => [type, i]));

/**
 * One bin per day of the extent. An event counts on its first day: a date window
 * ("between 3 and 5 Nov") is one attack, not three. Events outside the extent count nowhere.
 */
export function binByDay(events: readonly AtlasEvent[], extent: DayRange): DayBin[] {
  const [min, max] = extent;
  const days = Math.max(0, max - min + 1);
  const types = EVENT_TYPES.length;
  const table = new Uint32Array(days * types);
  for (const e of events) {
    const d = e.day - min;
    const t = TYPE_INDEX.get(e.type);
    if (d < 0 || d >= days || t === undefined) continue;
    const cell = d * types + t;
    table[cell] = (table[cell] as number) + 1;
  }
  const bins: DayBin[] = new Array(days);
  for (let d = 0; d < days; d += 1) {
    const segments: Segment[] = [];
    let y = 0;
    for (let t = 0; t < types; t += 1) {
      const n = table[d * types + t] as number;
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
