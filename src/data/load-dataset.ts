/**
 * One dataset from three parsed JSON files: the schema per record (parse-dataset.ts), then the
 * cross-file rules of check-rules.ts, the same ones `npm test` runs over public/data. At load
 * time a rule breach does not drop the record (the schema accepted it); it is reported as a
 * notice so a reader knows the record breaks a rule. Used by the fetch path and the data
 * check, and ready for a dataset from another same-origin path or a reader's own files.
 */
import { crossFileIssues } from './check-rules';
import type { Dataset } from './model';
import { type ParseOptions, parseDataset, type RawFiles } from './parse-dataset';

export function loadDataset(raw: RawFiles, options: ParseOptions = {}): Dataset {
  const dataset = parseDataset(raw, options);
  const counted = options.countsUnavailable === undefined;
  const rules = crossFileIssues(raw, dataset)
    // A counts file that never arrived has no version to compare: that is said once already.
    .filter((issue) => counted || issue.file !== 'official-counts.json')
    .map((issue) => ({ ...issue, effect: 'kept' as const }));
  return { ...dataset, issues: [...dataset.issues, ...rules] };
}
