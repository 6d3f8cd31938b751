/**
 * The import benchmark's data on the bench page: the generated ACLED-style CSV, fetched from
 * the bench server and read by the app's own importer (worker, default choices, the same
 * dataset builder), so the scrub is timed on exactly what a dropped file becomes.
 */
import type { Dataset } from '../../src/data/model';
import { defaultOptions } from '../../src/import/default-options';
import { finishImport } from '../../src/import/finish';
import { openImport } from '../../src/import/import-client';

export async function importedDataset(url: string): Promise<Dataset> {
  const blob = await (await fetch(url)).blob();
  const name = url.split('/').pop() ?? url;
  const session = openImport(blob, name);
  const sniffed = await session.sniff();
  const result = await session.run(defaultOptions(sniffed, name), sniffed, () => {});
  return (await finishImport(result, sniffed, { origin: 'file', name })).dataset;
}
