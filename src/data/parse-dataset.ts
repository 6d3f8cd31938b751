/**
 * The dataset's full check: parse-records.ts under the zod schemas of record-schema.ts, which
 * name the field and the reason for every record they refuse. Used by `npm test`'s data
 * check, by the tests, and by the app whenever its quick check (quick-check.ts) gives up.
 */
import type { Dataset } from './model';
import {
  type ParseOptions,
  parseWith,
  parseWithPauses,
  type RawFiles,
  type RecordChecks,
} from './parse-records';
import {
  coverageWindow,
  eventFeature,
  featureCollection,
  officialCount,
  officialCountsFile,
  siteFeature,
} from './record-schema';

export { DatasetFormatError, type ParseOptions, type RawFiles } from './parse-records';

const schemaChecks: RecordChecks = {
  collection: (raw) => featureCollection.safeParse(raw),
  site: (raw) => siteFeature.safeParse(raw),
  event: (raw) => eventFeature.safeParse(raw),
  countsFile: (raw) => officialCountsFile.safeParse(raw),
  count: (raw) => officialCount.safeParse(raw),
  coverage: (raw) => coverageWindow.safeParse(raw),
};

export function parseDataset(raw: RawFiles, options: ParseOptions = {}): Dataset {
  return parseWith(schemaChecks, raw, options);
}

/** `parseDataset`, pausing for the page between slices (parse-records.ts). */
export function parseDatasetWithPauses(
  raw: RawFiles,
  options: ParseOptions,
  pause: () => Promise<void>,
): Promise<Dataset> {
  return parseWithPauses(schemaChecks, raw, options, pause);
}
