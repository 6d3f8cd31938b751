/** From an import's result to what the app shows: the dataset and what to say about it. */
import type { DataOrigin, DatasetMeta } from '../data/dataset-meta';
import type { Dataset } from '../data/model';
import { buildDataset } from './import-client';
import type { RowIssue } from './read-row';
import type { ImportResult } from './run-import';
import type { Sniffed } from './sniff';

/** What the reader is told after an import: what loaded, what was left out and why. */
export interface ImportReport {
  kind: 'csv' | 'geojson';
  rowsRead: number;
  loaded: number;
  rejected: number;
  /** The first rejected rows (row number, column, reason). */
  issues: RowIssue[];
  stopped: string | null;
}

export interface Loaded {
  dataset: Dataset;
  meta: DatasetMeta;
  report: ImportReport;
}

export async function finishImport(
  result: ImportResult,
  sniffed: Sniffed,
  source: { origin: Exclude<DataOrigin, 'built-in'>; name: string; path?: string },
  onBuilt?: (n: number) => void,
): Promise<Loaded> {
  const importedAt = new Date().toISOString();
  const version = `imported ${importedAt.slice(0, 10)}`;
  const dataset = await buildDataset(result, version, onBuilt);
  const meta: DatasetMeta = {
    title: source.name,
    version,
    origin: source.origin,
    fileName: source.origin === 'file' ? source.name : null,
    path: source.path ?? null,
    format: sniffed.formatLabel,
    importedAt,
    notes: [
      ...result.notes,
      ...(result.rejected > 0
        ? [
            `${result.rejected.toLocaleString('en')} rows of the file were left out because they could not be read.`,
          ]
        : []),
      ...(result.stopped ? [result.stopped] : []),
    ],
  };
  const report: ImportReport = {
    kind: sniffed.kind,
    rowsRead: result.rowsRead,
    loaded: result.loaded,
    rejected: result.rejected,
    issues: result.issues,
    stopped: result.stopped,
  };
  return { dataset, meta, report };
}
