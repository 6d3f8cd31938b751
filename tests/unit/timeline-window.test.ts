import { describe, expect, it } from 'vitest';
import type { DayRange } from '../../src/data/view-types';
import { formatCivilDate, parseCivilDate } from '../../src/shared/civil-date';
import { windowForDrag, windowForKey } from '../../src/timeline/slider-keys';
import {
  dayAtFraction,
  dayToPercent,
  moveWindow,
  setEnd,
  setStart,
  windowDays,
} from '../../src/timeline/window-math';

const d = (text: string) => parseCivilDate(text) as number;
const dates = ([a, b]: DayRange) => [formatCivilDate(a), formatCivilDate(b)];
const extent: DayRange = [d('2023-10-17'), d('2024-02-07')];

describe('window arithmetic', () => {
  it('counts both ends', () => {
    expect(windowDays([d('2023-10-17'), d('2023-10-17')])).toBe(1);
    expect(windowDays([d('2023-10-17'), d('2023-11-15')])).toBe(30);
  });

  it('moves keeping the width, flush against the ends', () => {
    const w: DayRange = [d('2023-10-20'), d('2023-10-26')];
    expect(dates(moveWindow(w, 7, extent))).toEqual(['2023-10-27', '2023-11-02']);
    expect(dates(moveWindow(w, -30, extent))).toEqual(['2023-10-17', '2023-10-23']);
    expect(dates(moveWindow(w, 999, extent))).toEqual(['2024-02-01', '2024-02-07']);
    expect(moveWindow(extent, 5, extent)).toEqual(extent);
  });

  it('resizes each end without crossing the other', () => {
    const w: DayRange = [d('2023-10-20'), d('2023-10-26')];
    expect(dates(setStart(w, d('2023-10-30'), extent))).toEqual(['2023-10-26', '2023-10-26']);
    expect(dates(setEnd(w, d('2023-10-01'), extent))).toEqual(['2023-10-20', '2023-10-20']);
    expect(dates(setEnd(w, d('2025-01-01'), extent))).toEqual(['2023-10-20', '2024-02-07']);
  });

  it('maps track fractions to whole day slots', () => {
    const small: DayRange = [d('2023-10-17'), d('2023-10-26')];
    expect(dayAtFraction(0, small)).toBe(d('2023-10-17'));
    expect(dayAtFraction(0.999, small)).toBe(d('2023-10-26'));
    expect(dayAtFraction(1.2, small)).toBe(d('2023-10-26'));
    expect(dayToPercent(d('2023-10-22'), small)).toBe(50);
  });
});

describe('slider keys', () => {
  const w: DayRange = [d('2023-11-01'), d('2023-11-10')];

  it('steps a day with arrows and a week with Page Up/Down', () => {
    expect(dates(windowForKey('start', 'ArrowRight', w, extent) as DayRange)).toEqual([
      '2023-11-02',
      '2023-11-10',
    ]);
    expect(dates(windowForKey('start', 'ArrowDown', w, extent) as DayRange)).toEqual([
      '2023-10-31',
      '2023-11-10',
    ]);
    expect(dates(windowForKey('end', 'PageUp', w, extent) as DayRange)).toEqual(['2023-11-01', '2023-11-17']);
    expect(dates(windowForKey('window', 'PageDown', w, extent) as DayRange)).toEqual([
      '2023-10-25',
      '2023-11-03',
    ]);
  });

  it('sends Home and End to the ends each part can reach', () => {
    expect(dates(windowForKey('start', 'Home', w, extent) as DayRange)).toEqual(['2023-10-17', '2023-11-10']);
    expect(dates(windowForKey('start', 'End', w, extent) as DayRange)).toEqual(['2023-11-10', '2023-11-10']);
    expect(dates(windowForKey('end', 'Home', w, extent) as DayRange)).toEqual(['2023-11-01', '2023-11-01']);
    expect(dates(windowForKey('window', 'End', w, extent) as DayRange)).toEqual(['2024-01-29', '2024-02-07']);
    expect(windowForKey('window', 'Enter', w, extent)).toBeNull();
  });

  it('applies drags in whole days to the part grabbed', () => {
    expect(dates(windowForDrag('window', 3, w, extent))).toEqual(['2023-11-04', '2023-11-13']);
    expect(dates(windowForDrag('end', -20, w, extent))).toEqual(['2023-11-01', '2023-11-01']);
  });
});

describe('the window against the extent', () => {
  const w: DayRange = [d('2023-11-01'), d('2023-11-10')];

  it('Home on the window slider moves the whole window to the first day, keeping its width', () => {
    expect(dates(windowForKey('window', 'Home', w, extent) as DayRange)).toEqual([
      '2023-10-17',
      '2023-10-26',
    ]);
  });

  it('End on the end handle takes the end to the last day and leaves the start', () => {
    expect(dates(windowForKey('end', 'End', w, extent) as DayRange)).toEqual(['2023-11-01', '2024-02-07']);
  });

  it('dragging the start handle moves only the start, either way', () => {
    expect(dates(windowForDrag('start', -5, w, extent))).toEqual(['2023-10-27', '2023-11-10']);
    expect(dates(windowForDrag('start', 3, w, extent))).toEqual(['2023-11-04', '2023-11-10']);
  });

  it('a window wider than the extent (data with fewer days opened) shrinks to the extent', () => {
    const wide: DayRange = [d('2023-10-01'), d('2024-03-01')];
    expect(dates(moveWindow(wide, 0, extent))).toEqual(['2023-10-17', '2024-02-07']);
  });

  it('the middle of the track is the middle day', () => {
    const small: DayRange = [d('2023-10-17'), d('2023-10-26')];
    expect(dayAtFraction(0.5, small)).toBe(d('2023-10-22'));
    expect(dayAtFraction(0.25, small)).toBe(d('2023-10-19'));
  });
});
