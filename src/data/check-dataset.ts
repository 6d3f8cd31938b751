/**
 * The data check behind `npm test` (tests/data): the same zod schema the app loads with,
 * then cross-file rules that a per-feature schema cannot see. Returns readable messages
 * such as `events.geojson #12 (2023-10-19-asad) date: must be a real calendar date YYYY-MM-DD`;
 * an empty list means the dataset is good. Rules are documented in docs/data-format.md.
 */
import { curationIssues } from './check-rules';
import { loadDataset } from './load-dataset';
import type { DataIssue } from './model';
import { DatasetFormatError, type RawFiles } from './parse-dataset';

/** One line per issue: file, feature position and id when known, field, reason. */
export function formatIssue(issue: DataIssue): string {
  const where = issue.featureIndex === null ? issue.file : `${issue.file} #${issue.featureIndex}`;
  const id = issue.featureId === null ? '' : ` (${issue.featureId})`;
  return `${where}${id} ${issue.field}: ${issue.message}`;
}

export function checkDataset(raw: RawFiles): string[] {
  try {
    // The app loads with the same function, so what a reader is told is a part of this;
    // the editorial rules come on top.
    const dataset = loadDataset(raw);
    return [...dataset.issues, ...curationIssues(raw, dataset)].map(formatIssue);
  } catch (error) {
    // A file that is not a FeatureCollection at all stops the load; report it, do not crash.
    if (error instanceof DatasetFormatError) return [error.message];
    throw error;
  }
}
