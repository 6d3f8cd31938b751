/**
 * Fetches one JSON file so that every wait ends: the request is given up when nothing arrives
 * for `stallMs` (no answer, or an answer that stops mid-way), a file past `maxBytes` is refused
 * as it streams, and progress is reported as bytes arrive. Works for any same-origin path.
 */
import { DATA_STALL_MS, formatBytes, MAX_FILE_BYTES } from './limits';

export class DatasetLoadError extends Error {}

export interface Progress {
  received: number;
  /** Known only when the server says how big the file is and sends it uncompressed. */
  total: number | null;
}

export interface FetchOptions {
  signal?: AbortSignal;
  stallMs?: number;
  maxBytes?: number;
  onProgress?: (progress: Progress) => void;
}

/** Content-Length counts encoded bytes; the stream gives decoded ones, so compare only unencoded. */
function knownTotal(response: Response): number | null {
  const length = Number(response.headers.get('content-length'));
  const encoding = response.headers.get('content-encoding');
  return length > 0 && (!encoding || encoding === 'identity') ? length : null;
}

async function readBody(response: Response, name: string, options: FetchOptions, alive: () => void) {
  const maxBytes = options.maxBytes ?? MAX_FILE_BYTES;
  const total = knownTotal(response);
  const tooBig = () =>
    new DatasetLoadError(`${name} is larger than ${formatBytes(maxBytes)}, the most this app reads.`);
  if (total !== null && total > maxBytes) throw tooBig();
  const reader = response.body?.getReader();
  if (!reader) return response.text();
  const chunks: Uint8Array[] = [];
  let received = 0;
  options.onProgress?.({ received, total });
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    alive();
    received += value.byteLength;
    if (received > maxBytes) {
      await reader.cancel();
      throw tooBig();
    }
    chunks.push(value);
    options.onProgress?.({ received, total });
  }
  const bytes = new Uint8Array(received);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

export async function fetchJson(url: URL, name: string, options: FetchOptions = {}): Promise<unknown> {
  const stallMs = options.stallMs ?? DATA_STALL_MS;
  const controller = new AbortController();
  let stalled = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const alive = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      stalled = true;
      controller.abort();
    }, stallMs);
  };
  const abortFromOutside = () => controller.abort();
  options.signal?.addEventListener('abort', abortFromOutside);
  alive();
  try {
    let response: Response;
    try {
      response = await fetch(url, { signal: controller.signal });
    } catch (error) {
      if (stalled || options.signal?.aborted) throw error;
      throw new DatasetLoadError(`Could not reach ${name}: the network request failed.`);
    }
    alive();
    if (!response.ok) throw new DatasetLoadError(`Could not load ${name} (HTTP ${response.status}).`);
    const text = await readBody(response, name, options, alive);
    try {
      return JSON.parse(text);
    } catch (error) {
      const why = error instanceof Error ? error.message.slice(0, 160) : '';
      throw new DatasetLoadError(`${name} is not valid JSON${why ? ` (${why})` : ''}.`);
    }
  } catch (error) {
    if (stalled) {
      const wait = stallMs < 1000 ? `${stallMs} ms` : `${Math.round(stallMs / 1000)} seconds`;
      throw new DatasetLoadError(`${name} did not arrive: nothing was received for ${wait}.`);
    }
    if (error instanceof DatasetLoadError || options.signal?.aborted) throw error;
    throw new DatasetLoadError(`Could not load ${name}: the connection broke off.`);
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', abortFromOutside);
  }
}
