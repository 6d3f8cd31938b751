/**
 * The page's side of an import. In a browser the work runs in a Web Worker; where there is
 * none (the test DOM, very old browsers) the same code runs here, pausing between slices so
 * the page still paints. Either way the file is read locally and never sent anywhere.
 */
import { datasetFromColumns } from '../data/dataset-from-columns';
import { yieldToPage } from '../shared/yield-to-page';
import type { Dataset } from '../data/model';
import { ArrivingFile, type ByteFile } from './byte-file';
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

/** An import whose file is still downloading: its bytes are handed over as they come. */
export interface ArrivingImport extends ImportSession {
  /** The next bytes of the file. */
  add(chunk: Uint8Array): void;
  /** The download is complete. */
  end(): void;
  /** The download failed: the import stops, saying `message`. */
  fail(message: string): void;
}

function inPage(file: ByteFile, name: string): ImportSession {
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

/** `file` null: the worker's arriving file, announced to it before (`openArrivingImport`). */
function inWorker(worker: Worker, file: Blob | null, name: string): ImportSession {
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

const newWorker = () => new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });

export function openImport(file: Blob, name: string): ImportSession {
  return typeof Worker === 'undefined' ? inPage(file, name) : inWorker(newWorker(), file, name);
}

/** An import of a file of `size` bytes that starts reading before the download ends. */
export function openArrivingImport(name: string, size: number): ArrivingImport {
  if (typeof Worker === 'undefined') {
    const file = new ArrivingFile(size);
    return {
      ...inPage(file, name),
      add: (chunk) => file.add(chunk),
      end: () => file.end(),
      fail: (message) => file.fail(new ImportRefused(message)),
    };
  }
  const worker = newWorker();
  const send = (message: ToWorker, transfer: Transferable[] = []) => worker.postMessage(message, transfer);
  send({ type: 'arriving', size });
  return {
    ...inWorker(worker, null, name),
    // Moved, not copied, when the chunk owns its whole buffer (as a fetch's chunks do).
    add: (chunk) =>
      send({ type: 'bytes', chunk }, chunk.byteLength === chunk.buffer.byteLength ? [chunk.buffer] : []),
    end: () => send({ type: 'end' }),
    fail: (message) => send({ type: 'broken', message }),
  };
}

/** Builds the dataset from the worker's columns in slices, so the page keeps painting. */
export function buildDataset(
  result: ImportResult,
  version: string,
  onBuilt?: (n: number) => void,
): Promise<Dataset> {
  return datasetFromColumns(result.columns, result.sites, version, yieldToPage, onBuilt);
}
