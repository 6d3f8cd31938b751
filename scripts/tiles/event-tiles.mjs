// Cuts the app's events (events.geojson, docs/data-format.md) into vector tiles with their time
// attributes, for the PMTiles path in docs/beyond-the-browser.md.
//
// No thinning: every located event is in exactly one tile at every zoom (no buffer copies, no
// dropped points, no merging), so counting the features of the tiles in view gives exact
// counts. That is the point of the exercise, and the reason the low zooms' tiles are large
// for a big dataset (choose --min-zoom accordingly).
import { fromGeojsonVt } from '@maplibre/vt-pbf';

export const LAYER = 'events';
export const EXTENT = 4096;
/** Web Mercator stops here; the poles cannot be projected. */
const MAX_LATITUDE = 85.0511287798;
const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a `YYYY-MM-DD` date: small integers that filter expressions compare. */
export function dayNumber(date) {
  const [year, month, day] = date.split('-').map(Number);
  return Math.round(Date.UTC(year, month - 1, day) / DAY_MS);
}

/** A point's place on the whole-world square, both coordinates in [0, 1). */
export function worldPosition(lon, lat) {
  const clamped = Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat));
  const sin = Math.sin((clamped * Math.PI) / 180);
  const x = (lon + 180) / 360;
  const y = 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI);
  const inside = (v) => Math.min(Math.max(v, 0), 1 - Number.EPSILON);
  return [inside(x), inside(y)];
}

/** What a tile keeps of an event: what the viewer filters, colours and names it by. */
function attributes(properties) {
  return {
    id: properties.id,
    day: dayNumber(properties.date),
    dayEnd: dayNumber(properties.dateEnd ?? properties.date),
    type: properties.type,
    status: properties.status,
    direction: properties.direction,
    site: properties.siteId,
  };
}

/**
 * The located events as tile-ready points, and how many had no coordinate (kept out of the map,
 * never guessed, and counted in the archive's metadata).
 */
export function locatedEvents(collection) {
  const points = [];
  let unlocated = 0;
  for (const feature of collection.features) {
    const coordinates = feature.geometry?.type === 'Point' ? feature.geometry.coordinates : null;
    if (!coordinates) {
      unlocated += 1;
      continue;
    }
    const [lon, lat] = coordinates;
    points.push({ lon, lat, position: worldPosition(lon, lat), tags: attributes(feature.properties) });
  }
  return { points, unlocated };
}

/**
 * Every tile with at least one event, from `minZoom` to `maxZoom`, as `{ z, x, y, data }` with
 * `data` an uncompressed Mapbox Vector Tile holding one layer, `events`.
 */
export function eventTiles(points, { minZoom, maxZoom }) {
  const tiles = [];
  for (let z = minZoom; z <= maxZoom; z++) {
    const size = 2 ** z;
    const byTile = new Map();
    points.forEach((point, index) => {
      const fx = point.position[0] * size;
      const fy = point.position[1] * size;
      const x = Math.floor(fx);
      const y = Math.floor(fy);
      const key = x * size + y;
      const features = byTile.get(key) ?? [];
      if (features.length === 0) byTile.set(key, features);
      features.push({
        // Vector tile ids are integers; the event's own id is the `id` attribute.
        id: index + 1,
        type: 1,
        tags: point.tags,
        geometry: [[Math.floor((fx - x) * EXTENT), Math.floor((fy - y) * EXTENT)]],
      });
    });
    for (const [key, features] of byTile) {
      const data = fromGeojsonVt({ [LAYER]: { features } }, { version: 2, extent: EXTENT });
      tiles.push({ z, x: Math.floor(key / size), y: key % size, data });
    }
  }
  return tiles;
}

/** `[west, south, east, north]` around the points; the whole world when there are none. */
export function pointBounds(points) {
  if (points.length === 0) return [-180, -85, 180, 85];
  let [west, south, east, north] = [180, 90, -180, -90];
  for (const { lon, lat } of points) {
    west = Math.min(west, lon);
    east = Math.max(east, lon);
    south = Math.min(south, lat);
    north = Math.max(north, lat);
  }
  return [west, south, east, north];
}
