/**
 * A copy of the built app in a temporary folder, served on its own port: a test may change
 * its files (a "new deployment") or shut its server down (the network gone) without touching
 * the build the other tests use.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type StaticServer, startStaticServer } from './static-server';

export interface BuildCopy extends StaticServer {
  dir: string;
  /** Stops serving (connection refused from then on); the folder stays until `close`. */
  stop(): Promise<void>;
}

export async function startBuildCopy(dist = 'dist'): Promise<BuildCopy> {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-build-'));
  cpSync(dist, dir, { recursive: true });
  const server = await startStaticServer(dir);
  let stopped = false;
  const stop = async () => {
    if (!stopped) await server.close();
    stopped = true;
  };
  return {
    ...server,
    dir,
    stop,
    close: async () => {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
