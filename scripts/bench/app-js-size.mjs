// The app's JavaScript by size, read from a build (dist/) with no browser: the "App JS" part of
// the app benchmark (app-bench.mjs), and a quick check of its own while cutting the first view
// (issue 13): `npx vite build && node scripts/bench/app-js-size.mjs [dist]` prints the JSON.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/** Gzip sizes of dist's JS, less MapLibre (its chunk and worker): what the first view loads, and all. */
export function appJsSize(dist = 'dist') {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const initial = new Set([...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1]));
  const files = readdirSync(join(dist, 'assets')).filter((f) => /\.m?js$/.test(f));
  const gz = (f) => gzipSync(readFileSync(join(dist, 'assets', f))).length;
  const isMaplibre = (f) => f.startsWith('maplibre');
  const kB = (n) => Math.round(n / 100) / 10;
  const rows = files.filter((f) => !isMaplibre(f)).map((f) => ({ file: f, gzipBytes: gz(f) }));
  const first = rows.filter((r) => initial.has(`assets/${r.file}`));
  return {
    method:
      'gzip (zlib default level) of dist/assets/*.js; "firstView" = the scripts index.html loads (entry and modulepreloads); MapLibre (maplibre-*.js, its worker) excluded',
    firstViewGzipKB: kB(first.reduce((n, r) => n + r.gzipBytes, 0)),
    allGzipKB: kB(rows.reduce((n, r) => n + r.gzipBytes, 0)),
    maplibreGzipKB: kB(files.filter(isMaplibre).reduce((n, f) => n + gz(f), 0)),
    target: 'firstViewGzipKB <= 100',
    firstViewFiles: first.sort((a, b) => b.gzipBytes - a.gzipBytes),
    files: rows.sort((a, b) => b.gzipBytes - a.gzipBytes).slice(0, 12),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(JSON.stringify(appJsSize(process.argv[2] ?? 'dist'), null, 2));
}
