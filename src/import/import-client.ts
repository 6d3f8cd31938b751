/**
 * The page's side of an import. In a browser the work runs in a Web Worker; where there is
 * none (the test DOM, very old browsers) the same code runs here, pausing between slices so
 * the page still paints. Either way the file is read locally and never sent anywhere.
 */
import { datasetFromColumns } from '../data/dataset-from-columns';
import { yieldToPage } from '../shared/yield-to-page';
import type { Dataset } from '../data/model';
import type { Encoding } from './decode';
import type { ImportOptions } from './mapping';
import { ImportCancelled, ImportRefused } from './refused';
import type { ImportProgress, ImportResult } from './run-import';
import type { Sniffed } from './sniff';
import { TextAssembler } from './text-parts';
import type { FromWorker, ToWorker } from './worker-protocol';

export interface ImportSession {
  sniff(encoding?: Encoding): Promise<Sniffed>;
  run(
    options: ImportOptions,
    sniffed: Sniffed,
    onProgress: (p: ImportProgress) => void,
  ): Promise<ImportResult>;
  /** Stops the import now; a pending `run` rejects with ImportCancelled. */
  cancel(): void;
}

function inPage(file: Blob, name: string): ImportSession {
  // Loaded only here: in a browser the worker carries the parser and this chunk stays small.
  const job = import('./run-import').then(({ ImportJob }) => new ImportJob(file, name));
  let cancelled = false;
  return {
    sniff: async (encoding) => (await job).sniff(encoding),
    run: async (options, sniffed, onProgress) =>
      (await job).run(options, sniffed, { onProgress, cancelled: () => cancelled, pause: yieldToPage }),
    cancel: () => {
      cancelled = true;
    },
  };
}

function inWorker(file: Blob, name: string): ImportSession {
  const worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
  let pending: { resolve(m: FromWorker): void; reject(e: Error): void } | null = null;
  let progress: ((p: ImportProgress) => void) | null = null;
  let texts = new TextAssembler();
  worker.onmessage = (event: MessageEvent<FromWorker>) => {
    const message = event.data;
    if (message.type === 'progress') progress?.(message.progress);
    else if (message.type === 'text') {
      texts.add(message.part);
      progress?.(message.progress);
    } else pending?.resolve(message);
  };
  worker.onerror = (event) => {
    event.preventDefault();
    pending?.reject(new Error(`The import stopped unexpectedly (${event.message || 'worker error'}).`));
  };
  const ask = (message: ToWorker) =>
    new Promise<FromWorker>((resolve, reject) => {
      pending = { resolve, reject };
      worker.postMessage(message);
    }).then((answer) => {
      if (answer.type === 'refused') throw new ImportRefused(answer.message);
      if (answer.type === 'failed') throw new Error(answer.message);
      return answer;
    });
  return {
    async sniff(encoding) {
      const answer = await ask({ type: 'sniff', file, name, encoding });
      if (answer.type !== 'sniffed') throw new Error('The import worker answered out of turn.');
      return answer.sniffed;
    },
    async run(options, sniffed, onProgress) {
      progress = onProgress;
      texts = new TextAssembler();
      const answer = await ask({ type: 'run', options, sniffed });
      if (answer.type !== 'done') throw new Error('The import worker answered out of turn.');
      worker.terminate();
      await texts.restore(answer.result.columns, yieldToPage);
      return answer.result;
    },
    cancel() {
      worker.terminate();
      pending?.reject(new ImportCancelled('Import cancelled.'));
    },
  };
}

export function openImport(file: Blob, name: string): ImportSession {
  return typeof Worker === 'undefined' ? inPage(file, name) : inWorker(file, name);
}

/** Builds the dataset from the worker's columns in slices, so the page keeps painting. */
export function buildDataset(
  result: ImportResult,
  version: string,
  onBuilt?: (n: number) => void,
): Promise<Dataset> {
  return datasetFromColumns(result.columns, result.sites, version, yieldToPage, onBuilt);
}
