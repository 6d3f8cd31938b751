/**
 * Coverage: the official running totals against the dataset's own running count of attacks
 * on US forces, so a reader sees how much of the official tally the map holds.
 */
import type { AtlasEvent } from '../data/model';
import type { OfficialCount } from '../data/schema';
import type { DayRange } from '../data/view-types';
import { type DayNumber, parseCivilDate } from '../shared/civil-date';

export interface CountPoint {
  day: DayNumber;
  total: number;
  /** Official figures only: "at least 100" is not "100". */
  qualifier?: OfficialCount['qualifier'];
}

/** Official totals as points, in date order, dropping any whose date cannot be read. */
export function officialPoints(counts: readonly OfficialCount[]): CountPoint[] {
  const points: CountPoint[] = [];
  for (const c of counts) {
    const day = parseCivilDate(c.date);
    if (day !== null) points.push({ day, total: c.total, qualifier: c.qualifier });
  }
  return points.sort((a, b) => a.day - b.day);
}

/** The dataset's running count of attacks on US forces at the end of each day of the extent. */
export function datasetRunningCount(events: readonly AtlasEvent[], [min, max]: DayRange): CountPoint[] {
  const perDay = new Array<number>(Math.max(0, max - min + 1)).fill(0);
  for (const e of events) {
    if (e.direction !== 'attack_on_us' || e.day < min || e.day > max) continue;
    perDay[e.day - min] = (perDay[e.day - min] ?? 0) + 1;
  }
  let total = 0;
  return perDay.map((n, i) => {
    total += n;
    return { day: min + i, total };
  });
}

/** The last point on or before `day`, or null when the series has not started yet. */
export function totalAt(points: readonly CountPoint[], day: DayNumber): CountPoint | null {
  let found: CountPoint | null = null;
  for (const p of points) {
    if (p.day > day) break;
    found = p;
  }
  return found;
}
