/** What a click on the map means: a count badge opens its site, a visible event opens itself. */
import type { Dataset } from '../data/model';
import type { Selection } from '../data/view-types';
import { BADGES_LAYER, EVENTS_LAYER } from './layers';
import type { MapLike } from './map-like';

export function pickTarget(
  map: MapLike,
  point: { x: number; y: number },
  dataset: Dataset,
  shown: ReadonlySet<number>,
  /** Whether a site (by index) shows its badge: hidden badges stay on the map at opacity 0. */
  badgeShown: (siteIndex: number) => boolean = () => true,
): Selection | null {
  const hits = map.queryRenderedFeatures(point, { layers: [BADGES_LAYER, EVENTS_LAYER] });
  const badge = hits.find((f) => f.layer.id === BADGES_LAYER && badgeShown(Number(f.id)));
  if (badge && typeof badge.properties.id === 'string') return { kind: 'site', id: badge.properties.id };
  // Hidden events are still on the map at opacity 0: only a shown one may be picked.
  const hit = hits.find((f) => f.layer.id === EVENTS_LAYER && shown.has(Number(f.id)));
  const event = hit ? dataset.events[Number(hit.id)] : undefined;
  return event ? { kind: 'event', id: event.id } : null;
}
