import { describe, expect, it } from 'vitest';
import { drawIcon, eventIcons, ICON_SIZE, shapeDistance } from '../../src/map/symbol-images';
import { symbolImageName } from '../../src/map/symbols';

const pixel = (image: { data: Uint8Array; width: number }, x: number, y: number) => [
  ...image.data.slice((y * image.width + x) * 4, (y * image.width + x) * 4 + 4),
];
const c = ICON_SIZE / 2;

describe('event icons', () => {
  it('one image per type and status, named as the layer asks for them', () => {
    const icons = eventIcons();
    expect(icons).toHaveLength(7 * 4);
    expect(icons.map(([name]) => name)).toContain(symbolImageName('drone_attack', 'claimed_only'));
    for (const [, image] of icons) expect(image.data).toHaveLength(ICON_SIZE * ICON_SIZE * 4);
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
