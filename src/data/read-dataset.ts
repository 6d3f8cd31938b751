/**
 * The app's loader for the built-in files: the quick check (quick-check.ts) when every record
 * is plainly good, as the curated data is; otherwise the full schema, loaded only then, so a
 * reader is told about a bad record in the schema's own words. Then the integrity rules of
 * check-rules.ts, as load-dataset.ts applies them.
 */
import { integrityIssues } from './check-rules';
import type { Dataset } from './model';
import type { ParseOptions, RawFiles } from './parse-records';
import { parseQuickly } from './quick-check';

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

export async function readDataset(raw: RawFiles, options: ParseOptions = {}): Promise<Dataset> {
  const dataset = parseQuickly(raw, options) ?? (await import('./parse-dataset')).parseDataset(raw, options);
  return withIntegrity(raw, dataset, options);
}
