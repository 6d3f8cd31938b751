/**
 * Groups nearby points so that no two marks ever overlap, one grouping per zoom level. The
 * sites never move, so each level is computed once per dataset (on first use) and a scrub
 * only re-counts what each group holds (group-counts.ts). Unlike a radius clusterer, the
 * rule is the guarantee we need: at a level's zoom, two groups stay at least MARK_GAP apart
 * even at the largest size each can reach, wherever each can be drawn.
 *
 * Where a group is drawn: a small group (EXACT_MAX places or fewer) is drawn exactly on its
 * place when all its events in view are there, so a lone strike is never shown on the base
 * beside it; otherwise, and always for a larger group, at its centroid. Large groups only
 * arise where places are dense, and there exact positions cannot all be kept apart: letting
 * them count would chain every place in a dense area into one group.
 */
import { MARK_GAP, maxMarkRadius } from './mark-size';
import type { PlacePoint } from './place-points';
import { runAll, type Steps } from './slices';

/** Groups change every quarter zoom level: a split shows soon after there is room for it. */
export const LEVEL_STEP = 0.25;

export function levelOf(zoom: number): number {
  return Math.floor(zoom / LEVEL_STEP + 1e-9) * LEVEL_STEP;
}

const TILE = 512;

/** Web Mercator world pixels at a zoom, as MapLibre projects them (512-pixel tiles). */
export function worldPixel(lng: number, lat: number, zoom: number): [number, number] {
  const size = TILE * 2 ** zoom;
  const phi = (Math.max(-85.05, Math.min(85.05, lat)) * Math.PI) / 180;
  const y = (1 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / Math.PI) / 2;
  return [((lng + 180) / 360) * size, y * size];
}

function lngLatOf(x: number, y: number, zoom: number): [number, number] {
  const size = TILE * 2 ** zoom;
  const lng = (x / size) * 360 - 180;
  const lat = (Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / size))) * 180) / Math.PI;
  return [lng, lat];
}

export interface PointGroup {
  index: number;
  /** Point indices, most events first. */
  points: number[];
  /** Where the group draws when its events are at several points: their centroid, by events. */
  lng: number;
  lat: number;
  total: number;
  /** Small enough to be drawn exactly on one of its places (see above). */
  exact: boolean;
}

export interface GroupLevel {
  level: number;
  groups: PointGroup[];
  groupOfPoint: Int32Array;
}

/** The most places a group can have and still be drawn on one of them. */
export const EXACT_MAX = 8;

/** Points between two steps of the sliced form: a few milliseconds' work. */
const STEP = 2048;

export function groupPoints(points: readonly PlacePoint[], level: number): GroupLevel {
  return runAll(groupPointsSteps(points, level));
}

