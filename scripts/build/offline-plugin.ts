/**
 * Builds the service worker: src/offline/service-worker.ts becomes dist/sw.js, with the list of
 * every file of the build (app, basemap, fonts, icons, dataset) and a content revision of
 * each injected into it. A new build or dataset therefore changes sw.js byte for byte, which
 * is how browsers learn that a newer version exists. Build only: the dev server has no worker.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import type { PrecacheEntry } from '../../src/offline/precache';

const WORKER_SOURCE = 'src/offline/service-worker.ts';
export const WORKER_FILE = 'sw.js';
const PLACEHOLDER = /(["'`])__ATLAS_PRECACHE_MANIFEST__\1/;

/**
 * Files that are never precached: the worker itself, source maps, host files (`_headers`,
 * `.well-known/`), and PMTiles archives: tiles.html reads them by range requests, which a whole
 * cached file cannot answer, and they are for datasets too big to keep in a browser anyway.
 */
export function isPrecached(path: string): boolean {
  const hidden = path.split('/').some((part) => part.startsWith('.') || part.startsWith('_'));
  return path !== WORKER_FILE && !hidden && !path.endsWith('.map') && !path.endsWith('.pmtiles');
}

export function revisionOf(content: string | Uint8Array): string {
  return createHash('sha256').update(content).digest('hex').slice(0, 16);
}

/** The manifest for a set of files (paths relative to the output folder, with "/"). */
export function precacheManifest(files: ReadonlyMap<string, string | Uint8Array>): PrecacheEntry[] {
  return [...files]
    .filter(([path]) => isPrecached(path))
    .map(([path, content]) => ({
      // The shell is fetched as the scope URL: some hosts redirect /index.html to /.
      url: path === 'index.html' ? '' : path,
      revision: revisionOf(content),
    }))
    .sort((a, b) => (a.url < b.url ? -1 : 1));
}

/** The worker's code with the manifest in place of its placeholder. */
export function injectManifest(code: string, manifest: readonly PrecacheEntry[]): string {
  if (!PLACEHOLDER.test(code)) throw new Error(`${WORKER_FILE}: the manifest placeholder is missing`);
  return code.replace(PLACEHOLDER, () => JSON.stringify(JSON.stringify(manifest)));
}

function publicFiles(dir: string): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  const walk = (at: string) => {
    for (const name of readdirSync(at)) {
      const path = join(at, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.set(relative(dir, path).split(sep).join('/'), readFileSync(path));
    }
  };
  walk(dir);
  return files;
}

export function offlinePlugin(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'incident-atlas-offline',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    buildStart() {
      this.emitFile({ type: 'chunk', id: WORKER_SOURCE, fileName: WORKER_FILE });
    },
    generateBundle: {
      // After Vite has emitted index.html, so the shell is in the list.
      order: 'post',
      handler(_, bundle) {
        const worker = bundle[WORKER_FILE];
        if (worker?.type !== 'chunk') return this.error(`${WORKER_FILE} was not built`);
        if (worker.imports.length > 0 || worker.dynamicImports.length > 0) {
          return this.error(`${WORKER_FILE} must be self-contained; it imports ${worker.imports.join(', ')}`);
        }
        const files = new Map<string, string | Uint8Array>();
        if (config.publicDir)
          for (const [path, bytes] of publicFiles(config.publicDir)) files.set(path, bytes);
        for (const [path, output] of Object.entries(bundle)) {
          files.set(path, output.type === 'chunk' ? output.code : output.source);
        }
        worker.code = injectManifest(worker.code, precacheManifest(files));
      },
    },
  };
}
