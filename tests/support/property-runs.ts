/**
 * How many cases a property test tries. `npm test` tries the full number; the mutation run
 * (vitest.mutation.config.ts) sets PROPERTY_RUNS_SCALE to try a fraction, because it reruns
 * the covering tests once per mutant and a surviving mutant would pay for every case each time.
 * A broken codec fails within the first few cases, so the fraction still kills what the whole
 * number would.
 */
export function propertyRuns(full: number): number {
  const scale = Number(process.env.PROPERTY_RUNS_SCALE ?? 1);
  if (!(scale > 0 && scale <= 1)) return full;
  return Math.max(100, Math.round(full * scale));
}
