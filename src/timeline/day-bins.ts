/**
 * Events per day, stacked by type, for the histogram. Binning goes through d3-array's
 * `bin` with one threshold per day so an empty day is an empty bin, not a missing one.
 */
import { bin } from 'd3-array';
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

/** The days of the extent as thresholds: bin i holds [min + i, min + i + 1). */
function dayThresholds([min, max]: DayRange): number[] {
  const thresholds: number[] = [];
  for (let day = min + 1; day <= max; day += 1) thresholds.push(day);
  return thresholds;
}

/**
 * One bin per day of the extent. An event counts on its first day: a date window
 * ("between 3 and 5 Nov") is one attack, not three.
 */
export function binByDay(events: readonly AtlasEvent[], extent: DayRange): DayBin[] {
  const [min, max] = extent;
  const binner = bin<AtlasEvent, number>()
    .value((e) => e.day)
    // d3's last bin is closed at the top; ending the domain half a day after the last day
    // keeps an event on the day after the extent out of it (day numbers are integers).
    .domain([min, max + 0.5])
    .thresholds(dayThresholds(extent));
  return binner(events).map((b, i) => {
    const byType = new Map<EventType, number>();
    for (const e of b) byType.set(e.type, (byType.get(e.type) ?? 0) + 1);
    const segments: Segment[] = [];
    let y = 0;
    for (const type of EVENT_TYPES) {
      const n = byType.get(type) ?? 0;
      if (n === 0) continue;
      segments.push({ type, y0: y, y1: y + n });
      y += n;
    }
    return { day: min + i, total: b.length, segments };
  });
}

/** The tallest bin, at least 1 so an empty chart still has a scale. */
export function maxBinTotal(bins: readonly DayBin[]): number {
  let max = 1;
  for (const b of bins) max = Math.max(max, b.total);
  return max;
}
