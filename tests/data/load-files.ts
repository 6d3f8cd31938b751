/** Reads the committed dataset with node fs (no app code involved). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { RawFiles } from '../../src/data/parse-dataset';

const dataDir = fileURLToPath(new URL('../../public/data/', import.meta.url));

export function readJson(name: string): unknown {
  return JSON.parse(readFileSync(`${dataDir}${name}`, 'utf8'));
}

export function loadRealFiles(): RawFiles {
  return {
    sites: readJson('sites.geojson'),
    events: readJson('events.geojson'),
    counts: readJson('official-counts.json'),
  };
}
