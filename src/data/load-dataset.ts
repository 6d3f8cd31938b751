/**
 * One dataset from three parsed JSON files: the schema per record (parse-dataset.ts), then the
 * integrity rules of check-rules.ts (records that contradict themselves or each other), added
 * as notices (read-dataset.ts). The editorial rules of the built-in dataset (curationIssues)
 * are for `npm test` (check-dataset.ts), not for every dataset a deployer serves. The app
 * itself loads through read-dataset.ts, which gives the same dataset without zod when the
 * files are good.
 */
import type { Dataset } from './model';
import { type ParseOptions, parseDataset, type RawFiles } from './parse-dataset';
import { withIntegrity } from './read-dataset';

export function loadDataset(raw: RawFiles, options: ParseOptions = {}): Dataset {
  return withIntegrity(raw, parseDataset(raw, options), options);
}
