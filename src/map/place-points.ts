/**
 * The points the map can draw: every distinct located coordinate that has at least one event
 * in the dataset, with the sites that share it (several sites can sit on one exact point).
 * Built once per dataset; grouping and counting work on point indices, never on sites.
 */
import { type EventTable, eventTable } from '../data/event-table';
import type { Dataset } from '../data/model';
import { runAll, type Steps } from './slices';

export interface PlacePoint {
  index: number;
  lng: number;
  lat: number;
  /** Sites at this exact point, the one with most events first. */
  siteIds: string[];
  /** Events at this point in the whole dataset: the most a mark here can ever count. */
  total: number;
}

export interface PlaceIndex {
  points: PlacePoint[];
  /** Per event index: its point, or -1 when it has no location. */
  pointOfEvent: Int32Array;
  pointOfSite: ReadonlyMap<string, number>;
  /** The dataset's events as columns: what a recount reads (group-counts.ts). */
  table: EventTable;
}

/** Items between two steps of the sliced form: a few milliseconds' work. */
const STEP = 8192;

export function placeIndex(dataset: Dataset): PlaceIndex {
  return runAll(placeIndexSteps(dataset));
}

/** placeIndex, yielding between steps (slices.ts). */
export function* placeIndexSteps(dataset: Dataset): Steps<PlaceIndex> {
  const perSite = new Map<string, number>();
  let i = 0;
  for (const e of dataset.events) {
    perSite.set(e.siteId, (perSite.get(e.siteId) ?? 0) + 1);
    if (++i % STEP === 0) yield;
  }
  const byKey = new Map<string, PlacePoint>();
  const pointOfSite = new Map<string, number>();
  const points: PlacePoint[] = [];
  for (const site of dataset.sites) {
    if (++i % STEP === 0) yield;
    const n = perSite.get(site.id) ?? 0;
    if (n === 0 || site.lon === null || site.lat === null) continue;
    const key = `${site.lon},${site.lat}`;
    let point = byKey.get(key);
    if (!point) {
      point = { index: points.length, lng: site.lon, lat: site.lat, siteIds: [], total: 0 };
      byKey.set(key, point);
      points.push(point);
    }
    point.siteIds.push(site.id);
    point.total += n;
    pointOfSite.set(site.id, point.index);
  }
  for (const p of points) p.siteIds.sort((a, b) => (perSite.get(b) ?? 0) - (perSite.get(a) ?? 0));
  const pointOfEvent = new Int32Array(dataset.events.length).fill(-1);
  for (const e of dataset.events) {
    pointOfEvent[e.index] = pointOfSite.get(e.siteId) ?? -1;
    if (++i % STEP === 0) yield;
  }
  return { points, pointOfEvent, pointOfSite, table: eventTable(dataset.events) };
}
