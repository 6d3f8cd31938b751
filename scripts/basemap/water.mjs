// Rivers and lakes for the basemap, from the committed Natural Earth 1:50m files
// (scripts/basemap/natural-earth/, public domain). Their names were stripped upstream, so the
// two rivers the map labels are recognised by where they run: a line that passes close to
// every one of a river's known towns is that river. A line that matches no rule stays unnamed.
import { readFileSync } from 'node:fs';
import { clipLines, clipPolygons } from './geometry.mjs';

const DIR = new URL('./natural-earth/', import.meta.url);

/** Towns each river passes within a few km of (coordinates of the towns, GeoNames). */
export const RIVER_RULES = [
  {
    name: 'Euphrates',
    via: [
      [40.14, 35.336], // Deir ez-Zor
      [40.917, 34.452], // Abu Kamal
    ],
  },
  {
    name: 'Euphrates',
    via: [
      [42.354, 34.137], // Haditha
      [43.29, 33.42], // Ramadi
    ],
  },
  {
    name: 'Tigris',
    via: [
      [44.4, 33.34], // Baghdad
      [43.13, 36.34], // Mosul
    ],
  },
];

/** About 8 km at these latitudes: the 1:50m lines are accurate to a few km. */
const NEAR_DEGREES = 0.08;

function distanceToLine([x, y], line) {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 1; i < line.length; i += 1) {
    const [x1, y1] = line[i - 1];
    const [x2, y2] = line[i];
    const dx = x2 - x1;
    const dy = y2 - y1;
    const len2 = dx * dx + dy * dy;
    const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((x - x1) * dx + (y - y1) * dy) / len2));
    best = Math.min(best, Math.hypot(x1 + t * dx - x, y1 + t * dy - y));
  }
  return best;
}

/** The name of the river this geometry is, or null. */
export function riverName(geometry) {
  const lines = geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates;
  const near = (town) => lines.some((line) => distanceToLine(town, line) <= NEAR_DEGREES);
  return RIVER_RULES.find((rule) => rule.via.every(near))?.name ?? null;
}

const read = (file) => JSON.parse(readFileSync(new URL(file, DIR), 'utf8'));

export function buildRivers(box, decimals) {
  const out = [];
  for (const f of read('ne50m-rivers-lake-centerlines.geojson').features) {
    const geometry = clipLines(f.geometry, box, decimals);
    if (!geometry) continue;
    out.push({ type: 'Feature', properties: { name: riverName(f.geometry) }, geometry });
  }
  return out;
}

export function buildLakes(box, decimals) {
  const out = [];
  for (const f of read('ne50m-lakes.geojson').features) {
    const geometry = clipPolygons(f.geometry, box, decimals);
    if (geometry) out.push({ type: 'Feature', properties: {}, geometry });
  }
  return out;
}
