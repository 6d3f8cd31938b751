/** Pure conversions from the dataset to what the map's sources hold. */
import type { AtlasEvent, Dataset } from '../data/model';
import { colocatedGroups } from '../data/site-profile';

/** Every located event, uploaded once; feature id = event index (feature-state needs numbers). */
export function eventFeatures(dataset: Dataset): GeoJSON.FeatureCollection {
  const features: GeoJSON.Feature[] = [];
  for (const event of dataset.events) {
    const site = event.site;
    if (!site || site.lon === null || site.lat === null) continue;
    features.push({
      type: 'Feature',
      id: event.index,
      geometry: { type: 'Point', coordinates: [site.lon, site.lat] },
      properties: { type: event.type, status: event.status },
    });
  }
  return { type: 'FeatureCollection', features };
}

/** How many of the given events sit at each site. */
export function countBySite(events: readonly AtlasEvent[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of events) counts.set(e.siteId, (counts.get(e.siteId) ?? 0) + 1);
  return counts;
}

/**
 * Located sites with the number of visible events at each (feature id = site index). Sites
 * that share one exact point would draw overlapping badges, so the group's lead carries the
 * group's total and the others carry 0 (no badge); the site panel says so.
 */
export function siteFeatures(
  dataset: Dataset,
  counts: ReadonlyMap<string, number>,
): GeoJSON.FeatureCollection {
  const groups = colocatedGroups(dataset);
  const features: GeoJSON.Feature[] = [];
  dataset.sites.forEach((site, index) => {
    if (site.lon === null || site.lat === null) return;
    const group = groups.get(site.id);
    const lead = !group || group[0] === site;
    const n = !group
      ? (counts.get(site.id) ?? 0)
      : lead
        ? group.reduce((t, s) => t + (counts.get(s.id) ?? 0), 0)
        : 0;
    features.push({
      type: 'Feature',
      id: index,
      geometry: { type: 'Point', coordinates: [site.lon, site.lat] },
      properties: { id: site.id, name: site.name, n, shared: group ? group.length : 1 },
    });
  });
  return { type: 'FeatureCollection', features };
}

/** Indices that enter and leave the visible set: the only feature-state writes a scrub needs. */
export function visibilityDelta(previous: ReadonlySet<number>, next: ReadonlySet<number>) {
  const show: number[] = [];
  const hide: number[] = [];
  for (const i of next) if (!previous.has(i)) show.push(i);
  for (const i of previous) if (!next.has(i)) hide.push(i);
  return { show, hide };
}