/** groupPoints, yielding between steps (slices.ts): the same work in the same order. */
export function* groupPointsSteps(points: readonly PlacePoint[], level: number): Steps<GroupLevel> {
  const n = points.length;
  let work = 0;
  const px = new Float64Array(n);
  const py = new Float64Array(n);
  points.forEach((p, i) => {
    [px[i], py[i]] = worldPixel(p.lng, p.lat, level);
  });
  const x = Float64Array.from(px);
  const y = Float64Array.from(py);
  const total = Float64Array.from(points, (p) => p.total);
  const ext = new Float64Array(n);
  const alive = new Uint8Array(n).fill(1);
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const members: (number[] | null)[] = points.map((_, i) => [i]);

  /** Every place group g can be drawn, in world pixels: its centroid, and its places if exact. */
  const positions = (g: number): [number, number][] => {
    const at: [number, number][] = [[x[g] as number, y[g] as number]];
    for (const i of members[g] ?? []) at.push([px[i] as number, py[i] as number]);
    return at;
  };

  const overlaps = (a: number, b: number): boolean => {
    const need = maxMarkRadius(total[a] as number) + maxMarkRadius(total[b] as number) + MARK_GAP;
    const d = Math.hypot((x[a] as number) - (x[b] as number), (y[a] as number) - (y[b] as number));
    if (d >= (ext[a] as number) + (ext[b] as number) + need) return false;
    for (const [ax, ay] of positions(a))
      for (const [bx, by] of positions(b)) if (Math.hypot(ax - bx, ay - by) < need) return true;
    return false;
  };

  const merge = (a: number, b: number) => {
    const ta = total[a] as number;
    const tb = total[b] as number;
    const cx = ((x[a] as number) * ta + (x[b] as number) * tb) / (ta + tb);
    const cy = ((y[a] as number) * ta + (y[b] as number) * tb) / (ta + tb);
    const ma = members[a];
    const mb = members[b];
    const m = ma && mb && ma.length + mb.length <= EXACT_MAX ? [...ma, ...mb] : null;
    members[a] = m;
    // How far from the centroid the group can be drawn: 0 once it is drawn at the centroid only.
    ext[a] = m ? Math.max(...m.map((i) => Math.hypot((px[i] as number) - cx, (py[i] as number) - cy))) : 0;
    x[a] = cx;
    y[a] = cy;
    total[a] = ta + tb;
    alive[b] = 0;
    parent[b] = a;
  };

  for (let pass = 0; pass < 200; pass += 1) {
    let reach = 0;
    for (let i = 0; i < n; i += 1)
      if (alive[i]) reach = Math.max(reach, (ext[i] as number) + maxMarkRadius(total[i] as number));
    const cell = 2 * reach + MARK_GAP;
    const key = (cx: number, cy: number) => cx * 67_108_864 + cy;
    const grid = new Map<number, number[]>();
    const order: number[] = [];
    for (let i = 0; i < n; i += 1) {
      if (!alive[i]) continue;
      order.push(i);
      const k = key(Math.floor((x[i] as number) / cell), Math.floor((y[i] as number) / cell));
      const list = grid.get(k);
      if (list) list.push(i);
      else grid.set(k, [i]);
    }
    order.sort((a, b) => (total[b] as number) - (total[a] as number) || a - b);
    let merged = false;
    for (const a of order) {
      if (++work % STEP === 0) yield;
      if (!alive[a]) continue;
      const cx = Math.floor((x[a] as number) / cell);
      const cy = Math.floor((y[a] as number) / cell);
      for (let dx = -1; dx <= 1; dx += 1)
        for (let dy = -1; dy <= 1; dy += 1)
          for (const b of grid.get(key(cx + dx, cy + dy)) ?? []) {
            if (b === a || !alive[b] || !alive[a]) continue;
            if (overlaps(a, b)) {
              merge(a, b);
              merged = true;
            }
          }
    }
    if (!merged) break;
    yield;
  }

  const root = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r] as number;
    return r;
  };
  const groupOfPoint = new Int32Array(n);
  const byRoot = new Map<number, PointGroup>();
  const groups: PointGroup[] = [];
  for (let i = 0; i < n; i += 1) {
    if (++work % STEP === 0) yield;
    const r = root(i);
    let g = byRoot.get(r);
    if (!g) {
      const [lng, lat] = lngLatOf(x[r] as number, y[r] as number, level);
      g = {
        index: groups.length,
        points: [],
        lng,
        lat,
        total: total[r] as number,
        exact: members[r] !== null,
      };
      byRoot.set(r, g);
      groups.push(g);
    }
    g.points.push(i);
    groupOfPoint[i] = g.index;
  }
  for (const g of groups) {
    g.points.sort((a, b) => (points[b]?.total ?? 0) - (points[a]?.total ?? 0) || a - b);
    // One point: draw exactly on it, not on a centroid that went through two projections.
    const only = g.points.length === 1 ? points[g.points[0] as number] : undefined;
    if (only) [g.lng, g.lat] = [only.lng, only.lat];
  }
  return { level, groups, groupOfPoint };
}
