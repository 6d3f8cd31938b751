/**
 * Serves a copy of the built app whose data/ folder holds the hostile fixture, on its own
 * port: the built-in data files themselves replaced, which is what this suite tests (the
 * `data=` parameter reads other files through the importer instead).
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type StaticServer, startStaticServer } from './static-server';

const FIXTURE = 'tests/e2e/fixtures/hostile';
const FILES = ['sites.geojson', 'events.geojson', 'official-counts.json'];

export async function startHostileServer(dist = 'dist'): Promise<StaticServer> {
  const copy = mkdtempSync(join(tmpdir(), 'atlas-hostile-'));
  cpSync(dist, copy, { recursive: true });
  for (const file of FILES) cpSync(join(FIXTURE, file), join(copy, 'data', file));
  const server = await startStaticServer(copy);
  return {
    url: server.url,
    hang: server.hang,
    hungSince: server.hungSince,
    close: async () => {
      await server.close();
      rmSync(copy, { recursive: true, force: true });
    },
  };
}
