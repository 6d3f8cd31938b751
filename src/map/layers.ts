/** Source and layer specifications for the events and sites, as data. */
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { EVENT_TYPES, STATUSES } from '../data/schema';
import { BADGE_COLOUR, STATUS_OUTLINE, TYPE_COLOURS } from './symbols';

export const EVENTS_SOURCE = 'events';
export const SITES_SOURCE = 'sites';
export const EVENTS_LAYER = 'events-circle';
export const BADGES_LAYER = 'site-badges';
export const BADGE_COUNT_LAYER = 'site-badge-count';
export const SITE_NAMES_LAYER = 'site-names';
export const LABEL_FONT = 'Noto Sans Bold';

function byType(): ExpressionSpecification {
  const pairs = EVENT_TYPES.flatMap((t) => [t, TYPE_COLOURS[t]]);
  return ['match', ['get', 'type'], ...pairs, '#7A7A7A'] as unknown as ExpressionSpecification;
}

function byStatus(pick: 'width' | 'colour'): ExpressionSpecification {
  const pairs = STATUSES.flatMap((s) => [s, STATUS_OUTLINE[s][pick]]);
  return [
    'match',
    ['get', 'status'],
    ...pairs,
    pick === 'width' ? 1 : '#ffffff',
  ] as unknown as ExpressionSpecification;
}

const shown: ExpressionSpecification = ['boolean', ['feature-state', 'shown'], false];
const active: ExpressionSpecification = [
  'any',
  ['boolean', ['feature-state', 'selected'], false],
  ['boolean', ['feature-state', 'hover'], false],
];

export const eventsLayer: LayerSpecification = {
  id: EVENTS_LAYER,
  type: 'circle',
  source: EVENTS_SOURCE,
  paint: {
    'circle-color': byType(),
    'circle-radius': [
      'interpolate',
      ['linear'],
      ['zoom'],
      4,
      ['case', active, 9, 6],
      9,
      ['case', active, 14, 10],
    ],
    'circle-stroke-width': ['case', active, 3, byStatus('width')],
    'circle-stroke-color': ['case', active, '#000000', byStatus('colour')],
    // Hidden events stay uploaded (feature-state toggles them) so scrubbing never rebuilds data.
    'circle-opacity': ['case', shown, ['match', ['get', 'status'], 'claimed_only', 0.55, 1], 0],
    'circle-stroke-opacity': ['case', shown, 1, 0],
  },
};

/** Two or more visible events at one site draw as one count badge that opens the site. */
const many: ExpressionSpecification = ['>=', ['get', 'n'], 2];

export const badgesLayer: LayerSpecification = {
  id: BADGES_LAYER,
  type: 'circle',
  source: SITES_SOURCE,
  filter: many,
  paint: {
    'circle-color': BADGE_COLOUR,
    'circle-radius': ['interpolate', ['linear'], ['get', 'n'], 2, 11, 10, 15, 40, 21],
    'circle-stroke-width': ['case', ['boolean', ['feature-state', 'selected'], false], 4, 2],
    'circle-stroke-color': ['case', ['boolean', ['feature-state', 'selected'], false], '#000000', '#ffffff'],
  },
};

export const badgeCountLayer: LayerSpecification = {
  id: BADGE_COUNT_LAYER,
  type: 'symbol',
  source: SITES_SOURCE,
  filter: many,
  layout: {
    'text-field': ['to-string', ['get', 'n']],
    'text-font': [LABEL_FONT],
    'text-size': 12,
    'text-allow-overlap': true,
    'text-ignore-placement': true,
  },
  paint: { 'text-color': '#ffffff' },
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

export const OVERLAY_LAYERS = [siteNamesLayer, eventsLayer, badgesLayer, badgeCountLayer];
