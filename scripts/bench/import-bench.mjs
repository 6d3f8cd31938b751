// The import benchmark, one part of `npm run bench` (its own member of bench.json): a 250,000-
// row ACLED-style CSV, generated here, opened in the built app (dist/) through the real file
// picker, mapping step and worker, in headless Chromium with software WebGL. It reports the
// time to the mapping step and from "Load the file" to the first view (count shown and map
// idle), whether a progress bar was on screen throughout, and how responsive the page stayed
// (long tasks, and the lateness of a 50 ms timer). Measured, never asserted.
import {
  createReadStream,
  createWriteStream,
  existsSync,
  mkdtempSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium-flags.mjs';
import { acledCsvChunks } from './acled-csv.mjs';

export const IMPORT_ROWS = 250_000;
const log = (...parts) => console.error('[bench:import]', ...parts);

/** Writes the CSV to disk in chunks (about 110 MB for 250,000 rows). */
export async function writeAcledCsv(path, rows = IMPORT_ROWS) {
  const out = createWriteStream(path);
  for (const chunk of acledCsvChunks(rows)) {
    if (!out.write(chunk)) await new Promise((r) => out.once('drain', r));
  }
  await new Promise((r) => out.end(r));
  return statSync(path).size;
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.csv': 'text/csv; charset=utf-8',
  '.geojson': 'application/geo+json',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
};

/**
 * A static server for dist/ on 127.0.0.1, on a port the system picks. `overrides` maps a path
 * (no leading slash) to a body served in place of the file (the app bench's synthetic data).
 */
export async function serve(dir, overrides = {}) {
  const root = resolve(dir);
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const body = overrides[path.slice(1)];
    if (body !== undefined) {
      // The length announced, as static hosts do (a data= link is then read as it arrives).
      res.writeHead(200, {
        'content-type': TYPES[extname(path)] ?? 'application/json',
        'content-length': String(Buffer.byteLength(body)),
      });
      return res.end(body);
    }
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) return res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return res.writeHead(404).end();
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-length': String(statSync(file).size),
    });
    createReadStream(file).pipe(res);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${server.address().port}/`,
    close: () => new Promise((r) => server.close(r)),
  };
}

/**
 * Installed before the app loads: long tasks, timer lateness and what is on screen, in page time.
 * Each sample is [time, progress bar value (null: none), count text, import progress text, what
 * else is on screen]. `marks.drawing`/`marks.drawn`: when the map's "Drawing … on the map" notice
 * appeared and left (it leaves when the map reports the new events on its canvas).
 */
function instrument() {
  const io = { longTasks: [], late: [], samples: [], marks: {}, user: [] };
  window.__io = io;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) io.longTasks.push([Math.round(e.startTime), Math.round(e.duration)]);
  }).observe({ type: 'longtask', buffered: true });
  // The app's own User Timing marks and measures (atlas:*), to name what ran when.
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      if (e.name.startsWith('atlas:'))
        io.user.push([e.name, Math.round(e.startTime), Math.round(e.duration)]);
  }).observe({ entryTypes: ['mark', 'measure'] });
  const watchNotice = () =>
    new MutationObserver(() => {
      const notice = document.querySelector('.map-drawing');
      if (io.marks.load === undefined) return;
      if (notice && io.marks.drawing === undefined) io.marks.drawing = performance.now();
      if (!notice && io.marks.drawing !== undefined && io.marks.drawn === undefined)
        io.marks.drawn = performance.now();
    }).observe(document.body, { childList: true, subtree: true });
  if (document.body) watchNotice();
  else document.addEventListener('DOMContentLoaded', watchNotice);
  let last = performance.now();
  setInterval(() => {
    const now = performance.now();
    io.late.push([Math.round(now), Math.round(now - last - 50)]);
    last = now;
    const bar = document.querySelector('[role="progressbar"], progress');
    const map = document.querySelector('[data-testid="map"]');
    // Only when no bar is up (it costs a walk over the marks): how many marks the map has drawn.
    const marks = bar ? null : (map?.atlas?.marks().length ?? 0);
    io.samples.push([
      Math.round(now),
      bar ? (bar.getAttribute('value') ?? bar.getAttribute('aria-valuenow') ?? 'indeterminate') : null,
      document.querySelector('[data-testid="event-count"]')?.textContent ?? '',
      // The import's phase and its detail ("Reading your file…: Read 12 MB of 112 MB: …").
      [
        document.querySelector('#import-progress-label')?.textContent,
        document.querySelector('.import-progress-text')?.textContent,
      ]
        .filter(Boolean)
        .join(': '),
      [
        document.querySelector('[role="dialog"]') ? 'dialog' : '',
        document.querySelector('.map-drawing') ? 'drawing' : '',
        document.querySelector('[data-testid="map-loading"]') ? 'map-loading' : '',
        map?.getAttribute('data-idle') === 'true' ? 'idle' : '',
        marks === null ? '' : `marks:${marks}`,
      ]
        .filter(Boolean)
        .join(' '),
    ]);
  }, 50);
  document.addEventListener(
    'click',
    (e) => {
      if (e.target instanceof Element && e.target.closest('button')?.textContent === 'Load the file') {
        io.marks.load = performance.now();
      }
    },
    true,
  );
  document.addEventListener(
    'change',
    (e) => {
      if (e.target instanceof Element && e.target.matches('[data-testid="import-file"]'))
        io.marks.picked = performance.now();
    },
    true,
  );
}

/**
 * What ran in each long task, from the CPU profile: the functions with the most time in it,
 * counting a function's callees (by name and file; build with `--minify false` to read them).
 * `pageAtStart` is the page's clock when the profile started, to line the two up.
 */
function attribute(profile, pageAtStart, tasks, from) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const name = ({ callFrame: f }) =>
    `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
  let at = profile.startTime;
  const samples = profile.samples.map((id, i) => {
    at += profile.timeDeltas[i];
    return [pageAtStart + (at - profile.startTime) / 1000, id];
  });
  return tasks.map(([start, duration]) => {
    const total = new Map();
    for (const [t, id] of samples) {
      if (t < start || t > start + duration) continue;
      const seen = new Set();
      for (let n = id; n !== undefined; n = parent.get(n)) {
        const key = name(byId.get(n));
        if (seen.has(key) || key.startsWith('(root)')) continue;
        seen.add(key);
        total.set(key, (total.get(key) ?? 0) + 1);
      }
    }
    const count = Math.max(1, samples.filter(([t]) => t >= start && t <= start + duration).length);
    return {
      at: Math.round(start - from),
      ms: duration,
      top: [...total]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 12)
        .map(([key, n]) => `${Math.round((n / count) * 100)}% ${key}`),
    };
  });
}

