/**
 * What each mark holds in the current view, counted from the visible events in one pass.
 * A scrub recounts (cheap: one pass over the visible events, one over the points) and the
 * map layer redraws only the marks whose content changed; nothing is re-grouped.
 */
import type { AtlasEvent } from '../data/model';
import { columnOf } from '../data/event-table';
import { EVENT_TYPES } from '../data/schema';
import { SEVERITIES } from '../data/severity';
import type { PlaceIndex } from './place-points';
import type { PointGroup } from './site-groups';

const TYPES = EVENT_TYPES.length;
/** Codes in the severities column (its vocabulary's positions). */
const KILLED = SEVERITIES.indexOf('killed');
const WOUNDED = SEVERITIES.indexOf('wounded');

export interface PointTally {
  /** Visible events per point. */
  n: Int32Array;
  /** Per point, visible events per type (EVENT_TYPES order): point * TYPES + type. */
  byType: Int32Array;
  /** Per point, visible events in which US/coalition personnel were killed. */
  killed: Int32Array;
  /** Per point, visible events with US/coalition wounded and none killed. */
  wounded: Int32Array;
  /** Per point, first and last civil day among its visible events. */
  first: Int32Array;
  last: Int32Array;
  /** Per point, one of its visible events (the only one when n is 1). */
  anyEvent: Int32Array;
  /** Visible events per site id (a point can hold several sites). */
  perSite: Map<string, number>;
}

/**
 * Reads the event table's columns (type, severity, site, days) by each visible event's
 * index, so a recount over a million events does no map lookup and no severity test per
 * event; the visible count per site is tallied by code and made a map at the end.
 */
export function tallyPoints(visible: readonly AtlasEvent[], places: PlaceIndex): PointTally {
  const count = places.points.length;
  const { table, pointOfEvent } = places;
  const types = columnOf(table, 'types').codes;
  const severities = columnOf(table, 'severities').codes;
  const sites = columnOf(table, 'sites');
  const perSiteCode = new Int32Array(sites.values.length);
  const tally: PointTally = {
    n: new Int32Array(count),
    byType: new Int32Array(count * TYPES),
    killed: new Int32Array(count),
    wounded: new Int32Array(count),
    first: new Int32Array(count).fill(2 ** 31 - 1),
    last: new Int32Array(count).fill(-(2 ** 31)),
    anyEvent: new Int32Array(count).fill(-1),
    perSite: new Map(),
  };
  for (const e of visible) {
    const i = e.index;
    const p = pointOfEvent[i] ?? -1;
    if (p < 0) continue;
    tally.n[p] = (tally.n[p] as number) + 1;
    const type = types[i] as number;
    const t = p * TYPES + (type >= 0 && type < TYPES ? type : TYPES - 1);
    tally.byType[t] = (tally.byType[t] as number) + 1;
    const severity = severities[i];
    if (severity === KILLED) tally.killed[p] = (tally.killed[p] as number) + 1;
    else if (severity === WOUNDED) tally.wounded[p] = (tally.wounded[p] as number) + 1;
    const day = table.day[i] as number;
    const dayEnd = table.dayEnd[i] as number;
    if (day < (tally.first[p] as number)) tally.first[p] = day;
    if (dayEnd > (tally.last[p] as number)) tally.last[p] = dayEnd;
    tally.anyEvent[p] = i;
    const site = sites.codes[i] as number;
    if (site >= 0) perSiteCode[site] = (perSiteCode[site] as number) + 1;
  }
  perSiteCode.forEach((n, code) => {
    if (n > 0) tally.perSite.set(sites.values[code] as string, n);
  });
  return tally;
}

/** What one mark shows now. */
export interface MarkState {
  n: number;
  /** Visible events per type, EVENT_TYPES order. */
  byType: number[];
  killed: number;
  wounded: number;
  first: number;
  last: number;
  /**
   * The point that holds all n events, where the mark draws, or -1: at the group's centroid
   * (events at several points, or a large group, see site-groups.ts).
   */
  at: number;
  /** The event when n is 1, else -1. */
  event: number;
}

export const EMPTY_MARK: MarkState = {
  n: 0,
  byType: new Array<number>(TYPES).fill(0),
  killed: 0,
  wounded: 0,
  first: 0,
  last: 0,
  at: -1,
  event: -1,
};

export function markOf(group: PointGroup, tally: PointTally): MarkState {
  let n = 0;
  let killed = 0;
  let wounded = 0;
  let first = 2 ** 31 - 1;
  let last = -(2 ** 31);
  let at = -1;
  let holders = 0;
  const byType = new Array<number>(TYPES).fill(0);
  for (const p of group.points) {
    const k = tally.n[p] as number;
    if (k === 0) continue;
    holders += 1;
    at = p;
    n += k;
    killed += tally.killed[p] as number;
    wounded += tally.wounded[p] as number;
    first = Math.min(first, tally.first[p] as number);
    last = Math.max(last, tally.last[p] as number);
    for (let t = 0; t < TYPES; t += 1)
      byType[t] = (byType[t] as number) + (tally.byType[p * TYPES + t] as number);
  }
  if (n === 0) return EMPTY_MARK;
  return {
    n,
    byType,
    killed,
    wounded,
    first,
    last,
    at: holders === 1 && group.exact ? at : -1,
    event: n === 1 ? (tally.anyEvent[at] as number) : -1,
  };
}

/** Two marks that would draw the same picture (count, mix, casualties, or the one event). */
export function sameContent(a: MarkState, b: MarkState): boolean {
  if (a.n !== b.n || a.event !== b.event || a.killed !== b.killed || a.wounded !== b.wounded) return false;
  return a.byType.every((v, i) => v === b.byType[i]);
}
