/**
 * The event overlay as data: a source with one point per place a mark can be drawn (the
 * current zoom level's), a source of place labels, and the selection and hover rings.
 * Bottom to top: labels, the marks' boxes, the marks (a WebGL layer, mark-gl.ts, inserted
 * before the rings), rings. MapLibre places symbols from the top layer down, so the marks'
 * boxes claim their space first and every label, the places' and the basemap's towns, is set
 * around them, never under them. The boxes claim it whether or not a mark shows events now,
 * so labels stay put while scrubbing.
 */
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { BASEMAP_FONTS } from './basemap-style';

export const MARKS_SOURCE = 'marks';
/** Place names, for the marks drawn on one place: rebuilt only when the set of names changes. */
export const LABELS_SOURCE = 'mark-labels';
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

/**
 * Invisible boxes, one per place a mark can be drawn, as big as the mark can grow: they claim
 * the marks' space in MapLibre's symbol placement, so every label is set around the marks.
 * The marks themselves are drawn by a WebGL layer (mark-gl.ts).
 */
export const marksLayer: LayerSpecification = {
  id: MARKS_LAYER,
  type: 'symbol',
  source: MARKS_SOURCE,
  layout: {
    'icon-image': ['get', 'box'],
    'icon-allow-overlap': true,
    // Not ignored: labels placed after the marks keep clear of them.
    'icon-ignore-placement': false,
    'icon-padding': 1,
  },
};

export const placeLabelsLayer: LayerSpecification = {
  id: PLACE_LABELS_LAYER,
  type: 'symbol',
  source: LABELS_SOURCE,
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
