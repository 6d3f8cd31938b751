// Geometry helpers for the basemap build: clip to a box, round coordinates, drop what collapsed.
// Plain ESM so the build needs no TypeScript step.
import { bboxClip } from '@turf/bbox-clip';

/** Douglas-Peucker on one open line; endpoints are always kept. Iterative, so long arcs are fine. */
function douglasPeucker(points, tolerance) {
  if (points.length <= 2) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = 1;
  keep[points.length - 1] = 1;
  const stack = [[0, points.length - 1]];
  const tol2 = tolerance * tolerance;
  while (stack.length > 0) {
    const [a, b] = stack.pop();
    const [x1, y1] = points[a];
    const dx = points[b][0] - x1;
    const dy = points[b][1] - y1;
    const len2 = dx * dx + dy * dy;
    let maxD = 0;
    let maxI = -1;
    for (let i = a + 1; i < b; i++) {
      const [x, y] = points[i];
      const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((x - x1) * dx + (y - y1) * dy) / len2));
      const ex = x1 + t * dx - x;
      const ey = y1 + t * dy - y;
      const d = ex * ex + ey * ey;
      if (d > maxD) {
        maxD = d;
        maxI = i;
      }
    }
    if (maxD > tol2) {
      keep[maxI] = 1;
      stack.push([a, maxI], [maxI, b]);
    }
  }
  return points.filter((_, i) => keep[i] === 1);
}

/**
 * Simplify a TopoJSON topology in place, arc by arc, and drop its quantisation transform.
 * Simplifying arcs (not features) keeps shared edges identical in every polygon and in the
 * border mesh, so fills and border lines never drift apart. Arc endpoints are junctions and are
 * kept, so the topology stays valid.
 */
export function simplifyTopology(topo, tolerance) {
  const [sx, sy] = topo.transform ? topo.transform.scale : [1, 1];
  const [tx, ty] = topo.transform ? topo.transform.translate : [0, 0];
  topo.arcs = topo.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    const abs = arc.map(([dx, dy]) => {
      if (topo.transform) {
        x += dx;
        y += dy;
        return [x * sx + tx, y * sy + ty];
      }
      return [dx, dy];
    });
    return douglasPeucker(abs, tolerance);
  });
  delete topo.transform;
  return topo;
}

/** Round to `decimals` places; 3 decimals is ~110 m, far below a pixel at the zooms we allow. */
export function roundCoord([x, y], decimals) {
  const f = 10 ** decimals;
  return [Math.round(x * f) / f, Math.round(y * f) / f];
}

/** Round a line and drop consecutive duplicates that rounding creates. */
function roundLine(line, decimals) {
  const out = [];
  for (const p of line) {
    const r = roundCoord(p, decimals);
    const last = out[out.length - 1];
    if (!last || last[0] !== r[0] || last[1] !== r[1]) out.push(r);
  }
  return out;
}

/** A closed ring needs 4 positions (first == last); rounding can collapse tiny islands below that. */
function roundRing(ring, decimals) {
  const out = roundLine(ring, decimals);
  if (out.length < 4) return null;
  const first = out[0];
  const last = out[out.length - 1];
  if (first[0] !== last[0] || first[1] !== last[1]) out.push(first);
  return out;
}

/**
 * Clip a Polygon/MultiPolygon geometry to `box`, round it, and normalise to MultiPolygon (or null
 * when nothing is left). A polygon whose outer ring vanished is dropped with its holes.
 */
export function clipPolygons(geometry, box, decimals) {
  const clipped = bboxClip({ type: 'Feature', properties: {}, geometry }, box).geometry;
  const polys = clipped.type === 'Polygon' ? [clipped.coordinates] : clipped.coordinates;
  const out = [];
  for (const poly of polys) {
    if (poly.length === 0) continue;
    const outer = roundRing(poly[0], decimals);
    if (!outer) continue;
    const holes = poly
      .slice(1)
      .map((r) => roundRing(r, decimals))
      .filter(Boolean);
    out.push([outer, ...holes]);
  }
  return out.length > 0 ? { type: 'MultiPolygon', coordinates: out } : null;
}

/** Clip a LineString/MultiLineString geometry to `box` and round it; null when nothing is left. */
export function clipLines(geometry, box, decimals) {
  const clipped = bboxClip({ type: 'Feature', properties: {}, geometry }, box).geometry;
  const lines = clipped.type === 'LineString' ? [clipped.coordinates] : clipped.coordinates;
  const out = lines.map((l) => roundLine(l, decimals)).filter((l) => l.length >= 2);
  return out.length > 0 ? { type: 'MultiLineString', coordinates: out } : null;
}
