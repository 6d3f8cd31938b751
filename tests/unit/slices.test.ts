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
  vi.useRealTimers();
});

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
});
