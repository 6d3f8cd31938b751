/**
 * Loads the three dataset files from our own origin and parses them. Sites and events are
 * required; the official counts are optional: if they fail, the events still load and only
 * the coverage line is missing. Progress is the sum over the three files.
 */
import { type FetchOptions, fetchJson, type Progress } from './fetch-json';
import type { Dataset } from './model';
import { readDataset } from './read-dataset';
import { yieldToPage } from '../shared/yield-to-page';

export const DATA_FILES = {
  sites: 'data/sites.geojson',
  events: 'data/events.geojson',
  counts: 'data/official-counts.json',
} as const;

type FileKey = keyof typeof DATA_FILES;

/** Sums the progress of several files; the total is known only when every file's is. */
function progressSummer(onProgress: ((p: Progress) => void) | undefined) {
  const parts = new Map<FileKey, Progress>();
  return (key: FileKey) => (p: Progress) => {
    parts.set(key, p);
    if (!onProgress) return;
    const all = [...parts.values()];
    const known = parts.size === 3 && all.every((x) => x.total !== null);
    onProgress({
      received: all.reduce((sum, x) => sum + x.received, 0),
      total: known ? all.reduce((sum, x) => sum + (x.total ?? 0), 0) : null,
    });
  };
}

export async function fetchDataset(baseUrl: string, options: FetchOptions = {}): Promise<Dataset> {
  // One failure stops the other requests too, so a Retry starts from a clean slate.
  const controller = new AbortController();
  const stop = () => controller.abort();
  options.signal?.addEventListener('abort', stop);
  const report = progressSummer(options.onProgress);
  const get = (key: FileKey) =>
    fetchJson(new URL(DATA_FILES[key], baseUrl), DATA_FILES[key], {
      ...options,
      signal: controller.signal,
      onProgress: report(key),
    });
  const counts = get('counts').then(
    (raw) => ({ raw, problem: undefined }),
    (error: unknown) => ({ raw: null, problem: error instanceof Error ? error.message : String(error) }),
  );
  try {
    const [sites, events] = await Promise.all([get('sites'), get('events')]);
    const { raw, problem } = await counts;
    // User Timing marks for the benchmark's first-view breakdown.
    performance.mark('atlas:data-fetched');
    const dataset = await readDataset(
      { sites, events, counts: raw },
      { countsUnavailable: problem },
      yieldToPage,
    );
    performance.mark('atlas:data-parsed');
    return dataset;
  } catch (error) {
    stop();
    throw error;
  } finally {
    options.signal?.removeEventListener('abort', stop);
  }
}
