#!/usr/bin/env node
// Scrub benchmark: builds scripts/bench/bench.html into dist-bench/ (never part of the app),
// adds the offline basemap, serves it with `vite preview`, and for each N opens a fresh
// headless Chromium (Debian's, software WebGL) that generates N synthetic events in the page,
// drives the real MapController, and times scrubs against plain repaints.
//
//   node scripts/bench/run.mjs [N ...]      (default: 1000 10000 100000 1000000)
//
// Prints JSON to stdout and writes bench-results/bench.json. Timings are measured, never asserted.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium-flags.mjs';
import { APP_SIZES, appBench } from './app-bench.mjs';
import { IMPORT_ROWS, importBench, writeAcledCsv } from './import-bench.mjs';

const CONFIG = 'scripts/bench/vite.bench.config.ts';
const ARGS = [
  ...CHROMIUM_ARGS,
  // Unquantised performance.memory for the heap figure.
  '--enable-precise-memory-info',
];
const sizes = process.argv.slice(2).map(Number).filter(Boolean);
/**
 * `--import-only`: just the import part; `--no-import`: without it. `--app-only`: just the app
 * part (the built app through its controls, app-bench.mjs); `--no-app`: without it.
 */
const IMPORT_ONLY = process.argv.includes('--import-only');
const APP_ONLY = process.argv.includes('--app-only');
const WITH_IMPORT = !process.argv.includes('--no-import') && !APP_ONLY;
const WITH_APP = !process.argv.includes('--no-app') && !IMPORT_ONLY;
const VARIANT = process.env.BENCH_VARIANT ?? 'app';
const NS = IMPORT_ONLY || APP_ONLY ? [] : sizes.length > 0 ? sizes : [1_000, 10_000, 100_000, 1_000_000];
/** The 1M run measures fewer scrubs and gives up on loading after this long. */
const plan = (n) =>
  n >= 1_000_000
    ? { warmups: 1, measured: 6, timeoutMs: 420_000 }
    : { warmups: 2, measured: 20, timeoutMs: Number(process.env.BENCH_TIMEOUT_MS ?? 120_000) };

const log = (...parts) => console.error('[bench]', ...parts);

/** Resident memory of this run's browser (found by its profile dir) and its children, in MB. */
function treeRssMB(profile) {
  try {
    const out = execFileSync('ps', ['-e', '-o', 'pid=,ppid=,rss=,args='], { encoding: 'utf8' });
    const rows = out
      .trim()
      .split('\n')
      .map((line) => {
        const [pid, ppid, rss, ...args] = line.trim().split(/\s+/);
        return { pid: Number(pid), ppid: Number(ppid), rss: Number(rss), args: args.join(' ') };
      });
    const pids = new Set(rows.filter((r) => r.args.includes(profile)).map((r) => r.pid));
    let grew = true;
    while (grew) {
      grew = false;
      for (const r of rows) {
        if (pids.has(r.ppid) && !pids.has(r.pid)) {
          pids.add(r.pid);
          grew = true;
        }
      }
    }
    const kb = rows.filter((r) => pids.has(r.pid)).reduce((sum, r) => sum + r.rss, 0);
    return pids.size > 0 ? Math.round(kb / 1024) : null;
  } catch {
    return null;
  }
}

