/** Loads the three dataset files from our own origin and parses them. */
import type { Dataset } from './model';
import { parseDataset } from './parse-dataset';

export const DATA_FILES = {
  sites: 'data/sites.geojson',
  events: 'data/events.geojson',
  counts: 'data/official-counts.json',
} as const;

export class DatasetLoadError extends Error {}

async function getJson(baseUrl: string, path: string): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(new URL(path, baseUrl));
  } catch {
    throw new DatasetLoadError(`Could not reach ${path}: the network request failed.`);
  }
  if (!response.ok) throw new DatasetLoadError(`Could not load ${path} (HTTP ${response.status}).`);
  try {
    return await response.json();
  } catch {
    throw new DatasetLoadError(`${path} is not valid JSON.`);
  }
}

export async function fetchDataset(baseUrl: string): Promise<Dataset> {
  const [sites, events, counts] = await Promise.all([
    getJson(baseUrl, DATA_FILES.sites),
    getJson(baseUrl, DATA_FILES.events),
    getJson(baseUrl, DATA_FILES.counts),
  ]);
  return parseDataset({ sites, events, counts });
}
