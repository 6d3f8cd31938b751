/** Source and layer specifications for the events and sites, as data. */
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { EVENT_TYPES } from '../data/schema';
import { BADGE_COLOUR, OUTLINE_COLOUR, TYPE_COLOURS } from '../domain/symbols';

export const EVENTS_SOURCE = 'events';
export const SITES_SOURCE = 'sites';
/** One label per count a site can reach; feature-state switches the right one on (site-badges.ts). */
export const COUNT_LABELS_SOURCE = 'site-count-labels';
/** Invisible discs under the icons: the click and hover target, and the highlight ring. */
export const EVENTS_LAYER = 'events-circle';
/** The visible icons: colour by type, shape by status (images from symbol-images.ts). */
export const EVENT_ICONS_LAYER = 'events-icon';
/**
 * Above this many located events, per-event icons overflow MapLibre's symbol buckets (at 100k
 * synthetic events a tile threw "opacityVertexArray.length !== layoutVertexArray.length / 4"
 * and the map never went idle), so the events draw as circles coloured by type instead. The
 * real dataset is a few hundred events and always gets the shapes.
 */
export const ICON_EVENT_LIMIT = 20_000;
export const BADGES_LAYER = 'site-badges';
export const BADGE_COUNT_LAYER = 'site-badge-count';
export const SITE_NAMES_LAYER = 'site-names';
export const LABEL_FONT = 'Noto Sans Bold';

const shown: ExpressionSpecification = ['boolean', ['feature-state', 'shown'], false];
const active: ExpressionSpecification = [
  'any',
  ['boolean', ['feature-state', 'selected'], false],
  ['boolean', ['feature-state', 'hover'], false],
];

/** Circle radius from zoom 4 to 9, as [normal, hovered or selected] at each end. */
function radiusByZoom(atZoom4: [number, number], atZoom9: [number, number]): ExpressionSpecification {
  const at = ([normal, emphasised]: [number, number]): ExpressionSpecification => [
    'case',
    active,
    emphasised,
    normal,
  ];
  return ['interpolate', ['linear'], ['zoom'], 4, at(atZoom4), 9, at(atZoom9)];
}

export const eventsLayer: LayerSpecification = {
  id: EVENTS_LAYER,
  type: 'circle',
  source: EVENTS_SOURCE,
  paint: {
    'circle-radius': radiusByZoom([9, 12], [13, 17]),
    'circle-color': '#000000',
    'circle-opacity': 0,
    'circle-stroke-width': 3,
    'circle-stroke-color': '#000000',
    // Hidden events stay uploaded (feature-state toggles them) so scrubbing never rebuilds data.
    'circle-stroke-opacity': ['case', ['all', shown, active], 1, 0],
  },
};

export const eventIconsLayer: LayerSpecification = {
  id: EVENT_ICONS_LAYER,
  type: 'symbol',
  source: EVENTS_SOURCE,
  layout: {
    'icon-image': ['concat', 'event-', ['get', 'type'], '-', ['get', 'status']],
    'icon-size': ['interpolate', ['linear'], ['zoom'], 4, 0.8, 9, 1.15],
    'icon-allow-overlap': true,
    'icon-ignore-placement': true,
  },
  paint: { 'icon-opacity': ['case', shown, 1, 0] },
};

/**
 * Two or more visible events at one site draw as one count badge that opens the site. The
 * count is feature-state (not a property) so that a scrub never rebuilds the sites source.
 */
const count: ExpressionSpecification = ['number', ['feature-state', 'n'], 0];
const many: ExpressionSpecification = ['>=', count, 2];

export const badgesLayer: LayerSpecification = {
  id: BADGES_LAYER,
  type: 'circle',
  source: SITES_SOURCE,
  paint: {
    'circle-color': BADGE_COLOUR,
    'circle-radius': ['interpolate', ['linear'], count, 2, 11, 10, 15, 40, 21],
    'circle-opacity': ['case', many, 1, 0],
    'circle-stroke-opacity': ['case', many, 1, 0],
    'circle-stroke-width': ['case', ['boolean', ['feature-state', 'selected'], false], 4, 2],
    'circle-stroke-color': ['case', ['boolean', ['feature-state', 'selected'], false], '#000000', '#ffffff'],
  },
};

export const badgeCountLayer: LayerSpecification = {
  id: BADGE_COUNT_LAYER,
  type: 'symbol',
  source: COUNT_LABELS_SOURCE,
  layout: {
    'text-field': ['get', 'label'],
    'text-font': [LABEL_FONT],
    'text-size': 12,
    'text-allow-overlap': true,
    'text-ignore-placement': true,
  },
  paint: {
    'text-color': '#ffffff',
    'text-opacity': ['case', ['boolean', ['feature-state', 'on'], false], 1, 0],
  },
};

export const siteNamesLayer: LayerSpecification = {
  id: SITE_NAMES_LAYER,
  type: 'symbol',
  source: SITES_SOURCE,
  minzoom: 5.5,
  layout: {
    'text-field': ['get', 'name'],
    'text-font': [LABEL_FONT],
    'text-size': 11,
    'text-offset': [0, 1.6],
    'text-anchor': 'top',
    'text-optional': true,
  },
  paint: { 'text-color': '#243447', 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 },
};

const byType = ['match', ['get', 'type'], ...EVENT_TYPES.flatMap((t) => [t, TYPE_COLOURS[t]]), '#7a7a7a'];

/**
 * For very large datasets: the events layer itself draws, as dots coloured by type, with the
 * highlight ring. One circle layer instead of two halves the buffers MapLibre builds, which
 * decided whether 1M synthetic events loaded at all in software GL.
 */
export const eventDotsLayer: LayerSpecification = {
  id: EVENTS_LAYER,
  type: 'circle',
  source: EVENTS_SOURCE,
  paint: {
    'circle-radius': radiusByZoom([4, 7], [8, 12]),
    'circle-color': byType as ExpressionSpecification,
    'circle-stroke-width': ['case', active, 3, 1],
    'circle-stroke-color': OUTLINE_COLOUR,
    'circle-opacity': ['case', shown, 1, 0],
    'circle-stroke-opacity': ['case', shown, 1, 0],
  },
};

/** The overlay, bottom to top; the event symbols depend on how many events there are. */
export function overlayLayers(locatedEvents: number): LayerSpecification[] {
  const events = locatedEvents > ICON_EVENT_LIMIT ? [eventDotsLayer] : [eventsLayer, eventIconsLayer];
  return [siteNamesLayer, ...events, badgesLayer, badgeCountLayer];
}
