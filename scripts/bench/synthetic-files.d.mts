// Types for synthetic-files.mjs, so tests can load the bench's synthetic data through the app's parser.
export const FIRST_DAY: string;
export const DAYS: number;
export function siteCountFor(n: number): number;
/** The files' bodies by path under the app's base: data/sites.geojson, data/events.geojson, data/official-counts.json. */
export function syntheticFiles(
  n: number,
  seed?: number,
): { 'data/sites.geojson': string; 'data/events.geojson': string; 'data/official-counts.json': string };
