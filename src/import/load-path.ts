/**
 * Opens the dataset a `data=` link names: fetched from this site only, refused past the
 * importer's size limits (from Content-Length when the server sends it, else while reading),
 * then read with the importer's own guesses, as a file dropped on the page would be with no
 * changes made in the mapping step.
 */
import { dataUrl } from '../store/data-path';
import { defaultOptions } from './default-options';
import { finishImport, type Loaded } from './finish';
import { openImport } from './import-client';
import { formatBytes, MAX_CSV_BYTES, MAX_JSON_BYTES } from './limits';
import type { ImportProgress } from './run-import';
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
  const blob = await readLimited(response, limit, (bytes) => onProgress({ phase: 'fetching', bytes, total }));
  // User Timing marks for the benchmark's breakdown of a large dataset's first view.
  performance.mark('atlas:link-fetched');
  const name = path.split('/').pop() ?? path;
  const session = openImport(blob, name);
  signal?.addEventListener('abort', () => session.cancel());
  const sniffed = await session.sniff();
  if (sniffed.profile === 'generic' && sniffed.mapping.date === null) {
    throw new ImportRefused(
      `${name} has no column this page recognises as a date, so a link cannot open it.`,
    );
  }
  const result = await session.run(defaultOptions(sniffed, name), sniffed, (progress) => {
    // The link's bar counts the file's bytes: the hand-over to the page counts characters.
    if (progress.phase !== 'moving') onProgress({ phase: 'parsing', progress });
  });
  performance.mark('atlas:link-read');
  const loaded = await finishImport(result, sniffed, { origin: 'link', name, path });
  performance.mark('atlas:link-built');
  return loaded;
}
