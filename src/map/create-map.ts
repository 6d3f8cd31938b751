/**
 * The only module that imports maplibre-gl, loaded on demand so the first paint of the
 * page does not wait for ~1 MB of map code.
 */
import type { CreateMap, MapLike } from './map-like';

export const createMaplibreMap: CreateMap = async (options) => {
  const [{ Map: MaplibreMap, setWorkerUrl }, { default: workerUrl }] = await Promise.all([
    import('maplibre-gl'),
    // Serve the worker from our own origin: without this Vite 404s it and the map never loads,
    // and a strict Content-Security-Policy would block a blob worker.
    import('maplibre-gl/dist/maplibre-gl-worker.mjs?url'),
  ]);
  setWorkerUrl(workerUrl);
  const map = new MaplibreMap({
    container: options.container,
    style: options.style,
    center: options.center,
    zoom: options.zoom,
    bearing: options.bearing ?? 0,
    pitch: options.pitch ?? 0,
    maxBounds: options.maxBounds,
    attributionControl: { compact: true, customAttribution: 'Natural Earth' },
    fadeDuration: options.reducedMotion ? 0 : 300,
    // The events' own list and keyboard controls sit beside the map; keep the map's.
    keyboard: true,
  });
  return map as unknown as MapLike;
};
