/**
 * Grouping: places near each other share a mark, no two marks can ever overlap (at their
 * largest, wherever each is drawn), and groups split as the reader zooms in.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MARK_GAP, maxMarkRadius } from '../../src/map/mark-size';
import { type Dataset, EMPTY_DATASET } from '../../src/data/model';
import { type PlacePoint, placeIndex, placeIndexSteps } from '../../src/map/place-points';
import { groupPoints, LEVEL_STEP, levelOf, type PointGroup, worldPixel } from '../../src/map/site-groups';
import { datasetOf, eventsAt } from '../support/map-datasets';

const point = (index: number, lng: number, lat: number, total: number): PlacePoint => ({
  index,
  lng,
  lat,
  siteIds: [`s${index}`],
  total,
});

/** A place at world pixel (x, y) of a zoom level, the way grouping measures distances. */
function pixelPoint(index: number, level: number, x: number, y: number, total: number): PlacePoint {
  const size = 512 * 2 ** level;
  const lat = (Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / size))) * 180) / Math.PI;
  return point(index, (x / size) * 360 - 180, lat, total);
}

/** Every place a group can be drawn: its centroid, and its points when it is small. */
function drawnAt(points: PlacePoint[], group: PointGroup) {
  const own = group.exact
    ? group.points.map((i): [number, number] => [points[i]?.lng ?? 0, points[i]?.lat ?? 0])
    : [];
  return [[group.lng, group.lat] as [number, number], ...own];
}

/** The closest two groups come, minus the room each needs: never negative when nothing overlaps. */
function worstClearance(points: PlacePoint[], level: number) {
  const { groups } = groupPoints(points, level);
  let worst = Number.POSITIVE_INFINITY;
  for (let a = 0; a < groups.length; a += 1)
    for (let b = a + 1; b < groups.length; b += 1) {
      const ga = groups[a];
      const gb = groups[b];
      if (!ga || !gb) continue;
      const need = maxMarkRadius(ga.total) + maxMarkRadius(gb.total) + MARK_GAP;
      for (const [x1, y1] of drawnAt(points, ga))
        for (const [x2, y2] of drawnAt(points, gb)) {
          const [ax, ay] = worldPixel(x1, y1, level);
          const [bx, by] = worldPixel(x2, y2, level);
          worst = Math.min(worst, Math.hypot(ax - bx, ay - by) - need);
        }
    }
  return worst;
}

