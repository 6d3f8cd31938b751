/**
 * One dataset from three parsed JSON files: the schema per record (parse-dataset.ts), then the
 * integrity rules of check-rules.ts (records that contradict themselves or each other). A
 * breach does not drop the record (the schema accepted it); it is reported as a notice so a
 * reader knows. The editorial rules of the built-in dataset (curationIssues) are for
 * `npm test` (check-dataset.ts), not for every dataset a deployer serves.
 */
import { integrityIssues } from './check-rules';
import type { Dataset } from './model';
import { type ParseOptions, parseDataset, type RawFiles } from './parse-dataset';

export function loadDataset(raw: RawFiles, options: ParseOptions = {}): Dataset {
  const dataset = parseDataset(raw, options);
  const counted = options.countsUnavailable === undefined;
  const rules = integrityIssues(raw, dataset)
    // A counts file that never arrived has no version to compare: that is said once already.
    .filter((issue) => counted || issue.file !== 'official-counts.json')
    .map((issue) => ({ ...issue, effect: 'kept' as const }));
  return { ...dataset, issues: [...dataset.issues, ...rules] };
}
