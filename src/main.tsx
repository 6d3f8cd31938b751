/** Bootstrap: decode the URL once, create the store, bind URL sync, render. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { createMaplibreMap, loadMaplibre } from './map/create-map';
import { registerWorker, type UpdateSource } from './offline/register-worker';
import { createAppStore } from './store/app-store';
import { decodeUrl } from './store/url-codec';
import { bindUrlSync } from './store/url-sync';
import './styles/app.css';
import type { CreateMap } from './map/map-like';

// User Timing marks for the benchmark's first-view breakdown (free when nobody reads them).
performance.mark('atlas:main');
// MapLibre's code starts loading now, beside the data; if it fails, the map says so when it
// asks for it again (create-map.ts forgets a failed load).
loadMaplibre().catch(() => undefined);

const { view, notices } = decodeUrl(window.location.search, window.location.hash);
const store = createAppStore(view, notices);
bindUrlSync(store);

const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
const dataBaseUrl = new URL(import.meta.env.BASE_URL, window.location.origin).href;
// The dev server serves no worker: offline is a property of the built app.
const updates: UpdateSource | undefined = import.meta.env.PROD
  ? registerWorker(`${import.meta.env.BASE_URL}sw.js`, import.meta.env.BASE_URL)
  : undefined;

// The benchmark (scripts/bench/app-bench.mjs) defines this global before the app loads, to
// time plain repaints of the real map; for everyone else it is undefined and nothing changes.
const bench = (window as { __atlasBench?: { map?: unknown } }).__atlasBench;
const createMap: CreateMap = bench
  ? (options) =>
      createMaplibreMap(options).then((map) => {
        bench.map = map;
        return map;
      })
  : createMaplibreMap;

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <App context={{ store, createMap, dataBaseUrl, reducedMotion }} updates={updates} />
  </StrictMode>,
);
