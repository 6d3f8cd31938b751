// Times tiles.html opening a PMTiles archive in headless Chromium (docs/beyond-the-browser.md):
// navigation start to the first count of the events in view, the JS heap then, and the bytes of
// the archive the page fetched (it reads ranges, never the whole file).
//
//   node scripts/bench/tiles-bench.mjs <dist> <archive path under dist> [runs]
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium-flags.mjs';

const [dist = 'dist', archive = 'tiles/events.pmtiles', runs = '3'] = process.argv.slice(2);
const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};
let served = 0;
const server = createServer((req, res) => {
  const path = new URL(req.url ?? '/', 'http://x').pathname;
  const file = normalize(join(dist, path === '/' ? 'index.html' : path));
  let size;
  try {
    size = statSync(file).size;
  } catch {
    res.writeHead(404).end();
    return;
  }
  const type = TYPES[extname(file)] ?? 'application/octet-stream';
  const match = /^bytes=(\d+)-(\d*)$/.exec(req.headers.range ?? '');
  if (match) {
    const start = Number(match[1]);
    const end = Math.min(match[2] ? Number(match[2]) : size - 1, size - 1);
    if (file.endsWith('.pmtiles')) served += end - start + 1;
    res.writeHead(206, {
      'content-type': type,
      'content-range': `bytes ${start}-${end}/${size}`,
      'content-length': end - start + 1,
    });
    createReadStream(file, { start, end }).pipe(res);
    return;
  }
  res.writeHead(200, { 'content-type': type, 'content-length': size });
  createReadStream(file).pipe(res);
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const url = `http://127.0.0.1:${server.address().port}/tiles.html?tiles=${archive}`;
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const results = [];
for (let run = 0; run < Number(runs); run++) {
  served = 0;
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(url);
  await page.waitForSelector('#tiles-root[data-state="ready"]', { state: 'attached', timeout: 300_000 });
  const figures = await page.evaluate(() => ({
    readyMs: Math.round(performance.now()),
    count: document.querySelector('#tiles-root')?.getAttribute('data-count'),
    text: document.querySelector('.tiles-count')?.textContent,
    heapMb: Math.round((performance.memory?.usedJSHeapSize ?? 0) / 1e6),
  }));
  results.push({ ...figures, archiveBytesFetched: served, archiveBytes: statSync(join(dist, archive)).size });
  await page.close();
}
console.log(
  JSON.stringify(
    {
      method: 'navigation start to the first count in view (map idle), headless Chromium + SwiftShader',
      url: archive,
      results,
    },
    null,
    1,
  ),
);
await browser.close();
server.close();
