/**
 * The benchmark page: synthetic events through the REAL store, derivations, MapController,
 * map factory and basemap style, exactly as the app wires them (map-view.tsx), minus React.
 * The camera starts on the app's first view (fitted to the data). Scrub cost is timed from
 * store.setRange to the map's `idle`, alternating with a plain triggerRepaint() timed the
 * same way, so the ratio cancels software GL's frame floor.
 */
import 'maplibre-gl/dist/maplibre-gl.css';
import { visibleEvents } from '../../src/data/filter-events';
import type { GeoJSONSource } from 'maplibre-gl';
import { basemapStyle, MAP_INITIAL_VIEW, MAP_MAX_BOUNDS, MAP_MAX_ZOOM } from '../../src/map/basemap-style';
import { createMaplibreMap } from '../../src/map/create-map';
import { LABELS_SOURCE, MARKS_SOURCE } from '../../src/map/layers';
import { MapController } from '../../src/map/map-controller';
import type { MapLike } from '../../src/map/map-like';
import { createAppStore } from '../../src/store/app-store';
import { importedDataset } from './imported';
import { nextFrame, stats } from './measure';
import { DAYS, FIRST_DAY, syntheticDataset } from './synthetic';

const WINDOW = 30;
const MOVE = 7;

declare global {
  interface Window {
    __benchResult?: unknown;
    __benchError?: string;
    /** Where the run is, for a report when it times out. */
    __benchPhase?: string;
  }
}

/**
 * Counts and times the place-labels source's setData calls: the one rebuild a scrub may cause
 * (when a place name appears or goes). Reported under the JSON's historical `sites` keys.
 */
function instrumentMarks(map: MapLike, variant: string) {
  const calls = { n: 0, ms: 0 };
  const wrapped = new WeakSet<object>();
  const getSource = map.getSource.bind(map);
  map.getSource = <T>(id: string) => {
    const source = getSource<GeoJSONSource>(id);
    if (!source || id !== LABELS_SOURCE || wrapped.has(source)) return source as T | undefined;
    wrapped.add(source);
    const setData = source.setData.bind(source);
    source.setData = (data) => {
      // Experiment: keep the first upload only, to see what rebuilding the source costs.
      if (variant === 'no-rebuild' && calls.n > 0) return Promise.resolve();
      const t = performance.now();
      const result = setData(data);
      calls.n += 1;
      calls.ms += performance.now() - t;
      return result;
    };
    return source as T;
  };
  return calls;
}

async function main() {
  const params = new URLSearchParams(location.search);
  const n = Number(params.get('n') ?? 1000);
  const warmups = Number(params.get('warmups') ?? 2);
  const measured = Number(params.get('measured') ?? 20);
  const variant = params.get('variant') ?? 'app';
  const t0 = performance.now();
  // variant=import: the generated ACLED-style CSV through the app's importer (import-bench.mjs).
  const csv = params.get('csv');
  const dataset = variant === 'import' && csv ? await importedDataset(csv) : syntheticDataset(n);
  const generateMs = performance.now() - t0;
  const phase = (name: string) => {
    window.__benchPhase = `${name} at ${Math.round(performance.now())} ms`;
  };
  phase('generated');

  const store = createAppStore({ range: [FIRST_DAY, FIRST_DAY + WINDOW - 1] });
  const [w, s, e, north] = MAP_MAX_BOUNDS;
  const map = await createMaplibreMap({
    container: document.getElementById('map') as HTMLElement,
    style: basemapStyle(new URL('./', location.href).href),
    center: [...MAP_INITIAL_VIEW.center],
    zoom: MAP_INITIAL_VIEW.zoom,
    maxBounds: [
      [w, s],
      [e, north],
    ],
    maxZoom: MAP_MAX_ZOOM,
    // fadeDuration 0, as in the prototype: symbol fades would otherwise hold `idle` back 300 ms.
    reducedMotion: true,
  });
  const siteCalls = instrumentMarks(map, variant);
  const controller = new MapController(
    map,
    { onSelect() {}, onCamera() {} },
    { reducedMotion: true, pixelRatio: 1, autoCamera: true },
  );
  // First view: the fitted camera with every mark painted (`idle` after the marks source loaded).
  const loaded = new Promise<void>((resolve) => {
    const check = () => {
      const real = map as unknown as { isSourceLoaded(id: string): boolean };
      if (map.getSource(MARKS_SOURCE) && real.isSourceLoaded(MARKS_SOURCE)) resolve();
      else map.once('idle', check);
    };
    map.once('idle', check);
  });
  // The wiring of map-view.tsx: a store subscription, no React.
  controller.setDataset(dataset);
  const query = () => {
    const st = store.getState();
    return { range: st.range, filters: st.filters, search: st.search };
  };
  controller.setVisible(visibleEvents(dataset, query()));
  store.subscribe((next, prev) => {
    if (next.range !== prev.range) controller.setVisible(visibleEvents(dataset, query()));
  });
  phase('uploaded');
  await loaded;
  const firstViewMs = performance.now();
  phase('first view');

  const scrub: number[] = [];
  const scrubSync: number[] = [];
  const scrubRender: number[] = [];
  const repaint: number[] = [];
  const repaintRender: number[] = [];
  let sitesSetData = 0;
  let sitesSetDataMs = 0;
  let start = FIRST_DAY;
  for (let i = 0; i < warmups + measured; i += 1) {
    start = FIRST_DAY + ((start - FIRST_DAY + MOVE) % (DAYS - WINDOW));
    const calls = siteCalls.n;
    const callMs = siteCalls.ms;
    let t = performance.now();
    const frame = nextFrame(map, t);
    store.getState().setRange([start, start + WINDOW - 1]);
    const sync = performance.now() - t;
    const scrubbed = await frame;
    t = performance.now();
    const repainted = nextFrame(map, t);
    map.triggerRepaint();
    const painted = await repainted;
    phase(`scrub ${i + 1} of ${warmups + measured}`);
    if (i < warmups) continue;
    scrub.push(scrubbed.idle);
    scrubRender.push(scrubbed.render);
    scrubSync.push(sync);
    repaint.push(painted.idle);
    repaintRender.push(painted.render);
    sitesSetData += siteCalls.n - calls;
    sitesSetDataMs += siteCalls.ms - callMs;
  }
  const memory = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
  const scrubStats = stats(scrub);
  const repaintStats = stats(repaint);
  window.__benchResult = {
    n,
    variant,
    sites: dataset.sites.length,
    generateMs: Math.round(generateMs),
    firstViewMs: Math.round(firstViewMs),
    firstViewZoom: Math.round(map.getZoom() * 100) / 100,
    marksAtFirstView: controller.screenMarks().length,
    heapMB: memory ? Math.round(memory.usedJSHeapSize / 1e5) / 10 : null,
    scrubMs: scrubStats,
    repaintMs: repaintStats,
    ratio: Math.round((scrubStats.median / repaintStats.median) * 100) / 100,
    ratioP95: Math.round((scrubStats.p95 / repaintStats.p95) * 100) / 100,
    scrubSyncMs: stats(scrubSync),
    scrubFirstRenderMs: stats(scrubRender),
    repaintFirstRenderMs: stats(repaintRender),
    sitesSetDataPerScrub: Math.round((sitesSetData / measured) * 100) / 100,
    sitesSetDataSyncMs: Math.round((sitesSetDataMs / Math.max(1, sitesSetData)) * 10) / 10,
  };
}

main().catch((error: unknown) => {
  window.__benchError = error instanceof Error ? `${error.message}\n${error.stack}` : String(error);
});
