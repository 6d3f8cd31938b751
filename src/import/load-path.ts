/**
 * Opens the dataset a `data=` link names: fetched from this site only, refused past the
 * importer's size limits (from Content-Length when the server sends it, else while reading),
 * then read with the importer's own guesses, as a file dropped on the page would be with no
 * changes made in the mapping step. When the server announces the file's size, the reading
 * starts with its first bytes instead of waiting for the last (byte-file.ts).
 */
import { dataUrl } from '../store/data-path';
import { defaultOptions } from './default-options';
import { finishImport, type Loaded } from './finish';
import { type ArrivingImport, type ImportSession, openArrivingImport, openImport } from './import-client';
import { formatBytes, MAX_CSV_BYTES, MAX_JSON_BYTES } from './limits';
import type { ImportProgress, ImportResult } from './run-import';
import type { Sniffed } from './sniff';
import { ImportRefused } from './refused';

export type PathProgress =
  | { phase: 'fetching'; bytes: number; total: number | null }
  | { phase: 'parsing'; progress: ImportProgress };

async function readLimited(response: Response, limit: number, onBytes: (n: number) => void): Promise<Blob> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > limit)
    throw new ImportRefused(
      `The linked file is ${formatBytes(declared)}; the limit is ${formatBytes(limit)}.`,
    );
  if (!response.body) return response.blob();
  const reader = response.body.getReader();
  const parts: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw new ImportRefused(`The linked file is larger than ${formatBytes(limit)}, the limit.`);
    }
    parts.push(value);
    onBytes(size);
  }
  return new Blob(parts as BlobPart[]);
}

/** The download's progress is told at most this often (a render of the bar each time). */
const PROGRESS_MS = 100;

/**
 * Hands the download's bytes to the import as they come; returns a function that stops it.
 * A download that fails part-way stops the import with a message (the reading waits on it).
 */
function feed(
  body: ReadableStream<Uint8Array>,
  file: ArrivingImport,
  onBytes: (n: number) => void,
  path: string,
): () => void {
  const reader = body.getReader();
  let stopped = false;
  (async () => {
    let size = 0;
    let told = 0;
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done || stopped) break;
        size += value.byteLength;
        // Each network chunk as it comes, moved to the worker rather than copied: gathering
        // them into 1 MB first cost the page a third of a second of copying at 100 MB.
        file.add(value);
        if (performance.now() - told >= PROGRESS_MS) {
          told = performance.now();
          onBytes(size);
        }
      }
      if (stopped) return;
      onBytes(size);
      file.end();
      performance.mark('atlas:link-fetched');
    } catch {
      if (!stopped) file.fail(`The download of ${path} stopped before the end of the file.`);
    }
  })();
  return () => {
    stopped = true;
    reader.cancel().catch(() => undefined);
  };
}

export async function loadFromPath(
  path: string,
  baseUrl: string,
  onProgress: (p: PathProgress) => void,
  signal?: AbortSignal,
): Promise<Loaded> {
  const url = dataUrl(path, baseUrl);
  if (!url) throw new ImportRefused(`“${path.slice(0, 80)}” is not a data file on this site.`);
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'same-origin', signal });
  } catch {
    throw new ImportRefused(`Could not reach ${path}: the network request failed.`);
  }
  if (!response.ok) throw new ImportRefused(`Could not load ${path} (HTTP ${response.status}).`);
  if (new URL(response.url || url.href).origin !== url.origin) {
    throw new ImportRefused(`${path} redirected to another site; it was not read.`);
  }
  const limit = /\.(geo)?json$/i.test(path) ? MAX_JSON_BYTES : MAX_CSV_BYTES;
  const total = Number(response.headers.get('content-length')) || null;
  const name = path.split('/').pop() ?? path;
  // Once the reading has begun, the bar shows it rather than the download ahead of it.
  let reading = false;
  const fetching = (bytes: number) => {
    if (!reading) onProgress({ phase: 'fetching', bytes, total });
  };
  let session: ImportSession;
  let stop = () => {};
  // The size announced and the bytes as sent (not compressed in transit, where the announced
  // size would be the compressed one): the file is read as it arrives.
  const arriving =
    response.body && total !== null && total <= limit && !response.headers.get('content-encoding');
  if (arriving && response.body) {
    const file = openArrivingImport(name, total);
    stop = feed(response.body, file, fetching, path);
    session = file;
  } else {
    const blob = await readLimited(response, limit, fetching);
    // User Timing marks for the benchmark's breakdown of a large dataset's first view.
    performance.mark('atlas:link-fetched');
    session = openImport(blob, name);
  }
  signal?.addEventListener('abort', () => {
    stop();
    session.cancel();
  });
  let result: ImportResult;
  let sniffed: Sniffed;
  try {
    sniffed = await session.sniff();
    if (sniffed.profile === 'generic' && sniffed.mapping.date === null) {
      throw new ImportRefused(
        `${name} has no column this page recognises as a date, so a link cannot open it.`,
      );
    }
    result = await session.run(defaultOptions(sniffed, name), sniffed, (progress) => {
      reading = true;
      // The link's bar counts the file's bytes: the hand-over to the page counts characters.
      if (progress.phase !== 'moving') onProgress({ phase: 'parsing', progress });
    });
  } catch (error) {
    // Refused or failed: the rest of the download is not wanted.
    stop();
    session.cancel();
    throw error;
  }
  performance.mark('atlas:link-read');
  const loaded = await finishImport(result, sniffed, { origin: 'link', name, path });
  performance.mark('atlas:link-built');
  return loaded;
}