describe('groupPoints', () => {
  it('never lets two marks overlap, for any places, counts and zoom level', () => {
    const places = fc.array(
      fc.record({
        lng: fc.double({ min: 38, max: 46, noNaN: true }),
        lat: fc.double({ min: 31, max: 37.5, noNaN: true }),
        total: fc.integer({ min: 1, max: 80 }),
      }),
      { minLength: 1, maxLength: 60 },
    );
    fc.assert(
      fc.property(places, fc.integer({ min: 12, max: 40 }), (specs, quarter) => {
        const points = specs.map((p, i) => point(i, p.lng, p.lat, p.total));
        const level = quarter * LEVEL_STEP;
        expect(worstClearance(points, level)).toBeGreaterThanOrEqual(-1e-6);
      }),
      { numRuns: 150 },
    );
  });

  it('puts every point in exactly one group and keeps every event counted', () => {
    const points = [point(0, 40.0, 35.0, 5), point(1, 40.05, 35.02, 3), point(2, 44.4, 33.3, 9)];
    const { groups, groupOfPoint } = groupPoints(points, 5);
    expect(groups.flatMap((g) => g.points).sort()).toEqual([0, 1, 2]);
    for (const [i, g] of groupOfPoint.entries()) expect(groups[g]?.points).toContain(i);
    expect(groups.reduce((sum, g) => sum + g.total, 0)).toBe(17);
  });

  it('splits nearby places as the reader zooms in, and draws a lone place exactly on it', () => {
    // Al-Omar and Conoco, 0.32 degrees apart.
    const points = [point(0, 40.5758, 35.1517, 16), point(1, 40.3094, 35.3361, 16)];
    expect(groupPoints(points, 5).groups).toHaveLength(1);
    const apart = groupPoints(points, 8).groups;
    expect(apart).toHaveLength(2);
    expect(apart.map((g) => [g.lng, g.lat])).toEqual([
      [40.5758, 35.1517],
      [40.3094, 35.3361],
    ]);
  });

  it('keeps a lone place apart from a small group when it is clear of every place the group can be drawn', () => {
    // In world pixels at level 8: two single-event places 24 px apart (closer than the 29 px
    // two lone marks need) become a small group drawn at its centroid or on either place; a
    // third place 38 px from the centroid, 39.8 px from each place, is clear of all three
    // (a two-event group and a lone mark need 33 px), though nearer the centroid than the
    // group's reach (12 px from centroid to place, plus the 33).
    const level = 8;
    const [x0, y0] = worldPixel(40, 33, level);
    const at = (index: number, dx: number, dy: number) => pixelPoint(index, level, x0 + dx, y0 + dy, 1);
    const points = [at(0, -12, 0), at(1, 12, 0), at(2, 0, -38)];
    const { groups } = groupPoints(points, level);
    expect(groups.map((g) => g.points)).toEqual([[0, 1], [2]]);
    expect(groups[0]?.exact).toBe(true);
    expect(worstClearance(points, level)).toBeGreaterThanOrEqual(0);
  });

  it('joins two lone places just closer than the room they need, wherever they fall', () => {
    // Two single-event marks need 29 px between centres (13 + 13 + the 3 px gap). The search
    // looks only in neighbouring cells of the grid it lays over the map, so a grid cell smaller
    // than that room would miss some pairs, depending on where they fall across cell borders:
    // slide the pair across a whole cell and check every position.
    const level = 9;
    const [x0, y0] = worldPixel(41, 34, level);
    for (let shift = 0; shift < 30; shift += 0.5) {
      const near = [pixelPoint(0, level, x0 + shift, y0, 1), pixelPoint(1, level, x0 + shift + 28.5, y0, 1)];
      expect(groupPoints(near, level).groups.map((g) => g.points)).toEqual([[0, 1]]);
      const clear = [pixelPoint(0, level, x0 + shift, y0, 1), pixelPoint(1, level, x0 + shift + 29.5, y0, 1)];
      expect(groupPoints(clear, level).groups.map((g) => g.points)).toEqual([[0], [1]]);
    }
  });

  it('lists a group’s places busiest first, places with as many events in dataset order', () => {
    // The hover card lists a group's places by events in view, and breaks ties in this order.
    const points = [
      point(0, 40, 35, 2),
      point(1, 40.001, 35, 5),
      point(2, 40.002, 35, 2),
      point(3, 40.003, 35, 9),
      point(4, 40.004, 35, 2),
    ];
    const { groups } = groupPoints(points, 5);
    expect(groups.map((g) => g.points)).toEqual([[3, 1, 0, 2, 4]]);
  });

  it('draws a group of up to eight places on one of them, a larger one only at its centroid', () => {
    // Places a few metres apart: one group at any level here. A small group is drawn exactly
    // on its place when all its events in view are there (EXACT_MAX); a ninth place makes it
    // a group drawn at its centroid only.
    const cluster = (n: number) => Array.from({ length: n }, (_, i) => point(i, 40 + i * 1e-5, 35, 1));
    const eight = groupPoints(cluster(8), 5).groups;
    expect(eight).toHaveLength(1);
    expect(eight[0]?.exact).toBe(true);
    const nine = groupPoints(cluster(9), 5).groups;
    expect(nine).toHaveLength(1);
    expect(nine[0]?.exact).toBe(false);
  });

  it('places a group of several places at their centroid, weighted by events', () => {
    const points = [point(0, 40, 35, 3), point(1, 40.02, 35, 1)];
    const [group] = groupPoints(points, 5).groups;
    expect(group?.points).toEqual([0, 1]);
    expect(group?.lng).toBeCloseTo(40.005, 3);
  });

  it('holds 10,000 places in one small area, still without overlaps', () => {
    const points: PlacePoint[] = [];
    for (let i = 0; i < 10_000; i += 1)
      points.push(point(i, 40 + (i % 100) * 0.002, 35 + Math.floor(i / 100) * 0.002, 1));
    for (const level of [5, 9, 12]) {
      const { groups } = groupPoints(points, level);
      expect(groups.reduce((sum, g) => sum + g.total, 0)).toBe(10_000);
    }
    expect(groupPoints(points, 5).groups).toHaveLength(1);
    // Zoomed in, the area splits into many marks (each of a few dozen places), none overlapping.
    expect(groupPoints(points, 12).groups.length).toBeGreaterThan(100);
    expect(worstClearance(points, 12)).toBeGreaterThanOrEqual(-1e-6);
  }, 30_000);

  it('levels step by a quarter zoom, floor-wise', () => {
    expect(levelOf(5.99)).toBe(5.75);
    expect(levelOf(6)).toBe(6);
    expect(levelOf(6.2)).toBe(6);
  });
});

describe('placeIndex', () => {
  it('merges sites on one exact point, leaves out unlocated sites and sites without events', () => {
    const dataset = datasetOf(
      [
        { id: 'conoco', at: [40.3094, 35.3361] },
        { id: 'mss', at: [40.3094, 35.3361] },
        { id: 'empty', at: [41, 35] },
        { id: 'nowhere', at: null },
      ],
      [...eventsAt('conoco', 2), ...eventsAt('mss', 3), ...eventsAt('nowhere', 1)],
    );
    const places = placeIndex(dataset);
    expect(places.points).toHaveLength(1);
    expect(places.points[0]).toMatchObject({ siteIds: ['mss', 'conoco'], total: 5 });
    const nowhere = dataset.eventById.get('nowhere-e0');
    expect(places.pointOfEvent[nowhere?.index ?? 0]).toBe(-1);
  });

  it('finds a big dataset’s places in short steps, so the page can paint between them', () => {
    // 30,000 places with one event each; every event and place read is noted, per step.
    const n = 30_000;
    let touched = new Set<string>();
    const sites = Array.from({ length: n }, (_, i) => ({
      id: `s${i}`,
      get lon() {
        touched.add(`s${i}`);
        return 40 + i * 1e-4;
      },
      lat: 33,
    }));
    const events = Array.from({ length: n }, (_, i) => ({
      index: i,
      get siteId() {
        touched.add(`e${i}`);
        return `s${i}`;
      },
    }));
    const steps = placeIndexSteps({ ...EMPTY_DATASET, sites, events } as unknown as Dataset);
    let most = 0;
    for (;;) {
      touched = new Set();
      const next = steps.next();
      most = Math.max(most, touched.size);
      if (next.done) {
        expect(next.value.points).toHaveLength(n);
        break;
      }
    }
    // Each pass over the events, and the one over the places, is cut into steps of a few
    // thousand: a whole pass in one step would hold the page for the whole dataset.
    expect(most).toBeGreaterThan(0);
    expect(most).toBeLessThanOrEqual(10_000);
  });
});
