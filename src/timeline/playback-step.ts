/**
 * Playback as pure steps: where playing starts, what the next window is, and how often to
 * step. Playback always advances in whole days.
 */
import type { DayRange } from '../data/view-types';
import type { Playback } from '../store/app-store';
import { moveWindow, windowDays } from './window-math';

export type PlaybackMode = Playback['mode'];

/** Speeds offered, in days per second: a day, two days, a week, two weeks, a month. */
export const SPEEDS = [1, 2, 7, 14, 30] as const;

/** Width a moving window gets when play is pressed while the whole extent is selected. */
export const DEFAULT_PLAY_WIDTH = 7;

/**
 * The window playback starts from. A window already at the end rewinds to the beginning
 * (pressing play on a finished run replays it); a moving window as wide as the whole
 * extent would have nowhere to go, so it narrows to a week.
 */
export function playbackStart(window: DayRange, mode: PlaybackMode, extent: DayRange): DayRange {
  const [min, max] = extent;
  if (mode === 'cumulative') return window[1] >= max ? [window[0], window[0]] : window;
  const width = windowDays(window) >= max - min + 1 ? DEFAULT_PLAY_WIDTH : windowDays(window);
  const sized: DayRange = [window[0], Math.min(max, window[0] + width - 1)];
  return sized[1] >= max ? moveWindow(sized, min - sized[0], extent) : sized;
}

/** One manual step of `delta` days: the moving window shifts, the growing one changes its end. */
export function stepWindow(window: DayRange, mode: PlaybackMode, delta: number, extent: DayRange): DayRange {
  if (mode === 'moving') return moveWindow(window, delta, extent);
  const end = Math.max(window[0], Math.min(extent[1], window[1] + delta));
  return [window[0], end];
}

export interface Step {
  window: DayRange;
  /** True when playback should stop here: the end is reached and loop is off. */
  ended: boolean;
}

/** The next window of a playback tick: `days` forward, wrapping at the end when looping. */
export function nextWindow(
  window: DayRange,
  mode: PlaybackMode,
  days: number,
  loop: boolean,
  extent: DayRange,
): Step {
  const [min, max] = extent;
  if (window[1] >= max) {
    if (!loop) return { window, ended: true };
    if (mode === 'cumulative') return { window: [window[0], window[0]], ended: false };
    return { window: moveWindow(window, min - window[0], extent), ended: false };
  }
  const next = stepWindow(window, mode, days, extent);
  return { window: next, ended: next[1] >= max && !loop };
}

export interface TickPlan {
  intervalMs: number;
  days: number;
}

/**
 * How often to step and by how much. Normally one day per tick (smoothest motion); with
 * reduced motion at most two ticks a second, each covering more days, so the map changes
 * in a few clear steps rather than a fast animation.
 */
export function tickPlan(speed: number, reducedMotion: boolean): TickPlan {
  const perDay = 1000 / Math.max(speed, 0.001);
  if (!reducedMotion) return { intervalMs: perDay, days: 1 };
  const intervalMs = Math.max(perDay, 500);
  return { intervalMs, days: Math.max(1, Math.round((speed * intervalMs) / 1000)) };
}
