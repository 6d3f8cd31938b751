/** In-page timing helpers: wait for the map to finish a frame, and summarise samples. */
import type { MapLike } from '../../src/map/map-like';

/** Resolves at MapLibre's `idle` (everything asked for is drawn), with the first `render` too. */
export function nextFrame(
  map: MapLike,
  t0: number,
  timeoutMs = 60_000,
): Promise<{ render: number; idle: number }> {
  return new Promise((resolve, reject) => {
    let render = Number.NaN;
    const timer = setTimeout(() => reject(new Error(`no idle within ${timeoutMs} ms`)), timeoutMs);
    map.once('render', () => {
      render = performance.now() - t0;
    });
    map.once('idle', () => {
      clearTimeout(timer);
      resolve({ render, idle: performance.now() - t0 });
    });
  });
}

export interface Stats {
  median: number;
  p95: number;
  min: number;
  max: number;
  n: number;
}

function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return (sorted[lo] as number) + ((sorted[hi] as number) - (sorted[lo] as number)) * (at - lo);
}

const round = (x: number) => Math.round(x * 10) / 10;

export function stats(samples: readonly number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    median: round(quantile(sorted, 0.5)),
    p95: round(quantile(sorted, 0.95)),
    min: round(sorted[0] ?? Number.NaN),
    max: round(sorted.at(-1) ?? Number.NaN),
    n: sorted.length,
  };
}
