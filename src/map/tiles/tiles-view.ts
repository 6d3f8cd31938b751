/**
 * The pure rules of tiles.html, the page that opens a PMTiles archive of events
 * (docs/beyond-the-browser.md): which archive a link may name, which events a time window
 * keeps, and how many events are in view.
 */
import type { DayNumber } from '../../shared/civil-date';

/** The archive the build makes from the embedded dataset (scripts/tiles/build-pmtiles.mjs). */
export const DEFAULT_TILES = 'tiles/events.pmtiles';
/** The vector layer the build script writes. */
export const TILES_LAYER = 'events';

// As for `data=`: a plain path on this site, every segment starting with a letter, digit, `_`,
// `~` or `-` (so no `..`, no `//`, no scheme, no host), ending in .pmtiles.
const SAFE = /^\/?[A-Za-z0-9_~-][A-Za-z0-9._~-]*(\/[A-Za-z0-9_~-][A-Za-z0-9._~-]*)*\.pmtiles$/i;

/**
 * The archive named by the page's `tiles=` parameter, or the default; `null` when the
 * parameter names anything but a .pmtiles path on this site.
 */
export function tilesUrl(search: string, pageUrl: string): URL | null {
  const path = new URLSearchParams(search).get('tiles') ?? DEFAULT_TILES;
  if (path.length > 300 || !SAFE.test(path)) return null;
  const url = new URL(path, pageUrl);
  return url.origin === new URL(pageUrl).origin ? url : null;
}

/** What the archive's metadata says of the whole dataset (written by the build script). */
export interface ArchiveSummary {
  name: string;
  version: string | null;
  events: number;
  unlocated: number;
  firstDay: DayNumber;
  lastDay: DayNumber;
}

/** The summary from an archive's JSON metadata, or null when it was not made by our script. */
export function archiveSummary(metadata: unknown): ArchiveSummary | null {
  if (typeof metadata !== 'object' || metadata === null) return null;
  const { name, version, incidentAtlas } = metadata as Record<string, unknown>;
  if (typeof incidentAtlas !== 'object' || incidentAtlas === null) return null;
  const { events, unlocated, firstDay, lastDay } = incidentAtlas as Record<string, unknown>;
  const counts = [events, unlocated, firstDay, lastDay];
  if (!counts.every((value) => typeof value === 'number' && Number.isInteger(value))) return null;
  return {
    name: typeof name === 'string' ? name : 'Events',
    version: typeof version === 'string' ? version : null,
    events: events as number,
    unlocated: unlocated as number,
    firstDay: firstDay as number,
    lastDay: lastDay as number,
  };
}

/**
 * A MapLibre filter keeping the events that touch the inclusive window `[from, to]`: an event
 * known only to within a window of days (`dayEnd` after `day`) counts when the windows overlap,
 * as the app's own time filter does.
 */
export function windowFilter(from: DayNumber, to: DayNumber): unknown[] {
  return ['all', ['<=', ['get', 'day'], to], ['>=', ['get', 'dayEnd'], from]];
}

/**
 * How many distinct events the drawn features hold. The archive never thins or repeats an
 * event within a zoom, but MapLibre may hand back a feature twice (a tile and its overzoomed
 * copy while loading), so events are counted by their own id.
 */
export function distinctEvents(features: readonly { properties: Record<string, unknown> | null }[]): number {
  const ids = features.map((feature) => feature.properties?.id).filter((id) => typeof id === 'string');
  return new Set(ids).size;
}
