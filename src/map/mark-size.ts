/**
 * How big a mark is drawn, in CSS pixels. Grouping (site-groups.ts) reserves room for the
 * largest a mark can become, the marks' WebGL layer (mark-gl.ts) draws it, and hit-testing
 * (hit-test.ts) answers within it, so the three cannot disagree.
 */

/** A single event: its status symbol. */
export const SOLO_RADIUS = 9;
/** A single event with US/coalition casualties draws larger, inside a red ring. */
export const SOLO_SEVERE_RADIUS = 13;
/** Room outside a group's disc for its casualty badge. */
export const BADGE_ROOM = 4;
/** Space kept clear between two marks. */
export const MARK_GAP = 3;
const GROUP_MAX = 24;

/**
 * The disc of a group of n >= 2 events: 13 px for two, growing with the logarithm of the
 * count to 24 px (27 events and more), so a count is readable without a big group burying
 * its neighbours.
 */
export function groupRadius(n: number): number {
  if (n < 2) return SOLO_SEVERE_RADIUS;
  return Math.min(GROUP_MAX, 10 + 3 * Math.log2(n));
}

/** The largest a mark that can count up to `total` events ever gets, casualty marks included. */
export function maxMarkRadius(total: number): number {
  return total < 2 ? SOLO_SEVERE_RADIUS : groupRadius(total) + BADGE_ROOM;
}

/** The radius a mark is drawn at now. */
export function markRadius(n: number, severe: boolean): number {
  if (n >= 2) return groupRadius(n);
  return severe ? SOLO_SEVERE_RADIUS : SOLO_RADIUS;
}

/** A count as it fits in a disc: 999, then 1.2k, 12k. */
export function countLabel(n: number): string {
  if (n < 1000) return String(n);
  if (n < 10_000) return `${(Math.floor(n / 100) / 10).toFixed(1).replace(/\.0$/, '')}k`;
  return `${Math.floor(n / 1000)}k`;
}
