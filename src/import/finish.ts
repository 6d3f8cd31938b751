/** From an import's result to what the app shows: the dataset and what to say about it. */
import type { DataOrigin, DatasetMeta } from '../data/dataset-meta';
import type { Dataset } from '../data/model';
import { buildDataset } from './import-client';
import type { ImportResult } from './run-import';
import type { Sniffed } from './sniff';

export interface Loaded {
  dataset: Dataset;
  meta: DatasetMeta;
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
  return { dataset, meta };
}
