/**
 * Window arithmetic on whole civil days. A window is an inclusive [start, end] pair of day
 * numbers, so no time zone or daylight-saving change can make it a fraction of a day.
 */
import type { DayRange } from '../data/view-types';
import type { DayNumber } from '../shared/civil-date';

/** Days in the window, both ends included. */
export function windowDays([start, end]: DayRange): number {
  return end - start + 1;
}

function clamp(value: number, low: number, high: number): number {
  return Math.max(low, Math.min(high, value));
}

/** Shifts both ends by `delta` days keeping the width; stops flush against either end of the extent. */
export function moveWindow(window: DayRange, delta: number, [min, max]: DayRange): DayRange {
  const width = Math.min(windowDays(window), max - min + 1);
  const start = clamp(window[0] + Math.round(delta), min, max - width + 1);
  return [start, start + width - 1];
}

/** Puts the start at `day`, never past the end. */
export function setStart([, end]: DayRange, day: DayNumber, [min]: DayRange): DayRange {
  return [clamp(Math.round(day), min, end), end];
}

/** Puts the end at `day`, never before the start. */
export function setEnd([start]: DayRange, day: DayNumber, [, max]: DayRange): DayRange {
  return [start, clamp(Math.round(day), start, max)];
}

/** Moves the whole window so that it starts at `day` (Home/End on the window slider). */
export function moveWindowTo(window: DayRange, day: DayNumber, extent: DayRange): DayRange {
  return moveWindow(window, day - window[0], extent);
}

/** The day under a fraction (0..1) of the track's width. */
export function dayAtFraction(fraction: number, [min, max]: DayRange): DayNumber {
  const days = max - min + 1;
  return clamp(min + Math.floor(fraction * days), min, max);
}

/** Left edge of a day's slot as a percentage of the track (the extent has one slot per day). */
export function dayToPercent(day: DayNumber, [min, max]: DayRange): number {
  return ((day - min) / (max - min + 1)) * 100;
}
