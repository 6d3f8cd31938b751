/**
 * The map of tiles.html: the offline basemap, and the events read tile by tile from a PMTiles
 * archive with HTTP range requests, so only the tiles in view are ever fetched.
 */
import type { FilterSpecification, Map as MaplibreMap } from 'maplibre-gl';
import { TYPE_COLOURS } from '../../domain/symbols';
import { basemapStyle, MAP_MAX_ZOOM } from '../basemap-style';
import { TILES_LAYER } from './tiles-view';

const SOURCE = 'tiled-events';

/** One colour per event type, as on the app's own map. */
function typeColour(): unknown[] {
  return ['match', ['get', 'type'], ...Object.entries(TYPE_COLOURS).flat(), '#6b6b6b'];
}

export interface TilesMap {
  map: MaplibreMap;
  /** Keeps only the events that touch the window. */
  setFilter(filter: unknown[]): void;
  /** The events drawn in view now. */
  drawnFeatures(): { properties: Record<string, unknown> | null }[];
}

/** Creates the map over `container`, reading `archive` (an absolute same-origin URL), once its style has loaded. */
export async function createTilesMap(
  container: HTMLElement,
  archive: URL,
  baseUrl: string,
): Promise<TilesMap> {
  const [maplibre, { default: workerUrl }, { Protocol }] = await Promise.all([
    import('maplibre-gl'),
    import('maplibre-gl/dist/maplibre-gl-worker.mjs?url'),
    import('pmtiles'),
  ]);
  maplibre.setWorkerUrl(workerUrl);
  // `pmtiles://<url>` sources are read by the protocol with range requests on this origin.
  const protocol = new Protocol();
  maplibre.addProtocol('pmtiles', protocol.tile);
  const style = basemapStyle(baseUrl);
  style.sources[SOURCE] = { type: 'vector', url: `pmtiles://${archive.href}` };
  style.layers.push({
    id: TILES_LAYER,
    type: 'circle',
    source: SOURCE,
    'source-layer': TILES_LAYER,
    paint: {
      'circle-radius': ['interpolate', ['linear'], ['zoom'], 4, 3, 10, 6],
      'circle-color': typeColour() as never,
      'circle-stroke-color': '#ffffff',
      'circle-stroke-width': 1,
    },
  });
  const map = new maplibre.Map({
    container,
    style,
    center: [41.5, 34.2],
    zoom: 4.6,
    maxZoom: MAP_MAX_ZOOM,
    attributionControl: { compact: true, customAttribution: 'Natural Earth' },
    dragRotate: false,
    pitchWithRotate: false,
  });
  map.addControl(new maplibre.NavigationControl({ showCompass: false }), 'top-right');
  // Filters can be set only on a loaded style.
  await new Promise<void>((resolve) => map.once('load', () => resolve()));
  return {
    map,
    setFilter: (filter) => map.setFilter(TILES_LAYER, filter as FilterSpecification),
    drawnFeatures: () => map.queryRenderedFeatures({ layers: [TILES_LAYER] }),
  };
}
