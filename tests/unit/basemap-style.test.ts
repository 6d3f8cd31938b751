import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { expression, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { CLIP_BOX } from '../../scripts/basemap/clip-box.mjs';
import {
  BASEMAP_FONTS,
  BASEMAP_LAYER_IDS,
  BASEMAP_SOURCE_IDS,
  basemapStyle,
  MAP_INITIAL_VIEW,
  MAP_MAX_BOUNDS,
} from '../../src/map/basemap-style';

const BASE = 'http://localhost:4173/';

/** Every string anywhere in a JSON-like value. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

/**
 * Font names inside a `text-font` value: either a plain font stack, or the `literal` stacks inside
 * an expression (other strings in an expression are operators and property names, not fonts).
 */
function fontNames(textFont: unknown): string[] {
  const isStack = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');
  const literals = (v: unknown): string[] => {
    if (!Array.isArray(v)) return [];
    if (v[0] === 'literal') return isStack(v[1]) ? v[1] : [];
    return v.flatMap(literals);
  };
  if (isStack(textFont)) return textFont;
  return literals(textFont);
}

describe('basemapStyle', () => {
  const style = basemapStyle(BASE);

  it('validates against the MapLibre style spec', () => {
    expect(validateStyleMin(style)).toEqual([]);
  });

  it('needs no glyph server, sprite or network host', () => {
    expect(style).not.toHaveProperty('glyphs');
    expect(style).not.toHaveProperty('sprite');
    const urls = strings(style).filter((s) => /^[a-z][a-z0-9+.-]*:\/\//i.test(s));
    expect(urls.length).toBeGreaterThanOrEqual(7); // 3 sources + 4 font files
    for (const url of urls) expect(url.startsWith(BASE)).toBe(true);
  });

  it('keeps a sub-path of the base URL, with or without a trailing slash', () => {
    for (const base of ['https://example.org/atlas', 'https://example.org/atlas/']) {
      for (const url of strings(basemapStyle(base)).filter((s) => s.includes('://'))) {
        expect(url.startsWith('https://example.org/atlas/')).toBe(true);
      }
    }
  });

  it('rejects a relative base URL (MapLibre needs absolute URLs)', () => {
    expect(() => basemapStyle('/')).toThrow();
  });

  it('labels use only fonts declared in font-faces', () => {
    const declared = Object.keys(style['font-faces'] ?? {});
    expect(declared.sort()).toEqual(Object.values(BASEMAP_FONTS).sort());
    const symbols = style.layers.filter((l) => l.type === 'symbol');
    expect(symbols.length).toBeGreaterThan(0);
    for (const layer of symbols) {
      const used = fontNames(layer.layout?.['text-font']);
      expect(used.length).toBeGreaterThan(0);
      for (const font of used) expect(declared).toContain(font);
    }
  });

  it('font-faces unicode ranges match the @fontsource subsets they point at', () => {
    const require = createRequire(import.meta.url);
    const pkg = dirname(require.resolve('@fontsource/noto-sans/package.json'));
    const subsets = JSON.parse(readFileSync(join(pkg, 'unicode.json'), 'utf8')) as Record<string, string>;
    for (const faces of Object.values(style['font-faces'] ?? {})) {
      if (typeof faces === 'string') throw new Error('expected font-face objects with unicode ranges');
      for (const face of faces) {
        const subset = /noto-sans-(latin(?:-ext)?)-\d+-normal\.woff2$/.exec(face.url)?.[1];
        expect(subset).toBeDefined();
        expect(face['unicode-range']?.join(',')).toBe(subsets[subset ?? '']);
      }
    }
  });

  it('has the exported layers, in order, over the exported sources', () => {
    expect(style.layers.map((l) => l.id)).toEqual(Object.values(BASEMAP_LAYER_IDS));
    expect(Object.keys(style.sources).sort()).toEqual(Object.values(BASEMAP_SOURCE_IDS).sort());
    for (const layer of style.layers) {
      if ('source' in layer) expect(style.sources).toHaveProperty(layer.source);
    }
  });

  it('sorts capitals first, then bigger cities, for label placement', () => {
    const labels = style.layers.find((l) => l.id === BASEMAP_LAYER_IDS.placeLabels);
    const sortKey = labels?.type === 'symbol' ? labels.layout?.['symbol-sort-key'] : undefined;
    const parsed = expression.createExpression(sortKey, 'layers.places.layout.symbol-sort-key');
    if (parsed.result !== 'success') throw new Error('symbol-sort-key does not parse');
    const key = (pop: number, capital: boolean) =>
      Number(parsed.value.evaluate({ zoom: 6 }, { type: 'Point', properties: { pop, capital } } as never));
    // MapLibre places labels in ascending key order: a small capital before a big city, a
    // big city before a town.
    expect(key(30_000, true)).toBeLessThan(key(5_000_000, false));
    expect(key(5_000_000, false)).toBeLessThan(key(50_000, false));
    expect(key(7_000_000, true)).toBeLessThan(key(30_000, true));
  });
});

describe('map extent constants', () => {
  it('max bounds lie strictly inside the basemap clip box', () => {
    const [w, s, e, n] = MAP_MAX_BOUNDS;
    expect(w).toBeGreaterThan(CLIP_BOX[0]);
    expect(s).toBeGreaterThan(CLIP_BOX[1]);
    expect(e).toBeLessThan(CLIP_BOX[2]);
    expect(n).toBeLessThan(CLIP_BOX[3]);
  });

  it('initial view is centred inside max bounds', () => {
    const [lon, lat] = MAP_INITIAL_VIEW.center;
    const [w, s, e, n] = MAP_MAX_BOUNDS;
    expect(lon > w && lon < e && lat > s && lat < n).toBe(true);
  });
});
