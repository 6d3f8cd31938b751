/** Pure conversions from the dataset to what the map's sources hold. */
import type { Dataset } from '../data/model';
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

/**
 * Located sites (feature id = site index); their badge counts are feature-state (see
 * site-badges.ts). `shared` says how many sites share this exact point (see badgeSiteIndex).
 */
export function siteFeatures(dataset: Dataset): GeoJSON.FeatureCollection {
  const groups = colocatedGroups(dataset);
  const features: GeoJSON.Feature[] = [];
  dataset.sites.forEach((site, index) => {
    if (site.lon === null || site.lat === null) return;
    features.push({
      type: 'Feature',
      id: index,
      geometry: { type: 'Point', coordinates: [site.lon, site.lat] },
      properties: { id: site.id, name: site.name, shared: groups.get(site.id)?.length ?? 1 },
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

/**
 * For each site id, the index of the site whose badge counts its events: itself, or the
 * lead of the sites sharing its exact point, so co-located sites draw one badge, not a pile.
 */
export function badgeSiteIndex(dataset: Dataset): Map<string, number> {
  const index = new Map(dataset.sites.map((s, i) => [s.id, i]));
  const groups = colocatedGroups(dataset);
  return new Map(
    dataset.sites.map((s, i) => [s.id, index.get(groups.get(s.id)?.[0]?.id ?? s.id) ?? i] as const),
  );
}
