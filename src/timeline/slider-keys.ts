/**
 * The WAI-ARIA slider keys for the three sliders of the brush: the start handle, the end
 * handle and the window itself (moves both ends). Pure: key in, next window out.
 */
import type { DayRange } from '../data/view-types';
import { moveWindow, moveWindowTo, setEnd, setStart } from './window-math';

export type BrushPart = 'start' | 'end' | 'window';

const STEPS: Record<string, number> = {
  ArrowLeft: -1,
  ArrowDown: -1,
  ArrowRight: 1,
  ArrowUp: 1,
  PageDown: -7,
  PageUp: 7,
};

/** The next window for a key press on a part, or null when the key is not a slider key. */
export function windowForKey(
  part: BrushPart,
  key: string,
  window: DayRange,
  extent: DayRange,
): DayRange | null {
  const [min, max] = extent;
  const step = STEPS[key];
  if (step !== undefined) {
    if (part === 'start') return setStart(window, window[0] + step, extent);
    if (part === 'end') return setEnd(window, window[1] + step, extent);
    return moveWindow(window, step, extent);
  }
  if (key === 'Home') {
    if (part === 'start') return setStart(window, min, extent);
    if (part === 'end') return setEnd(window, window[0], extent);
    return moveWindowTo(window, min, extent);
  }
  if (key === 'End') {
    if (part === 'start') return setStart(window, window[1], extent);
    if (part === 'end') return setEnd(window, max, extent);
    return moveWindowTo(window, max, extent);
  }
  return null;
}

/** A pointer drag of `days` whole days applied to the part that was grabbed. */
export function windowForDrag(part: BrushPart, days: number, from: DayRange, extent: DayRange): DayRange {
  if (part === 'start') return setStart(from, from[0] + days, extent);
  if (part === 'end') return setEnd(from, from[1] + days, extent);
  return moveWindow(from, days, extent);
}
