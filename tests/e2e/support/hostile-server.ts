/**
 * Serves a copy of the built app whose data/ folder holds the hostile fixture, on its own
 * port. The app itself never takes a data location from the URL (values are never fetch
 * targets), so a second copy of the build is the honest way to feed it other data.
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
