/**
 * The only module that imports maplibre-gl, loaded on demand so the first paint of the
 * page does not wait for ~1 MB of map code. It also adds the map's own controls: zoom in and
 * out, "reset view", and scale bars in kilometres and miles.
 */
import type { IControl } from 'maplibre-gl';
import type { CreateMap, MapLike } from './map-like';

/** A MapLibre control with one button that returns to the default view of the data. */
function resetControl(onReset: () => void): IControl {
  let box: HTMLDivElement | null = null;
  return {
    onAdd() {
      box = document.createElement('div');
      box.className = 'maplibregl-ctrl maplibregl-ctrl-group atlas-reset';
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'atlas-reset-button';
      button.title = 'Reset view: show every event';
      button.setAttribute('aria-label', 'Reset view: show every event');
      button.addEventListener('click', onReset);
      box.append(button);
      return box;
    },
    onRemove() {
      box?.remove();
      box = null;
    },
  };
}

let maplibre: Promise<[typeof import('maplibre-gl'), { default: string }]> | null = null;

/**
 * Fetches and runs MapLibre's code, once. main.tsx calls it first thing, so its ~1 MB is
 * compiled while the data downloads instead of after the map's component has rendered (issue
 * 13). A failed fetch is forgotten, so the next map asked for (the reader's "Try again") fetches anew.
 */
export const loadMaplibre = () => {
  maplibre ??= Promise.all([
    import('maplibre-gl'),
    // Serve the worker from our own origin: without this Vite 404s it and the map never loads,
    // and a strict Content-Security-Policy would block a blob worker.
    import('maplibre-gl/dist/maplibre-gl-worker.mjs?url'),
  ]).catch((error: unknown) => {
    maplibre = null;
    throw error;
  });
  return maplibre;
};

export const createMaplibreMap: CreateMap = async (options) => {
  const [{ Map: MaplibreMap, NavigationControl, ScaleControl, setWorkerUrl }, { default: workerUrl }] =
    await loadMaplibre();
  setWorkerUrl(workerUrl);
  // No cast: the compiler checks that MapLibre's Map fits the seam the app and the fake share.
  const map: MapLike & InstanceType<typeof MaplibreMap> = new MaplibreMap({
    container: options.container,
    style: options.style,
    center: options.center,
    zoom: options.zoom,
    bearing: options.bearing ?? 0,
    pitch: options.pitch ?? 0,
    maxBounds: options.maxBounds,
    maxZoom: options.maxZoom,
    attributionControl: { compact: true, customAttribution: 'Natural Earth' },
    fadeDuration: options.reducedMotion ? 0 : 300,
    // Our one style is checked against the style spec by tests/unit/basemap-style.test.ts;
    // checking it again here cost the first view tens of ms on the main thread (issue 13).
    validateStyle: false,
    // The events' own list and keyboard controls sit beside the map; keep the map's.
    keyboard: true,
    // Rotation says nothing on this map and a stray right-drag would tilt labels away.
    dragRotate: false,
    pitchWithRotate: false,
    touchPitch: false,
  });
  map.touchZoomRotate.disableRotation();
  map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
  if (options.onResetView) map.addControl(resetControl(options.onResetView), 'top-right');
  map.addControl(new ScaleControl({ unit: 'metric', maxWidth: 100 }), 'bottom-right');
  map.addControl(new ScaleControl({ unit: 'imperial', maxWidth: 100 }), 'bottom-right');
  return map;
};
