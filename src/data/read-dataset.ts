/**
 * The app's loader for the built-in files: the quick check (quick-check.ts) when every record
 * is plainly good, as the curated data is; otherwise the full schema, loaded only then, so a
 * reader is told about a bad record in the schema's own words. Then the integrity rules of
 * check-rules.ts, as load-dataset.ts applies them.
 */
import { integrityIssues } from './check-rules';
import type { Dataset } from './model';
import type { ParseOptions, RawFiles } from './parse-records';
import { parseQuickly, parseQuicklyWithPauses } from './quick-check';

/**
 * From this many events the parse pauses for the page every ~40 ms (parse-records.ts): at
 * 100,000 it was one task of five seconds. Below it the parse runs straight through (10,000
 * events, about half a second): measured with software WebGL, each pause let the map draw a
 * frame of the basemap loading beside it, and at 10,000 events the first view came 0.3 to
 * 0.9 s later. At 100,000 the runs varied too much to tell (7.7 and 9.6 s paused, 7.5 to
 * 7.9 s not), against a longest task of about 1 s instead of 5.
 */
export const PAUSED_FROM = 20_000;

function featureCount(raw: unknown): number {
  const features = (raw as { features?: unknown } | null)?.features;
  return Array.isArray(features) ? features.length : 0;
}

/**
 * The integrity rules' breaches added to a parsed dataset. A breach does not drop the record
 * (the schema accepted it); it is reported as a notice so a reader knows.
 */
export function withIntegrity(raw: RawFiles, dataset: Dataset, options: ParseOptions): Dataset {
  const counted = options.countsUnavailable === undefined;
  const rules = integrityIssues(raw, dataset)
    // A counts file that never arrived has no version to compare: that is said once already.
    .filter((issue) => counted || issue.file !== 'official-counts.json')
    .map((issue) => ({ ...issue, effect: 'kept' as const }));
  return { ...dataset, issues: [...dataset.issues, ...rules] };
}

/** `pause` yields to the page; without it (tests, scripts) a large dataset is read at once. */
export async function readDataset(
  raw: RawFiles,
  options: ParseOptions = {},
  pause?: () => Promise<void>,
): Promise<Dataset> {
  if (!pause || featureCount(raw.events) < PAUSED_FROM) {
    const dataset =
      parseQuickly(raw, options) ?? (await import('./parse-dataset')).parseDataset(raw, options);
    return withIntegrity(raw, dataset, options);
  }
  const dataset =
    (await parseQuicklyWithPauses(raw, options, pause)) ??
    (await (await import('./parse-dataset')).parseDatasetWithPauses(raw, options, pause));
  await pause();
  return withIntegrity(raw, dataset, options);
}
