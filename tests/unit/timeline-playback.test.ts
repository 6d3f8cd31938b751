import { describe, expect, it } from 'vitest';
import type { DayRange } from '../../src/data/view-types';
import { formatCivilDate, parseCivilDate } from '../../src/shared/civil-date';
import { nextWindow, playbackStart, stepWindow, tickPlan } from '../../src/timeline/playback-step';

const d = (text: string) => parseCivilDate(text) as number;
const dates = ([a, b]: DayRange) => [formatCivilDate(a), formatCivilDate(b)];
const extent: DayRange = [d('2023-10-17'), d('2023-11-15')];

describe('where playback starts', () => {
  it('narrows a full-extent moving window to a week at the start', () => {
    expect(dates(playbackStart(extent, 'moving', extent))).toEqual(['2023-10-17', '2023-10-23']);
  });

  it('keeps a window that has room to move, rewinds one at the end', () => {
    const w: DayRange = [d('2023-10-20'), d('2023-10-29')];
    expect(playbackStart(w, 'moving', extent)).toEqual(w);
    expect(dates(playbackStart([d('2023-11-06'), d('2023-11-15')], 'moving', extent))).toEqual([
      '2023-10-17',
      '2023-10-26',
    ]);
  });

  it('grows from the window start; a finished growing run restarts from its start', () => {
    const w: DayRange = [d('2023-10-20'), d('2023-10-29')];
    expect(playbackStart(w, 'cumulative', extent)).toEqual(w);
    expect(dates(playbackStart([d('2023-10-20'), d('2023-11-15')], 'cumulative', extent))).toEqual([
      '2023-10-20',
      '2023-10-20',
    ]);
  });
});

describe('playback steps', () => {
  const w: DayRange = [d('2023-10-17'), d('2023-10-23')];

  it('moves a moving window and grows a cumulative one', () => {
    expect(dates(nextWindow(w, 'moving', 1, false, extent).window)).toEqual(['2023-10-18', '2023-10-24']);
    expect(dates(nextWindow(w, 'cumulative', 1, false, extent).window)).toEqual(['2023-10-17', '2023-10-24']);
    expect(dates(nextWindow(w, 'moving', 7, false, extent).window)).toEqual(['2023-10-24', '2023-10-30']);
  });

  it('stops on reaching the end unless looping', () => {
    const near: DayRange = [d('2023-11-08'), d('2023-11-14')];
    const last = nextWindow(near, 'moving', 3, false, extent);
    expect(dates(last.window)).toEqual(['2023-11-09', '2023-11-15']);
    expect(last.ended).toBe(true);
    expect(nextWindow(last.window, 'moving', 1, false, extent)).toEqual({ window: last.window, ended: true });
    expect(nextWindow(near, 'moving', 3, true, extent).ended).toBe(false);
  });

  it('wraps to the beginning when looping', () => {
    const atEnd: DayRange = [d('2023-11-09'), d('2023-11-15')];
    expect(dates(nextWindow(atEnd, 'moving', 1, true, extent).window)).toEqual(['2023-10-17', '2023-10-23']);
    const grown: DayRange = [d('2023-10-20'), d('2023-11-15')];
    expect(dates(nextWindow(grown, 'cumulative', 1, true, extent).window)).toEqual([
      '2023-10-20',
      '2023-10-20',
    ]);
  });

  it('steps by hand without wrapping; a growing window never shrinks past its start', () => {
    expect(dates(stepWindow(w, 'moving', -1, extent))).toEqual(['2023-10-17', '2023-10-23']);
    expect(dates(stepWindow(w, 'cumulative', -10, extent))).toEqual(['2023-10-17', '2023-10-17']);
  });
});

describe('tick plan', () => {
  it('steps one day at the chosen speed', () => {
    expect(tickPlan(1, false)).toEqual({ intervalMs: 1000, days: 1 });
    expect(tickPlan(30, false).intervalMs).toBeCloseTo(33.3, 1);
  });

  it('with reduced motion takes at most two steps a second, covering the same days', () => {
    expect(tickPlan(1, true)).toEqual({ intervalMs: 1000, days: 1 });
    expect(tickPlan(2, true)).toEqual({ intervalMs: 500, days: 1 });
    expect(tickPlan(30, true)).toEqual({ intervalMs: 500, days: 15 });
    expect(tickPlan(7, true)).toEqual({ intervalMs: 500, days: 4 });
  });
});

describe('playback on the edges of the extent', () => {
  it('keeps a window one day short of the whole extent as it is', () => {
    const allButLast: DayRange = [d('2023-10-17'), d('2023-11-14')];
    expect(playbackStart(allButLast, 'moving', extent)).toEqual(allButLast);
  });

  it('goes on playing after wrapping round when looping', () => {
    const atEnd: DayRange = [d('2023-11-09'), d('2023-11-15')];
    expect(nextWindow(atEnd, 'moving', 1, true, extent).ended).toBe(false);
    expect(nextWindow([d('2023-10-20'), d('2023-11-15')], 'cumulative', 1, true, extent).ended).toBe(false);
  });

  it('does not stop before the end when not looping', () => {
    const w: DayRange = [d('2023-10-17'), d('2023-10-23')];
    expect(nextWindow(w, 'moving', 1, false, extent).ended).toBe(false);
    expect(nextWindow(w, 'cumulative', 1, false, extent).ended).toBe(false);
  });
});
