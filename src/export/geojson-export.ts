/**
 * The view as RFC 7946 GeoJSON in the app's own schema (docs/data-format.md): one Feature per
 * event, its properties the event's, its place under `site`, its geometry the place's point
 * (null where the place has no coordinate). The provenance rides as a top-level foreign
 * member, which RFC 7946 §6.1 allows and GIS tools ignore.
 */
import type { AtlasEvent } from '../data/model';
import type { Provenance } from './provenance';

export function eventFeature(e: AtlasEvent): GeoJSON.Feature<GeoJSON.Point | null> {
  const site = e.site;
  const located = site && site.lon !== null && site.lat !== null;
  return {
    type: 'Feature',
    id: e.id,
    geometry: located ? { type: 'Point', coordinates: [site.lon as number, site.lat as number] } : null,
    properties: {
      id: e.id,
      date: e.date,
      dateEnd: e.dateEnd,
      timeUtc: e.timeUtc,
      datePrecision: e.datePrecision,
      siteId: e.siteId,
      country: e.country,
      type: e.type,
      direction: e.direction,
      claimedBy: e.claimedBy,
      attributedTo: e.attributedTo,
      weapons: e.weapons,
      casualties: e.casualties,
      usKilled: e.usKilled,
      usWounded: e.usWounded,
      casualtySource: e.casualtySource,
      status: e.status,
      summary: e.summary,
      sources: e.sources,
      notes: e.notes,
      distinctFrom: e.distinctFrom,
      site: site
        ? {
            id: site.id,
            name: site.name,
            nameAr: site.nameAr,
            nameArSource: site.nameArSource,
            altNames: site.altNames,
            country: site.country,
            admin1: site.admin1,
            kind: site.kind,
            coordPrecision: site.coordPrecision,
            coordSource: site.coordSource,
            notes: site.notes,
          }
        : null,
    },
  };
}

export interface ExportedCollection extends GeoJSON.FeatureCollection<GeoJSON.Point | null> {
  version: string;
  provenance: Provenance;
}

export function eventsGeoJson(events: readonly AtlasEvent[], p: Provenance): ExportedCollection {
  return {
    type: 'FeatureCollection',
    version: p.dataset.version,
    provenance: p,
    features: events.map(eventFeature),
  };
}
