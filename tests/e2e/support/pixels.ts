/**
 * Counts screenshot pixels near given colours, decoding the PNG inside the page with a 2D
 * canvas, so no image library is needed. Used to prove the map really drew.
 */
import type { Locator, Page } from 'playwright-core';
import { decodePng } from './png';

export type Rgb = [number, number, number];

export function hex(colour: string): Rgb {
  const n = Number.parseInt(colour.replace('#', ''), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

export async function countColours(
  page: Page,
  target: Locator,
  colours: Record<string, Rgb>,
  tolerance = 12,
): Promise<Record<string, number>> {
  const png = (await target.screenshot()).toString('base64');
  return page.evaluate(
    async ({ png, colours, tolerance }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${png}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
      ctx.drawImage(image, 0, 0);
      const { data } = ctx.getImageData(0, 0, image.width, image.height);
      const counts: Record<string, number> = {};
      for (const name of Object.keys(colours)) counts[name] = 0;
      const entries = Object.entries(colours);
      for (let i = 0; i < data.length; i += 4) {
        const [pr, pg, pb] = [data[i] ?? 0, data[i + 1] ?? 0, data[i + 2] ?? 0];
        for (const [name, [r, g, b]] of entries) {
          if (Math.abs(pr - r) + Math.abs(pg - g) + Math.abs(pb - b) <= tolerance)
            counts[name] = (counts[name] ?? 0) + 1;
        }
      }
      return counts;
    },
    { png, colours, tolerance },
  );
}

export interface Pixels {
  width: number;
  height: number;
  /** RGBA, row by row. */
  data: Uint8Array;
}

/** The page's pixels inside a box (CSS pixels, device scale 1), decoded here in Node. */
export async function pagePixels(
  page: Page,
  clip: { x: number; y: number; width: number; height: number },
): Promise<Pixels> {
  return decodePng(await page.screenshot({ clip }));
}

/** How many pixels within [inner, outer] of (cx, cy) (box coordinates) are near a colour. */
export function countInRing(
  pixels: Pixels,
  cx: number,
  cy: number,
  inner: number,
  outer: number,
  [r, g, b]: Rgb,
  tolerance = 40,
): number {
  let n = 0;
  for (let y = 0; y < pixels.height; y += 1)
    for (let x = 0; x < pixels.width; x += 1) {
      const d = Math.hypot(x + 0.5 - cx, y + 0.5 - cy);
      if (d < inner || d > outer) continue;
      const i = (y * pixels.width + x) * 4;
      const diff =
        Math.abs((pixels.data[i] ?? 0) - r) +
        Math.abs((pixels.data[i + 1] ?? 0) - g) +
        Math.abs((pixels.data[i + 2] ?? 0) - b);
      if (diff <= tolerance) n += 1;
    }
  return n;
}
