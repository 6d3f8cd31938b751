import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { PMTiles, type RangeResponse, type Source } from 'pmtiles';
import { describe, expect, it } from 'vitest';
import { dayRange, eventArchive } from '../../scripts/tiles/build-pmtiles.mjs';
import { dayNumber, LAYER } from '../../scripts/tiles/event-tiles.mjs';
import { buildArchive, ROOT_DIRECTORY_LIMIT } from '../../scripts/tiles/pmtiles-archive.mjs';

/** Serves an archive's bytes to the `pmtiles` reader, as a static host answers range requests. */
function memorySource(bytes: Uint8Array): Source {
  return {
    getKey: () => 'memory',
    async getBytes(offset: number, length: number): Promise<RangeResponse> {
      const slice = bytes.slice(offset, offset + length);
      return { data: slice.buffer };
    },
  };
}

/** A small seeded generator, so a failure names data that can be rebuilt. */
function random(seed: number) {
  // mulberry32: 32-bit integer steps, so no float rounding shortens its cycle.
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function syntheticEvents(count: number, unlocated: number) {
  const next = random(7);
  const features = Array.from({ length: count + unlocated }, (_, index) => {
    const day = new Date(Date.UTC(2023, 9, 17) + Math.floor(next() * 400) * 86_400_000)
      .toISOString()
      .slice(0, 10);
    const located = index >= unlocated;
    return {
      type: 'Feature',
      id: `event-${index}`,
      geometry: located ? { type: 'Point', coordinates: [36 + next() * 13, 29 + next() * 9] } : null,
      properties: {
        id: `event-${index}`,
        date: day,
        dateEnd: index % 10 === 0 ? '2024-12-31' : null,
        siteId: `site-${index % 40}`,
        type: index % 2 ? 'drone_attack' : 'us_airstrike',
        status: 'reported_by_media',
        direction: index % 2 ? 'attack_on_us' : 'us_strike',
      },
    };
  });
  return { type: 'FeatureCollection', name: 'Synthetic', version: '9.9.9', features };
}

interface Read {
  id: string;
  day: number;
  dayEnd: number;
  lon: number;
  lat: number;
}

/** Every feature of every tile at zoom `z` inside the archive's bounds. */
async function featuresAt(archive: PMTiles, z: number): Promise<Read[]> {
  const header = await archive.getHeader();
  const size = 2 ** z;
  const column = (lon: number) => Math.floor(((lon + 180) / 360) * size);
  const row = (lat: number) => {
    const sin = Math.sin((lat * Math.PI) / 180);
    return Math.floor((0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * size);
  };
  const found: Read[] = [];
  for (let x = column(header.minLon); x <= column(header.maxLon); x++) {
    for (let y = row(header.maxLat); y <= row(header.minLat); y++) {
      const tile = await archive.getZxy(z, x, y);
      if (!tile) continue;
      const layer = new VectorTile(new PbfReader(new Uint8Array(tile.data))).layers[LAYER];
      if (!layer) throw new Error(`tile ${z}/${x}/${y} has no ${LAYER} layer`);
      for (let i = 0; i < layer.length; i++) {
        const feature = layer.feature(i);
        const geometry = feature.toGeoJSON(x, y, z).geometry;
        if (geometry.type !== 'Point') throw new Error(`tile ${z}/${x}/${y} holds a ${geometry.type}`);
        const [lon = Number.NaN, lat = Number.NaN] = geometry.coordinates;
        const { id, day, dayEnd } = feature.properties as { id: string; day: number; dayEnd: number };
        found.push({ id, day, dayEnd, lon, lat });
      }
    }
  }
  return found;
}

describe('building a PMTiles archive from events in the app format', () => {
  const collection = syntheticEvents(1_500, 5);
  const built = eventArchive(collection, { minZoom: 0, maxZoom: 8 });
  const archive = new PMTiles(memorySource(built.bytes));
  const located = collection.features.filter((feature) => feature.geometry);

  it('keeps every located event exactly once at every zoom, with its days and its place', async () => {
    const expected = new Map(located.map((feature) => [feature.properties.id, feature]));
    for (let z = 0; z <= 8; z++) {
      const found = await featuresAt(archive, z);
      expect(found.map((feature) => feature.id).sort()).toEqual([...expected.keys()].sort());
      for (const feature of found) {
        const source = expected.get(feature.id);
        expect(feature.day).toBe(dayNumber(source?.properties.date ?? ''));
        expect(feature.dayEnd).toBe(dayNumber(source?.properties.dateEnd ?? source?.properties.date ?? ''));
      }
    }
    // At zoom 8 a tile's 4,096 steps are ~40 m each here: the place survives to within one.
    for (const feature of await featuresAt(archive, 8)) {
      const [lon = Number.NaN, lat = Number.NaN] = expected.get(feature.id)?.geometry?.coordinates ?? [];
      expect(Math.abs(feature.lon - lon)).toBeLessThan(0.001);
      expect(Math.abs(feature.lat - lat)).toBeLessThan(0.001);
    }
  });

  it('leaves the events without a place out of the tiles and counts them in the metadata', async () => {
    expect(built.events).toBe(1_500);
    expect(built.unlocated).toBe(5);
    const metadata = (await archive.getMetadata()) as {
      name: string;
      version: string;
      vector_layers: { id: string }[];
      incidentAtlas: { events: number; unlocated: number; firstDay: number; lastDay: number };
    };
    expect(metadata.vector_layers.map((layer) => layer.id)).toEqual([LAYER]);
    expect(metadata).toMatchObject({ name: 'Synthetic', version: '9.9.9' });
    expect(metadata.incidentAtlas).toMatchObject({
      events: 1_500,
      unlocated: 5,
      lastDay: dayNumber('2024-12-31'),
    });
    const days = located.map((feature) => dayNumber(feature.properties.date));
    expect(metadata.incidentAtlas.firstDay).toBe(Math.min(...days));
  });

  it('says in its header which zooms it holds and where the events are', async () => {
    const header = await archive.getHeader();
    expect([header.minZoom, header.maxZoom]).toEqual([0, 8]);
    const lons = located.map((feature) => feature.geometry?.coordinates[0] ?? 0);
    const lats = located.map((feature) => feature.geometry?.coordinates[1] ?? 0);
    expect(header.minLon).toBeCloseTo(Math.min(...lons), 5);
    expect(header.maxLon).toBeCloseTo(Math.max(...lons), 5);
    expect(header.minLat).toBeCloseTo(Math.min(...lats), 5);
    expect(header.maxLat).toBeCloseTo(Math.max(...lats), 5);
  });
});

describe('the days an archive covers', () => {
  it('runs from the earliest first day to the latest last day, for a million events too', () => {
    const points = Array.from({ length: 1_000_000 }, (_, index) => ({
      tags: { day: 20_000 + (index % 500), dayEnd: 20_000 + (index % 500) + (index === 77 ? 900 : 0) },
    }));
    expect(dayRange(points)).toEqual({ firstDay: 20_000, lastDay: 20_977 });
    expect(dayRange([])).toEqual({ firstDay: null, lastDay: null });
  });
});

describe('an archive with more tiles than its root directory can list', () => {
  // 40,000 tiles scattered over zoom 14, of uneven sizes: their directory is far over the
  // 16 KiB a client fetches first, however well it compresses.
  const next = random(11);
  const places = new Map<number, { x: number; y: number }>();
  while (places.size < 40_000) {
    const x = Math.floor(next() * 16_384);
    const y = Math.floor(next() * 16_384);
    places.set(x * 16_384 + y, { x, y });
  }
  const tiles = [...places.values()].map(({ x, y }, index) => ({
    z: 14,
    x,
    y,
    data: new TextEncoder().encode(`tile ${index} `.padEnd(8 + Math.floor(next() * 200), '.')),
  }));
  const bytes = buildArchive({
    tiles,
    bounds: [0, 0, 1, 1],
    minZoom: 14,
    maxZoom: 14,
    metadata: { vector_layers: [] },
  });
  const archive = new PMTiles(memorySource(bytes));

  it('keeps the root within the first 16 KiB and puts the rest in leaf directories', async () => {
    const header = await archive.getHeader();
    expect(header.rootDirectoryLength).toBeLessThanOrEqual(ROOT_DIRECTORY_LIMIT);
    expect(header.leafDirectoryLength).toBeGreaterThan(0);
    expect(header.numTileEntries).toBe(40_000);
  });

  it('finds every tile through the leaves, with its own bytes', async () => {
    const text = (data: ArrayBuffer | Uint8Array | undefined) => new TextDecoder().decode(data);
    for (const [index, { x, y, data }] of tiles.entries()) {
      if (index % 97 === 0) expect(text((await archive.getZxy(14, x, y))?.data)).toBe(text(data));
    }
    const last = tiles.at(-1) ?? { x: -1, y: -1 };
    expect(text((await archive.getZxy(14, last.x, last.y))?.data)).toMatch(/^tile 39999 /);
    const empty = [...Array(16_384).keys()].find((y) => !places.has(y));
    expect(await archive.getZxy(14, 0, empty ?? 0)).toBeUndefined();
  });
});