async function runOne(baseUrl, n, { variant = VARIANT, query = '', timeout } = {}) {
  const { warmups, measured, timeoutMs: planned } = plan(n);
  const timeoutMs = timeout ?? planned;
  const profile = mkdtempSync(join(tmpdir(), 'atlas-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ARGS,
    viewport: { width: 1280, height: 800 },
  });
  const started = Date.now();
  let page;
  let lastPhase = 'loading the page';
  try {
    page = context.pages()[0] ?? (await context.newPage());
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    // Remember the last phase the page reported, so a crash still says how far it got.
    const watch = setInterval(() => {
      page
        .evaluate(() => window.__benchPhase)
        .then((p) => {
          if (p) lastPhase = p;
        })
        .catch(() => {});
    }, 1000);
    page.once('close', () => clearInterval(watch));
    page.once('crash', () => clearInterval(watch));
    await page.goto(
      `${baseUrl}bench.html?n=${n}&warmups=${warmups}&measured=${measured}&variant=${variant}${query}`,
    );
    const handle = await page.waitForFunction(() => window.__benchResult ?? window.__benchError, null, {
      timeout: timeoutMs,
      polling: 250,
    });
    const value = await handle.jsonValue();
    if (typeof value === 'string') throw new Error(value);
    return {
      ...value,
      browserRssMB: treeRssMB(profile),
      wallS: (Date.now() - started) / 1000,
      errors,
    };
  } catch (error) {
    return {
      n,
      failed: String(error?.message ?? error).split('\n')[0],
      phase:
        (await page?.evaluate(() => window.__benchPhase).catch(() => null)) ??
        `page gone; last seen: ${lastPhase}`,
      browserRssMB: treeRssMB(profile),
      wallS: (Date.now() - started) / 1000,
    };
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

async function main() {
  log('building the bench page into dist-bench/');
  await build({ configFile: CONFIG });
  execFileSync(process.execPath, ['scripts/build-basemap.mjs', 'dist-bench'], { stdio: 'ignore' });
  const server = await preview({ configFile: CONFIG });
  const baseUrl = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:4190/';
  const results = [];
  let importReport = null;
  let appReport = null;
  try {
    if (WITH_APP) {
      // The app part first, on the dist/ that `npm run bench` has just built.
      execFileSync(process.execPath, ['scripts/build-basemap.mjs', 'dist'], { stdio: 'ignore' });
      // `--no-real`: skip the real dataset's first view (when only large N is wanted).
      appReport = await appBench('dist', APP_ONLY && sizes.length > 0 ? sizes : APP_SIZES, {
        real: !process.argv.includes('--no-real'),
      });
    }
    for (const n of NS) {
      const result = await runOne(baseUrl, n);
      results.push(result);
      if (result.failed)
        log(`one full run N=${n}: FAILED after ${result.wallS}s (${result.phase}): ${result.failed}`);
      else
        log(
          `one full run N=${n}: first view ${result.firstViewMs} ms, heap ${result.heapMB} MB,`,
          `scrub median ${result.scrubMs.median} ms (p95 ${result.scrubMs.p95}),`,
          `repaint median ${result.repaintMs.median} ms (p95 ${result.repaintMs.p95}),`,
          `ratio ${result.ratio}, ${result.wallS}s`,
        );
    }
    if (WITH_IMPORT) {
      // The import part: scrubs on the importer's own output, then the first view in the app.
      const csv = `acled-${IMPORT_ROWS}.csv`;
      await writeAcledCsv(join('dist-bench', csv), IMPORT_ROWS);
      const scrub = await runOne(baseUrl, IMPORT_ROWS, {
        variant: 'import',
        query: `&csv=${csv}`,
        timeout: 420_000,
      });
      log(
        scrub.failed
          ? `import scrub FAILED: ${scrub.failed}`
          : `import scrub N=${IMPORT_ROWS}: ratio ${scrub.ratio} (scrub ${scrub.scrubMs.median} ms, repaint ${scrub.repaintMs.median} ms)`,
      );
      rmSync(join('dist-bench', csv), { force: true });
      execFileSync(process.execPath, ['scripts/build-basemap.mjs', 'dist'], { stdio: 'ignore' });
      const firstView = await importBench('dist', IMPORT_ROWS);
      log(
        `import first view: ${firstView.firstViewMs} ms (mapping step ${firstView.pickToMappingStepMs} ms)`,
      );
      importReport = summariseImport(firstView, scrub);
    }
  } finally {
    await server.close();
  }
  const report = {
    when: new Date().toISOString(),
    summary: summarise(results),
    method:
      'first view: page start to the first idle with every mark of the fitted first view drawn; scrub: store.setRange (30-day window, +7 days per scrub) -> MapController.setVisible -> map idle, alternating with triggerRepaint() -> idle; medians over measured scrubs after warm-ups; headless Chromium, SwiftShader WebGL, 1280x800',
    chromium: ARGS.join(' '),
    results,
    // The import part (scripts/bench/import-bench.mjs): its own member, so the parts stay apart.
    ...(importReport ? { import: importReport } : {}),
    // The built app through its real controls (scripts/bench/app-bench.mjs).
    ...(appReport ? { app: appReport } : {}),
  };
  mkdirSync('bench-results', { recursive: true });
  writeFileSync('bench-results/bench.json', `${JSON.stringify(report, null, 2)}\n`);
  console.log(JSON.stringify(report, null, 2));
}

/** The import issue's targets: first view within 15 s, progress shown throughout, scrub <= 1.2x. */
function summariseImport(firstView, scrub) {
  return {
    target:
      '250,000-row ACLED-style CSV: first view within 15 s with a progress bar throughout and the page responsive; scrub <= 1.2x a plain repaint',
    firstViewMs: firstView.firstViewMs ?? null,
    progressShown: firstView.progress?.withProgressBarShare ?? null,
    /** A bar in every sample until the map reported the new events drawn, then the new marks. */
    progressThroughout: firstView.progress?.throughout ?? null,
    longestTaskMs: firstView.responsiveness?.longestTaskMs ?? null,
    scrubRatio: scrub.failed ? null : scrub.ratio,
    met: {
      firstView: firstView.firstViewMs <= 15_000,
      progress: firstView.progress?.throughout === true,
      scrub: !scrub.failed && scrub.ratio <= 1.2,
    },
    firstView,
    scrub,
  };
}

/** The targets, read off the results: scrub at most 1.2x a plain repaint at 10k and 100k. */
function summarise(results) {
  const ratio = (n) => results.find((r) => r.n === n && !r.failed)?.ratio ?? null;
  const million = results.find((r) => r.n === 1_000_000);
  return {
    target: 'scrub median <= 1.2x plain repaint median at N = 10,000 and 100,000',
    ratios: Object.fromEntries(results.map((r) => [r.n, r.failed ? null : r.ratio])),
    firstViewMs: Object.fromEntries(results.map((r) => [r.n, r.failed ? null : r.firstViewMs])),
    met: [10_000, 100_000].every((n) => ratio(n) !== null && ratio(n) <= 1.2),
    million: million
      ? million.failed
        ? `did not complete: ${million.failed} (${million.phase})`
        : `loads in ${million.firstViewMs} ms with ${million.heapMB} MB of JS heap; scrub ${million.ratio}x a repaint`
      : 'not run',
    beyondMillion:
      'One GeoJSON source indexes every point on one worker (tens of seconds and GBs at 1M). Past ~100k, load ' +
      'only the time window (setData of the window, fast first view), serve pre-built vector tiles (PMTiles) ' +
      'with the time as a tile attribute, or upload binary attributes and filter on the GPU (deck.gl ' +
      'DataFilterExtension), as measured in ../shared/research/tech-prototype.md section 3.',
  };
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
