#!/usr/bin/env node
// Builds a PMTiles archive of events in the app's format, for datasets too big for one
// browser tab (docs/beyond-the-browser.md). The archive opens in tiles.html?tiles=<path>.
//
//   node scripts/tiles/build-pmtiles.mjs [events.geojson] [out.pmtiles] [--min-zoom N] [--max-zoom N]
//
// Defaults: public/data/events.geojson -> public/tiles/events.pmtiles, zooms 0 to 12. The build
// runs it with the defaults, so the deployed site carries the embedded dataset as tiles too.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildArchive } from './pmtiles-archive.mjs';
import { EXTENT, eventTiles, LAYER, locatedEvents, pointBounds } from './event-tiles.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * The first day and the last (a window's end counts) of the points, or nulls for none. A loop,
 * not `Math.min(...days)`: spreading a million arguments overflows the call stack.
 */
export function dayRange(points) {
  let firstDay = null;
  let lastDay = null;
  for (const { tags } of points) {
    if (firstDay === null || tags.day < firstDay) firstDay = tags.day;
    if (lastDay === null || tags.dayEnd > lastDay) lastDay = tags.dayEnd;
  }
  return { firstDay, lastDay };
}

/** The archive's metadata: what the layer holds, where the events came from, and what is missing. */
export function archiveMetadata(collection, points, unlocated, zooms) {
  return {
    name: collection.name ?? 'Incident Atlas events',
    version: collection.version ?? null,
    description:
      'Events as vector tiles with their days, for Incident Atlas tiles.html. No event is thinned out.',
    attribution: 'Incident Atlas',
    type: 'overlay',
    vector_layers: [
      {
        id: LAYER,
        minzoom: zooms.minZoom,
        maxzoom: zooms.maxZoom,
        fields: {
          id: 'String',
          day: 'Number',
          dayEnd: 'Number',
          type: 'String',
          status: 'String',
          direction: 'String',
          site: 'String',
        },
      },
    ],
    // Read by tiles.html: the totals it compares the tiles in view against.
    incidentAtlas: {
      events: points.length,
      unlocated,
      ...dayRange(points),
      extent: EXTENT,
    },
  };
}

/** The archive for a FeatureCollection of events, and how many tiles and events went in. */
export function eventArchive(collection, zooms) {
  const { points, unlocated } = locatedEvents(collection);
  const tiles = eventTiles(points, zooms);
  const bytes = buildArchive({
    tiles,
    bounds: pointBounds(points),
    ...zooms,
    metadata: archiveMetadata(collection, points, unlocated, zooms),
  });
  return { bytes, tiles: tiles.length, events: points.length, unlocated };
}

function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { 'min-zoom': { type: 'string', default: '0' }, 'max-zoom': { type: 'string', default: '12' } },
  });
  const input = resolve(positionals[0] ?? `${root}/public/data/events.geojson`);
  const output = resolve(positionals[1] ?? `${root}/public/tiles/events.pmtiles`);
  const zooms = { minZoom: Number(values['min-zoom']), maxZoom: Number(values['max-zoom']) };
  if (!(Number.isInteger(zooms.minZoom) && Number.isInteger(zooms.maxZoom) && zooms.minZoom >= 0)) {
    throw new Error('--min-zoom and --max-zoom take whole numbers');
  }
  if (zooms.maxZoom < zooms.minZoom || zooms.maxZoom > 16) {
    throw new Error('--max-zoom must be at least --min-zoom and at most 16');
  }
  const started = performance.now();
  const result = eventArchive(JSON.parse(readFileSync(input, 'utf8')), zooms);
  mkdirSync(dirname(output), { recursive: true });
  writeFileSync(output, result.bytes);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `${output}: ${result.events} events (${result.unlocated} without a place, left out) in ${result.tiles} tiles, ` +
      `zooms ${zooms.minZoom}-${zooms.maxZoom}, ${(result.bytes.length / 1e6).toFixed(2)} MB, ${seconds} s`,
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
