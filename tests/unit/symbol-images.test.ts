import { expression } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/data/parse-dataset';
import { EVENT_TYPES, STATUSES } from '../../src/data/schema';
import { eventIconsLayer } from '../../src/map/layers';
import { eventFeatures } from '../../src/map/map-features';
import { drawIcon, eventIcons, ICON_SIZE, shapeDistance } from '../../src/map/symbol-images';
import { eventFeature, rawFiles, SITES } from '../support/fixture';

/** The image name the icon layer's own `icon-image` expression asks for, for one feature. */
function imageAskedFor(properties: GeoJSON.GeoJsonProperties): string {
  const layout = eventIconsLayer.layout as Record<string, unknown>;
  const parsed = expression.createExpression(layout['icon-image'], 'layers.events-icon.layout.icon-image');
  if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
  const feature = { type: 'Point', properties: properties ?? {} } as never;
  return String(parsed.value.evaluate({ zoom: 6 }, feature));
}

const pixel = (image: { data: Uint8Array; width: number }, x: number, y: number) => [
  ...image.data.slice((y * image.width + x) * 4, (y * image.width + x) * 4 + 4),
];
const c = ICON_SIZE / 2;

describe('event icons', () => {
  it('one image per type and status, named as the layer asks for them', () => {
    const icons = eventIcons();
    expect(icons).toHaveLength(EVENT_TYPES.length * STATUSES.length);
    for (const [, image] of icons) expect(image.data).toHaveLength(ICON_SIZE * ICON_SIZE * 4);
    // Every type and status, uploaded as the map uploads it, asks the layer for an image that
    // exists, and a different one for each pair.
    const events = EVENT_TYPES.flatMap((type) =>
      STATUSES.map((status) =>
        eventFeature(`e-${type}-${status}`.replace(/_/g, '-'), '2023-11-01', 'al-tanf', { type, status }),
      ),
    );
    const dataset = parseDataset(
      rawFiles({
        events: { type: 'FeatureCollection', features: events },
        sites: { type: 'FeatureCollection', features: SITES },
      }),
    );
    const asked = eventFeatures(dataset).features.map((f) => imageAskedFor(f.properties));
    expect(asked).toHaveLength(icons.length);
    expect(new Set(asked).size).toBe(icons.length);
    const names = new Set(icons.map(([name]) => name));
    for (const name of asked) expect(names.has(name), `no image named ${name}`).toBe(true);
  });

  it('fills with the type colour, leaves the corners clear, and hollows a bare claim', () => {
    const confirmed = drawIcon('drone_attack', 'confirmed_by_us_officials');
    expect(pixel(confirmed, c, c)).toEqual([0xe6, 0x9f, 0x00, 255]);
    expect(pixel(confirmed, 0, 0)[3]).toBe(0);
    const claimed = drawIcon('drone_attack', 'claimed_only');
    expect(pixel(claimed, c, c)).toEqual([255, 255, 255, 255]);
  });

  it('each status has its own outline: a disc is round, a diamond is not', () => {
    // A point on the diagonal inside the disc but outside the diamond.
    const d = ICON_SIZE * 0.27;
    expect(shapeDistance('disc', c + d, c + d)).toBeLessThan(0);
    expect(shapeDistance('diamond', c + d, c + d)).toBeGreaterThan(0);
    // The triangle points up: its top centre is inside, its top corners are not.
    expect(shapeDistance('triangle', c, c - ICON_SIZE * 0.3)).toBeLessThan(0);
    expect(shapeDistance('triangle', c - ICON_SIZE * 0.35, c - ICON_SIZE * 0.3)).toBeGreaterThan(0);
  });
});
