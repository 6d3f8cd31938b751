/**
 * The import worker: reads and parses the file off the page's thread, so the page stays
 * responsive however large the file. Progress at most ten times a second; the result's typed
 * arrays are transferred, not copied, and its texts follow in parts (text-parts.ts), each a
 * message of its own, so no one message holds the page while it is copied in. Cancelling
 * terminates the worker. A linked file can arrive in parts while it downloads (byte-file.ts):
 * the reading waits for the bytes it needs, and messages keep coming in between.
 */
import { transferables } from '../data/event-columns';
import { ArrivingFile } from './byte-file';
import { ImportRefused } from './refused';
import { ImportJob, type ImportResult } from './run-import';
import { partChars, takeTextParts } from './text-parts';
import type { FromWorker, ToWorker } from './worker-protocol';

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<ToWorker>) => void) | null;
  postMessage(message: FromWorker, transfer?: Transferable[]): void;
};

let job: ImportJob | null = null;
/** A linked file still downloading: the page posts its bytes as they come. */
let arriving: ArrivingFile | null = null;

const post = (message: FromWorker, transfer: Transferable[] = []) => scope.postMessage(message, transfer);

function fail(error: unknown) {
  if (error instanceof ImportRefused) post({ type: 'refused', message: error.message });
  else post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
}

scope.onmessage = (event) => {
  const message = event.data;
  if (message.type === 'arriving') arriving = new ArrivingFile(message.size);
  else if (message.type === 'bytes') arriving?.add(message.chunk);
  else if (message.type === 'end') arriving?.end();
  else if (message.type === 'broken') arriving?.fail(new ImportRefused(message.message));
  else if (message.type === 'sniff') {
    const file = message.file ?? arriving;
    if (!file) return fail(new Error('No file to import.'));
    job = new ImportJob(file, message.name);
    job.sniff(message.encoding).then((sniffed) => post({ type: 'sniffed', sniffed }), fail);
  } else run(message);
};

function run(message: Extract<ToWorker, { type: 'run' }>) {
  if (!job) return fail(new Error('No file to import.'));
  let last = 0;
  job
    .run(message.options, message.sniffed, {
      onProgress: (progress) => {
        const now = performance.now();
        if (now - last < 100 && progress.phase === 'reading') return;
        last = now;
        post({ type: 'progress', progress });
      },
    })
    .then(send, fail);
}

function send(result: ImportResult) {
  const parts = takeTextParts(result.columns);
  const total = partChars(parts);
  let moved = 0;
  for (const part of parts) {
    moved += part.text.length;
    const progress = {
      phase: 'moving' as const,
      bytes: moved,
      total,
      rows: result.rowsRead,
      rejected: result.rejected,
    };
    post({ type: 'text', part, progress });
  }
  post({ type: 'done', result }, transferables(result.columns));
}
