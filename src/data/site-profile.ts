/** Pure derivations for a place: who shares its map point, and its profile in the view. */
import type { EventType, Status } from './schema';
import type { AtlasEvent, Dataset, Site } from './model';

function pointKey(site: Site): string | null {
  return site.lon === null || site.lat === null ? null : `${site.lon},${site.lat}`;
}

/**
 * Sites that share one exact coordinate, keyed by every member's id. The first member is
 * the group's lead: the one with most events in the whole dataset (stable as filters
 * change), so its badge always opens the same panel.
 */
export function colocatedGroups(dataset: Dataset): Map<string, Site[]> {
  const total = new Map<string, number>();
  for (const e of dataset.events) total.set(e.siteId, (total.get(e.siteId) ?? 0) + 1);
  const byPoint = new Map<string, Site[]>();
  for (const site of dataset.sites) {
    const key = pointKey(site);
    if (key === null) continue;
    byPoint.set(key, [...(byPoint.get(key) ?? []), site]);
  }
  const groups = new Map<string, Site[]>();
  for (const members of byPoint.values()) {
    if (members.length < 2) continue;
    const sorted = [...members].sort((a, b) => (total.get(b.id) ?? 0) - (total.get(a.id) ?? 0));
    for (const s of sorted) groups.set(s.id, sorted);
  }
  return groups;
}

export interface SiteProfile {
  events: AtlasEvent[];
  /** Events per week from the first week of the window, oldest first. */
  weeks: { start: number; count: number }[];
  byType: [EventType, number][];
  byStatus: [Status, number][];
  lastAttack: AtlasEvent | null;
}

function tally<K extends string>(events: readonly AtlasEvent[], pick: (e: AtlasEvent) => K): [K, number][] {
  const n = new Map<K, number>();
  for (const e of events) n.set(pick(e), (n.get(pick(e)) ?? 0) + 1);
  return [...n.entries()].sort((a, b) => b[1] - a[1]);
}

/** The profile of the given sites' visible events, with weeks counted across `window`. */
export function siteProfile(
  siteIds: readonly string[],
  visible: readonly AtlasEvent[],
  window: [number, number],
): SiteProfile {
  const events = visible.filter((e) => siteIds.includes(e.siteId));
  const weekCount = Math.max(1, Math.ceil((window[1] - window[0] + 1) / 7));
  const weeks = Array.from({ length: weekCount }, (_, i) => ({ start: window[0] + i * 7, count: 0 }));
  for (const e of events) {
    const i = Math.min(weekCount - 1, Math.max(0, Math.floor((e.day - window[0]) / 7)));
    const week = weeks[i];
    if (week) week.count += 1;
  }
  const attacks = events.filter((e) => e.direction === 'attack_on_us');
  return {
    events,
    weeks,
    byType: tally(events, (e) => e.type),
    byStatus: tally(events, (e) => e.status),
    lastAttack: attacks.at(-1) ?? null,
  };
}
