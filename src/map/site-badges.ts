/**
 * Count badges driven by feature-state, so a scrub never rebuilds a source. The badge circle
 * reads its count from feature-state; the count's text cannot (MapLibre allows feature-state
 * in paint properties only), so every count a site can reach (2..its total) is uploaded once
 * as its own label and a scrub switches one on. That is at most one label per event.
 * Measured: rebuilding the sites source per scrub cost 3.4x a plain repaint (scripts/bench).
 * Past LABEL_BUDGET labels (a symbol tile holds ~65k vertices, and MapLibre breaks beyond)
 * badges carry no number: their size still grows with the count and the place panel gives it.
 * Rebuilding a labels source per change instead cost 4.2x a plain repaint at 100k events
 * (10k sites), against 1.08x without it (scripts/bench).
 */
import type { AtlasEvent, Dataset } from '../data/model';
import { COUNT_LABELS_SOURCE, SITES_SOURCE } from './layers';
import { badgeSiteIndex } from './map-features';
import type { MapLike } from './map-like';

/** Per site index: how many events the whole dataset places there. */
function siteTotals(dataset: Dataset, siteIndex: ReadonlyMap<string, number>): number[] {
  const totals = new Array<number>(dataset.sites.length).fill(0);
  for (const e of dataset.events) {
    const i = siteIndex.get(e.siteId);
    if (i !== undefined) totals[i] = (totals[i] ?? 0) + 1;
  }
  return totals;
}

/** Most pre-built count labels; beyond this, badges show no number (see above). */
export const LABEL_BUDGET = 10_000;

export class SiteBadges {
  private readonly siteIndex: Map<string, number>;
  /** First label id of each site: label(site, k) = offsets[site] + k - 2. */
  private readonly offsets: number[] = [];
  private counts: number[];
  /** False past LABEL_BUDGET: badges then draw without a number. */
  private readonly prebuilt: boolean;

  constructor(
    private readonly map: MapLike,
    dataset: Dataset,
  ) {
    // Sites sharing one exact point count on one badge (the group's lead), not a pile of badges.
    this.siteIndex = badgeSiteIndex(dataset);
    this.counts = new Array<number>(dataset.sites.length).fill(0);
    const totals = siteTotals(dataset, this.siteIndex);
    const labels = totals.reduce((sum, t) => sum + Math.max(0, t - 1), 0);
    this.prebuilt = labels <= LABEL_BUDGET;
    const features: GeoJSON.Feature[] = [];
    dataset.sites.forEach((site, i) => {
      if (!this.prebuilt) return;
      this.offsets.push(features.length);
      const total = totals[i] ?? 0;
      if (site.lon === null || site.lat === null) return;
      for (let k = 2; k <= total; k += 1) {
        features.push({
          type: 'Feature',
          id: features.length,
          geometry: { type: 'Point', coordinates: [site.lon, site.lat] },
          properties: { label: String(k) },
        });
      }
    });
    const data: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features };
    const source = map.getSource(COUNT_LABELS_SOURCE);
    if (source) source.setData(data);
    else map.addSource(COUNT_LABELS_SOURCE, { type: 'geojson', data });
  }

  /** True when the site at this index shows a badge (two or more visible events). */
  has(siteIndex: number): boolean {
    return (this.counts[siteIndex] ?? 0) >= 2;
  }

  /** Feature-state writes for the sites whose visible count changed, and only those. */
  update(visible: readonly AtlasEvent[]) {
    const next = new Array<number>(this.counts.length).fill(0);
    for (const e of visible) {
      const i = this.siteIndex.get(e.siteId);
      if (i !== undefined) next[i] = (next[i] ?? 0) + 1;
    }
    next.forEach((n, i) => {
      const before = this.counts[i] ?? 0;
      if (n === before) return;
      this.map.setFeatureState({ source: SITES_SOURCE, id: i }, { n });
      if (!this.prebuilt) return;
      const offset = this.offsets[i] ?? 0;
      if (before >= 2)
        this.map.setFeatureState({ source: COUNT_LABELS_SOURCE, id: offset + before - 2 }, { on: false });
      if (n >= 2) this.map.setFeatureState({ source: COUNT_LABELS_SOURCE, id: offset + n - 2 }, { on: true });
    });
    this.counts = next;
  }
}