/** When each step of the load began, from the progress text and the count (ms after "Load"). */
function phasesOf(samples, from) {
  const seen = new Map();
  for (const [t, , count, label] of samples) {
    const key = label ? label.replace(/[\d,.]+( MB| kB)?/g, '#').slice(0, 40) : `count: ${count}`;
    if (!seen.has(key)) seen.set(key, Math.round(t - from));
  }
  return Object.fromEntries(seen);
}

export async function importBench(dist = 'dist', rows = IMPORT_ROWS) {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-import-bench-'));
  const csv = join(dir, `acled-${rows}.csv`);
  const bytes = await writeAcledCsv(csv, rows);
  log(`wrote ${rows} rows, ${bytes} bytes`);
  const server = await serve(dist);
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_ARGS],
  });
  const started = Date.now();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.addInitScript(instrument);
    await page.goto(server.url);
    await page.waitForSelector('[data-testid="map"][data-idle="true"]', { timeout: 60_000 });
    // BENCH_PROFILE=file.cpuprofile: a CPU profile of the page's thread from "Load" to the view.
    const profiler = process.env.BENCH_PROFILE ? await page.context().newCDPSession(page) : null;
    let profiledFrom = 0;
    let profile = null;
    await page.getByRole('button', { name: 'Open your own data…' }).click();
    await page.getByTestId('import-file').setInputFiles(csv);
    const load = page.getByRole('button', { name: 'Load the file' });
    await load.waitFor({ timeout: 60_000 });
    const mappingShown = await page.evaluate(() => performance.now());
    if (profiler) {
      await profiler.send('Profiler.enable');
      await profiler.send('Profiler.setSamplingInterval', { interval: 500 });
      await profiler.send('Profiler.start');
      profiledFrom = await page.evaluate(() => performance.now());
    }
    await load.click();
    const expected = `${rows} of ${rows} events`;
    await page.waitForFunction(
      (text) => document.querySelector('[data-testid="event-count"]')?.textContent === text,
      expected,
      { timeout: 180_000, polling: 100 },
    );
    const counted = await page.evaluate(() => performance.now());
    // The first view: the new map has drawn the imported events (its "drawing" notice is gone).
    await page.waitForFunction(
      () =>
        document.querySelector('[data-testid="map"]')?.getAttribute('data-idle') === 'true' &&
        !document.querySelector('.map-drawing'),
      null,
      { timeout: 180_000, polling: 100 },
    );
    const drawn = await page.evaluate(() => performance.now());
    if (profiler) {
      ({ profile } = await profiler.send('Profiler.stop'));
      writeFileSync(process.env.BENCH_PROFILE, JSON.stringify(profile));
    }
    const io = await page.evaluate(() => window.__io);
    const from = io.marks.load;
    const during = (rowsOf) => rowsOf.filter(([t]) => t >= from && t <= drawn);
    const tasks = during(io.longTasks);
    const late = during(io.late).map(([, l]) => l);
    const samples = during(io.samples);
    // "Throughout", exactly: from "Load the file" until the map reports the new events drawn (its
    // notice leaves), every sample shows a progress bar; from then to the first view (map idle),
    // every sample shows the new count and the map's marks. The notice must have been seen.
    const marksAt = io.marks.drawn ?? drawn;
    const before = samples.filter(([t]) => t < marksAt);
    const after = samples.filter(([t]) => t >= marksAt);
    const share = (part, of) => Math.round((part / Math.max(1, of)) * 1000) / 1000;
    const barBefore = before.filter(([, bar]) => bar !== null).length;
    const dataAfter = after.filter(
      ([, bar, count, , screen]) => bar !== null || (count === expected && /marks:[1-9]/.test(screen)),
    ).length;
    return {
      rows,
      bytes,
      pickToMappingStepMs: Math.round(mappingShown - io.marks.picked),
      loadToCountMs: Math.round(counted - from),
      /** Load to the map's report that the new events are on its canvas (the notice leaves). */
      loadToMarksDrawnMs: io.marks.drawn === undefined ? null : Math.round(io.marks.drawn - from),
      loadToFirstViewMs: Math.round(drawn - from),
      firstViewMs: Math.round(mappingShown - io.marks.picked + drawn - from),
      target:
        'first view within 15,000 ms of picking the file (less the time the reader spends in the mapping step)',
      progress: {
        samples: samples.length,
        withProgressBarShare: share(samples.filter(([, bar]) => bar !== null).length, samples.length),
        /** Samples before the map reported the new events drawn, and the share with a bar. */
        untilMarksDrawn: { samples: before.length, withBarShare: share(barBefore, before.length) },
        /** Samples after it, until the first view, and the share showing a bar or the new marks. */
        afterMarksDrawn: { samples: after.length, withBarOrMarksShare: share(dataAfter, after.length) },
        drawingNoticeSeen: io.marks.drawing !== undefined,
        throughout:
          io.marks.drawing !== undefined && barBefore === before.length && dataAfter === after.length,
        distinctValues: new Set(samples.map(([, bar]) => bar)).size,
      },
      responsiveness: {
        longTasks: tasks.length,
        longestTaskMs: Math.max(0, ...tasks.map(([, d]) => d)),
        longTaskTotalMs: tasks.reduce((n, [, d]) => n + d, 0),
        /** The five longest, as [ms after "Load the file", duration]. */
        longest: [...tasks]
          .sort((a, b) => b[1] - a[1])
          .slice(0, 5)
          .map(([t, d]) => [Math.round(t - from), d]),
        timerLatenessP95Ms: late.sort((a, b) => a - b)[Math.floor(late.length * 0.95)] ?? null,
        timerLatenessMaxMs: Math.max(0, ...late),
      },
      phases: phasesOf(samples, from),
      /** With BENCH_PROFILE: what ran in each of the ten longest tasks. */
      ...(profile
        ? {
            longTaskProfile: attribute(
              profile,
              profiledFrom,
              [...tasks].sort((a, b) => b[1] - a[1]).slice(0, 10),
              from,
            ),
          }
        : {}),
      /** Samples with no progress bar: [ms after "Load", count text, what was on screen]. */
      user: io.user
        .filter(([, t]) => t >= from && t <= drawn)
        .map(([n, t, d]) => [n, Math.round(t - from), d]),
      gaps: samples
        .filter(([, bar]) => bar === null)
        .map(([t, , count, , screen]) => [Math.round(t - from), count, screen]),
      errors,
      wallS: (Date.now() - started) / 1000,
    };
  } finally {
    await browser.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
