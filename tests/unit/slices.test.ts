/**
 * Work in slices: each slice runs in its own task, stops once it has run SLICE_MS, and the
 * result is handed over once; a stopped run runs no further step.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runAll, runSliced, SLICE_MS, type Steps } from '../../src/map/slices';

/** A step that takes at least `ms` of real time. */
function busy(ms: number) {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    // spinning: the step's own work
  }
}

const STEP_MS = 15;

function* work(n: number, done: number[]): Steps<string> {
  for (let i = 0; i < n; i += 1) {
    busy(STEP_MS);
    done.push(i);
    yield;
  }
  return `${n} steps`;
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

/**
 * Steps that each take `ms` on a clock the test keeps (performance.now), recorded per slice:
 * the test runs one slice (one timer) at a time, so the grouping is exact, not a race.
 */
function timedSlices(n: number, ms: number, stopAt = -1) {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  let now = 0;
  vi.spyOn(performance, 'now').mockImplementation(() => now);
  const bySlice: number[][] = [];
  let stop = () => {};
  function* steps(): Steps<string> {
    for (let i = 0; i < n; i += 1) {
      now += ms;
      bySlice.at(-1)?.push(i);
      if (i === stopAt) stop();
      yield;
    }
    return 'done';
  }
  const done = vi.fn();
  stop = runSliced(steps(), done);
  while (vi.getTimerCount() > 0) {
    bySlice.push([]);
    vi.advanceTimersToNextTimer();
  }
  return { bySlice: bySlice.filter((s) => s.length > 0), done };
}

describe('runSliced', () => {
  it('runs the steps a few at a time, each slice in its own task, then hands over the result once', async () => {
    // A step that finds no mark is the first of a task: the mark is cleared by a microtask,
    // which runs only once the task (the slice) has ended.
    let inTask = false;
    const perSlice: number[] = [];
    const steps: number[] = [];
    function* counted(): Steps<string> {
      const inner = work(10, steps);
      for (;;) {
        if (!inTask) {
          inTask = true;
          queueMicrotask(() => {
            inTask = false;
          });
          perSlice.push(0);
        }
        perSlice[perSlice.length - 1] = (perSlice.at(-1) ?? 0) + 1;
        const next = inner.next();
        if (next.done) return next.value;
        yield;
      }
    }
    const result = new Promise<string>((resolve) => runSliced(counted(), resolve));
    expect(steps).toEqual([]);
    expect(await result).toBe('10 steps');
    // Steps of at least 15 ms: a 40 ms slice holds one to three of them, never all ten.
    expect(SLICE_MS).toBe(40);
    expect(perSlice.every((n) => n >= 1 && n <= 3)).toBe(true);
    expect(perSlice.length).toBeGreaterThanOrEqual(4);
    expect(steps).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(runAll(work(3, []))).toBe('3 steps');
  });

  it('runs nothing more once stopped', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const steps: number[] = [];
    const done = vi.fn();
    const stop = runSliced(work(10, steps), done);
    vi.advanceTimersToNextTimer();
    const ran = steps.length;
    expect(ran).toBeGreaterThan(0);
    stop();
    vi.runAllTimers();
    expect(steps).toHaveLength(ran);
    expect(done).not.toHaveBeenCalled();
  });

  it('gives the page its turn once a slice has run 40 ms, and not before', () => {
    // 20 ms steps: the second ends a slice at exactly 40 ms.
    const slow = timedSlices(6, 20);
    expect(slow.bySlice).toEqual([
      [0, 1],
      [2, 3],
      [4, 5],
    ]);
    expect(slow.done).toHaveBeenCalledExactlyOnceWith('done');
    // Quick steps share one slice: no task is spent on a step that could have run at once.
    const quick = timedSlices(30, 1);
    expect(quick.bySlice).toEqual([Array.from({ length: 30 }, (_, i) => i)]);
    expect(quick.done).toHaveBeenCalledExactlyOnceWith('done');
  });

  it('runs no step after the one that stopped it, and hands over nothing', () => {
    // A step's own work can reach code that stops the run (a callback it makes): that step is
    // the last, even in the middle of a slice.
    const { bySlice, done } = timedSlices(10, 1, 3);
    expect(bySlice).toEqual([[0, 1, 2, 3]]);
    expect(done).not.toHaveBeenCalled();
  });
});
