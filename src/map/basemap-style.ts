// The offline basemap as a MapLibre style: everything it loads (GeoJSON and woff2 fonts) is served
// from our own origin, built by scripts/build-basemap.mjs. No glyph server, no tiles, no API key.
//
// Pure data: no runtime import of maplibre-gl (only the map factory may import it).
import type {
  ExpressionSpecification,
  FontFacesSpecification,
  LayerSpecification,
  StyleSpecification,
} from 'maplibre-gl';

/** West, south, east, north. The build clips to a larger box so no clip edge can come into view. */
export const MAP_MAX_BOUNDS = [26, 20, 58, 44] as const;

/**
 * The region, for a dataset with no located event to fit (and the map's first frame before
 * the data arrives): Iraq and Syria with their neighbours' capitals in frame.
 */
export const MAP_INITIAL_VIEW = { center: [41.5, 34.2], zoom: 4.6 } as const;

/** The map does not zoom past this: the basemap is 1:50m, and a town block says nothing more. */
export const MAP_MAX_ZOOM = 12;

export const BASEMAP_SOURCE_IDS = {
  countries: 'basemap-countries',
  borders: 'basemap-borders',
  rivers: 'basemap-rivers',
  lakes: 'basemap-lakes',
  places: 'basemap-places',
} as const;

/** Bottom to top. Event layers go above all of these (or `beforeId: placeDots` to keep labels on top). */
export const BASEMAP_LAYER_IDS = {
  background: 'basemap-background',
  countries: 'basemap-countries-fill',
  countryOutline: 'basemap-country-outline',
  lakes: 'basemap-lakes-fill',
  rivers: 'basemap-rivers',
  borders: 'basemap-borders',
  riverLabels: 'basemap-river-labels',
  placeDots: 'basemap-place-dots',
  placeLabels: 'basemap-place-labels',
} as const;

/** Font names as used in `text-font`; each maps to our own woff2 files via `font-faces`. */
export const BASEMAP_FONTS = { regular: 'Noto Sans Regular', bold: 'Noto Sans Bold' } as const;

// Unicode ranges of the @fontsource/noto-sans subsets (its unicode.json), so MapLibre fetches the
// 56 kB latin-ext file only when a label actually needs it (e.g. Şanlıurfa, Diyarbakır).
const LATIN_RANGE = (
  'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,' +
  'U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD'
).split(',');
const LATIN_EXT_RANGE = (
  'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,' +
  'U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF'
).split(',');

// A calm, low-saturation palette so the coloured event symbols carry the colour on this map.
export const BASEMAP_COLOURS = {
  sea: '#dde5ea',
  land: '#f4f2ee',
  focusLand: '#ece5d6',
  coast: '#a9b7c0',
  border: '#7d7870',
  label: '#33302c',
  capitalLabel: '#1a1815',
  halo: '#fbfaf7',
  dot: '#5c5852',
  /** Rivers and lake shores: a clear blue, darker than the sea, so a river reads at a glance. */
  river: '#5b8fc7',
  lake: '#c9dcec',
  riverLabel: '#2f5f91',
} as const;

const isCapital: ExpressionSpecification = ['==', ['get', 'capital'], true];
/** Towns appear as the reader zooms in: each carries the zoom it shows from (build-basemap.mjs). */
const townShown: ExpressionSpecification = ['>=', ['zoom'], ['to-number', ['get', 'minzoom'], 0]];
const pop: ExpressionSpecification = ['to-number', ['get', 'pop'], 0];

/** Ensure a trailing slash, so `new URL(path, base)` keeps any sub-path of the app. */
function normaliseBase(baseUrl: string): string {
  return baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
}

function fontFaces(base: string): FontFacesSpecification {
  const face = (weight: 400 | 700) => [
    { url: new URL(`fonts/noto-sans-latin-${weight}-normal.woff2`, base).href, 'unicode-range': LATIN_RANGE },
    {
      url: new URL(`fonts/noto-sans-latin-ext-${weight}-normal.woff2`, base).href,
      'unicode-range': LATIN_EXT_RANGE,
    },
  ];
  return { [BASEMAP_FONTS.regular]: face(400), [BASEMAP_FONTS.bold]: face(700) };
}

