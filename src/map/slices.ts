/**
 * Long work cut into steps (a generator yields between them), so the same code can run at once
 * or in slices that leave the page free in between: a 250,000-event dataset's places and
 * grouping took one task of up to a quarter of a second, during which the progress bar froze.
 * Either way the steps are the same, so the result is too.
 */
export type Steps<T> = Generator<void, T, void>;

/** Runs every step now. */
export function runAll<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** How long one slice may run before the page gets its turn (a long task starts at 50 ms). */
export const SLICE_MS = 40;

/**
 * Runs the steps in slices of about SLICE_MS, each in its own task, the first after the page
 * has had a turn; calls `done` with the result. Returns the function that stops it.
 */
export function runSliced<T>(steps: Steps<T>, done: (result: T) => void): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let stopped = false;
  const slice = () => {
    timer = null;
    const end = performance.now() + SLICE_MS;
    for (;;) {
      const next = steps.next();
      // Stopped by a step of its own (a callback it made): nothing more runs.
      if (stopped) return;
      if (next.done) {
        done(next.value);
        return;
      }
      if (performance.now() >= end) break;
    }
    timer = setTimeout(slice, 0);
  };
  timer = setTimeout(slice, 0);
  return () => {
    stopped = true;
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };
}
