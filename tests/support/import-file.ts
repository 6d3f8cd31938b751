/** Runs the importer as the page does (first look, default choices, import, dataset), in-process. */
import { datasetFromColumns } from '../../src/data/dataset-from-columns';
import type { Dataset } from '../../src/data/model';
import { defaultOptions } from '../../src/import/default-options';
import type { ImportOptions } from '../../src/import/mapping';
import { ImportJob, type ImportResult } from '../../src/import/run-import';
import type { Sniffed } from '../../src/import/sniff';

export interface Imported {
  sniffed: Sniffed;
  options: ImportOptions;
  result: ImportResult;
  dataset: Dataset;
}

export async function importBlob(
  blob: Blob,
  name: string,
  change: (options: ImportOptions, sniffed: Sniffed) => Partial<ImportOptions> = () => ({}),
): Promise<Imported> {
  const job = new ImportJob(blob, name);
  const sniffed = await job.sniff();
  const base = defaultOptions(sniffed, name);
  const options = { ...base, ...change(base, sniffed) };
  const result = await job.run(options, sniffed);
  const dataset = await datasetFromColumns(result.columns, result.sites, 'test');
  return { sniffed, options, result, dataset };
}

export const csvBlob = (text: string) => new Blob([text], { type: 'text/csv' });
