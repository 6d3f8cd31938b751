/**
 * The event overlay as data: one source of marks (a group's donut or a single event's
 * symbol, one feature per group that has events in view), their place labels, and the
 * selection and hover rings. Bottom to top: labels, marks, rings. MapLibre places symbols
 * from the top layer down, so marks claim their space first and every label, the places'
 * and the basemap's towns, is set around them, never under them.
 */
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { BASEMAP_FONTS } from './basemap-style';

export const MARKS_SOURCE = 'marks';
export const MARKS_LAYER = 'marks';
export const PLACE_LABELS_LAYER = 'mark-place-labels';
export const RING_HALO_LAYER = 'mark-ring-halo';
export const RING_LAYER = 'mark-ring';
/** Place names show from this zoom; below it towns give the context. */
export const PLACE_LABELS_MIN_ZOOM = 5.5;

export const RING_COLOURS = { selected: '#111111', hover: '#0b5cad', halo: '#ffffff' } as const;

const selected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];
const hovered: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false];
/** The drawn radius of the mark, written with the ring state (mark-layer.ts). */
const radius: ExpressionSpecification = ['number', ['feature-state', 'r'], 10];

export const marksLayer: LayerSpecification = {
  id: MARKS_LAYER,
  type: 'symbol',
  source: MARKS_SOURCE,
  layout: {
    // One image per group, redrawn in place when what it holds changes: a scrub never
    // rebuilds this source (mark-layer.ts).
    'icon-image': ['get', 'image'],
    'icon-allow-overlap': true,
    // Not ignored: labels placed after the marks keep clear of them.
    'icon-ignore-placement': false,
    'icon-padding': 1,
  },
};

export const placeLabelsLayer: LayerSpecification = {
  id: PLACE_LABELS_LAYER,
  type: 'symbol',
  source: MARKS_SOURCE,
  minzoom: PLACE_LABELS_MIN_ZOOM,
  filter: ['!=', ['get', 'label'], ''],
  layout: {
    'text-field': ['get', 'label'],
    'text-font': ['literal', [BASEMAP_FONTS.bold]],
    'text-size': 11.5,
    'text-max-width': 9,
    'text-variable-anchor': ['top', 'bottom', 'right', 'left'],
    'text-radial-offset': ['get', 'offset'],
    'text-justify': 'auto',
    'text-padding': 2,
    // Busier places win a contested spot.
    'symbol-sort-key': ['-', 0, ['get', 'total']],
  },
  paint: { 'text-color': '#1d2733', 'text-halo-color': '#ffffff', 'text-halo-width': 1.6 },
};

const ringOn: ExpressionSpecification = ['any', selected, hovered];

export const ringHaloLayer: LayerSpecification = {
  id: RING_HALO_LAYER,
  type: 'circle',
  source: MARKS_SOURCE,
  paint: {
    'circle-radius': ['+', radius, 4],
    'circle-color': 'rgba(0,0,0,0)',
    'circle-stroke-width': 6,
    'circle-stroke-color': RING_COLOURS.halo,
    'circle-stroke-opacity': ['case', ringOn, 0.9, 0],
    'circle-pitch-alignment': 'map',
  },
};

export const ringLayer: LayerSpecification = {
  id: RING_LAYER,
  type: 'circle',
  source: MARKS_SOURCE,
  paint: {
    'circle-radius': ['+', radius, 4],
    'circle-color': 'rgba(0,0,0,0)',
    'circle-stroke-width': ['case', selected, 3, 2.5],
    'circle-stroke-color': ['case', selected, RING_COLOURS.selected, RING_COLOURS.hover],
    'circle-stroke-opacity': ['case', ringOn, 1, 0],
    'circle-pitch-alignment': 'map',
  },
};

/** The overlay, bottom to top. */
export const OVERLAY_LAYERS: LayerSpecification[] = [placeLabelsLayer, marksLayer, ringHaloLayer, ringLayer];
