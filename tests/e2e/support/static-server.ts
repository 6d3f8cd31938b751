/**
 * A small static file server for the built app, bound to 127.0.0.1. Browser tests use it
 * instead of a dev server so they drive exactly the files a user gets, with the same headers
 * a production host sends (scripts/security-headers.mjs: the Content-Security-Policy and
 * friends). A request can be made to hang (`hang`), to prove that every wait ends.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { SECURITY_HEADERS } from '../../../scripts/security-headers.mjs';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.pmtiles': 'application/vnd.pmtiles',
};

/** The one byte range of a `Range: bytes=a-b` header within a file of `size` bytes, as static hosts serve it. */
function byteRange(header: string | undefined, size: number): { start: number; end: number } | null {
  const match = /^bytes=(\d+)-(\d*)$/.exec(header ?? '');
  if (!match) return null;
  const start = Number(match[1]);
  const end = Math.min(match[2] ? Number(match[2]) : size - 1, size - 1);
  return start <= end ? { start, end } : null;
}

export interface StaticServer {
  url: string;
  /** Paths (e.g. "/data/events.geojson") whose requests are accepted and never answered. */
  hang: Set<string>;
  /** When the first request for each hung path arrived (ms since the epoch). */
  hungSince: Map<string, number>;
  close(): Promise<void>;
}

export async function startStaticServer(dir: string, port = 0): Promise<StaticServer> {
  const hang = new Set<string>();
  const hungSince = new Map<string, number>();
  const root = resolve(dir);
  if (!existsSync(join(root, 'index.html'))) {
    throw new Error(`${root}/index.html is missing: run "npx vite build" first.`);
  }
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (hang.has(path)) {
      if (!hungSince.has(path)) hungSince.set(path, Date.now());
      return;
    }
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) {
      res.writeHead(403, SECURITY_HEADERS).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404, { ...SECURITY_HEADERS, 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const headers = {
      ...SECURITY_HEADERS,
      'cache-control': 'no-cache',
      'accept-ranges': 'bytes',
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    };
    // Range requests, as every static host answers them: tiles.html reads a PMTiles archive so.
    const size = statSync(file).size;
    const range = byteRange(req.headers.range, size);
    if (range) {
      res.writeHead(206, {
        ...headers,
        'content-range': `bytes ${range.start}-${range.end}/${size}`,
        'content-length': String(range.end - range.start + 1),
      });
      createReadStream(file, range).pipe(res);
      return;
    }
    // The length announced, as static hosts do: a data= link's file is read while it arrives.
    res.writeHead(200, { ...headers, 'content-length': String(size) });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${bound}/`,
    hang,
    hungSince,
    close: () => {
      server.closeAllConnections();
      return new Promise((done) => server.close(() => done()));
    },
  };
}