function layers(): LayerSpecification[] {
  return [
    {
      id: BASEMAP_LAYER_IDS.background,
      type: 'background',
      paint: { 'background-color': BASEMAP_COLOURS.sea },
    },
    {
      id: BASEMAP_LAYER_IDS.countries,
      type: 'fill',
      source: BASEMAP_SOURCE_IDS.countries,
      paint: {
        'fill-color': [
          'case',
          ['==', ['get', 'focus'], true],
          BASEMAP_COLOURS.focusLand,
          BASEMAP_COLOURS.land,
        ],
      },
    },
    {
      // Coastline, plus a hairline under the dashed borders so a border stays continuous
      // where its dashes fall on gaps.
      id: BASEMAP_LAYER_IDS.countryOutline,
      type: 'line',
      source: BASEMAP_SOURCE_IDS.countries,
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': BASEMAP_COLOURS.coast,
        'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.5, 8, 1.2],
      },
    },
    {
      id: BASEMAP_LAYER_IDS.lakes,
      type: 'fill',
      source: BASEMAP_SOURCE_IDS.lakes,
      paint: { 'fill-color': BASEMAP_COLOURS.lake, 'fill-outline-color': BASEMAP_COLOURS.river },
    },
    {
      // Natural Earth 1:50m rivers (scripts/basemap/natural-earth/): the Euphrates and Tigris
      // carry most of the places in this atlas.
      id: BASEMAP_LAYER_IDS.rivers,
      type: 'line',
      source: BASEMAP_SOURCE_IDS.rivers,
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: {
        'line-color': BASEMAP_COLOURS.river,
        'line-width': ['interpolate', ['linear'], ['zoom'], 3, 1, 6, 1.8, 9, 3],
      },
    },
    {
      id: BASEMAP_LAYER_IDS.borders,
      type: 'line',
      source: BASEMAP_SOURCE_IDS.borders,
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': BASEMAP_COLOURS.border,
        'line-width': ['interpolate', ['linear'], ['zoom'], 3, 0.8, 8, 1.6],
        'line-dasharray': [3, 2],
      },
    },
    {
      id: BASEMAP_LAYER_IDS.riverLabels,
      type: 'symbol',
      source: BASEMAP_SOURCE_IDS.rivers,
      filter: ['==', ['typeof', ['get', 'name']], 'string'],
      minzoom: 5,
      layout: {
        'symbol-placement': 'line',
        'text-field': ['get', 'name'],
        'text-font': ['literal', [BASEMAP_FONTS.regular]],
        'text-size': ['interpolate', ['linear'], ['zoom'], 5, 10, 9, 13],
        'text-letter-spacing': 0.15,
        'symbol-spacing': 300,
        'text-max-angle': 50,
      },
      paint: {
        'text-color': BASEMAP_COLOURS.riverLabel,
        'text-halo-color': BASEMAP_COLOURS.halo,
        'text-halo-width': 1.2,
      },
    },
    {
      id: BASEMAP_LAYER_IDS.placeDots,
      type: 'circle',
      source: BASEMAP_SOURCE_IDS.places,
      filter: townShown,
      paint: {
        'circle-radius': [
          'interpolate',
          ['linear'],
          ['zoom'],
          3,
          ['case', isCapital, 2.5, 1.8],
          8,
          ['case', isCapital, 4, 3],
        ],
        'circle-color': BASEMAP_COLOURS.dot,
        'circle-stroke-color': BASEMAP_COLOURS.halo,
        'circle-stroke-width': 1,
      },
    },
    {
      id: BASEMAP_LAYER_IDS.placeLabels,
      type: 'symbol',
      source: BASEMAP_SOURCE_IDS.places,
      filter: townShown,
      layout: {
        'text-field': ['get', 'name'],
        'text-font': [
          'case',
          isCapital,
          ['literal', [BASEMAP_FONTS.bold]],
          ['literal', [BASEMAP_FONTS.regular]],
        ],
        'text-size': [
          'interpolate',
          ['linear'],
          ['zoom'],
          4,
          ['case', isCapital, 12, ['>=', pop, 500_000], 11, 10],
          8,
          ['case', isCapital, 16, ['>=', pop, 500_000], 15, 13],
        ],
        // Placement runs in ascending key order: capitals first, then by population. Without it
        // small towns won collisions and hid Baghdad and Damascus (tech-prototype.md §2).
        'symbol-sort-key': ['-', 0, ['+', pop, ['case', isCapital, 100_000_000, 0]]],
        // Beside the town's dot first; if an event's mark sits on the town, further out, so a
        // capital keeps its name next to the attacks on it (ux-review D1: "B▢dad").
        'text-variable-anchor-offset': [
          'top',
          [0, 0.6],
          'bottom',
          [0, -0.6],
          'left',
          [0.7, 0],
          'right',
          [-0.7, 0],
          'top',
          [0, 2.2],
          'bottom',
          [0, -2.2],
          'left',
          [2.4, 0],
          'right',
          [-2.4, 0],
        ],
        'text-justify': 'auto',
        'text-padding': 3,
        'text-max-width': 8,
      },
      paint: {
        'text-color': ['case', isCapital, BASEMAP_COLOURS.capitalLabel, BASEMAP_COLOURS.label],
        'text-halo-color': BASEMAP_COLOURS.halo,
        'text-halo-width': 1.5,
        'text-halo-blur': 0.5,
      },
    },
  ];
}

/**
 * The basemap style. `baseUrl` must be absolute (MapLibre resolves style URLs in a worker, with no
 * document base), e.g. `new URL(import.meta.env.BASE_URL, location.href).href`.
 */
export function basemapStyle(baseUrl: string): StyleSpecification {
  const base = normaliseBase(new URL(baseUrl).href);
  const data = (file: string) => new URL(`basemap/${file}`, base).href;
  return {
    version: 8,
    name: 'Incident Atlas offline basemap',
    // No `glyphs`: labels are drawn from the `font-faces` woff2 files, so no glyph server is needed.
    'font-faces': fontFaces(base),
    sources: {
      [BASEMAP_SOURCE_IDS.countries]: { type: 'geojson', data: data('countries.geojson') },
      [BASEMAP_SOURCE_IDS.borders]: { type: 'geojson', data: data('borders.geojson') },
      [BASEMAP_SOURCE_IDS.rivers]: { type: 'geojson', data: data('rivers.geojson') },
      [BASEMAP_SOURCE_IDS.lakes]: { type: 'geojson', data: data('lakes.geojson') },
      [BASEMAP_SOURCE_IDS.places]: { type: 'geojson', data: data('places.geojson') },
    },
    layers: layers(),
  };
}
