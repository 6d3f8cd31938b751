/**
 * What the map draws, read in the page: the map container's `atlas` window (map-view.tsx)
 * gives each mark's screen position, radius and content, and projects a longitude/latitude
 * to the screen. Pixels (pixels.ts) then check that the marks really are where it says.
 */
import type { Page } from 'playwright-core';

export interface ScreenMark {
  group: number;
  x: number;
  y: number;
  r: number;
  lng: number;
  lat: number;
  mark: { n: number; event: number; at: number };
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

type AtlasElement = HTMLElement & {
  atlas: {
    marks(): ScreenMark[];
    project(lng: number, lat: number): { x: number; y: number };
  };
};

/** Every mark drawn now, in page coordinates (CSS pixels from the page's top left). */
export async function marksOnPage(page: Page): Promise<ScreenMark[]> {
  return page.evaluate(() => {
    const el = document.querySelector('[data-testid="map"]') as AtlasElement;
    const box = el.getBoundingClientRect();
    return el.atlas.marks().map((m) => ({ ...m, x: m.x + box.left, y: m.y + box.top }));
  });
}

/** Page coordinates of a longitude/latitude. */
export async function projectOnPage(page: Page, lng: number, lat: number): Promise<{ x: number; y: number }> {
  return page.evaluate(
    ([lng, lat]) => {
      const el = document.querySelector('[data-testid="map"]') as AtlasElement;
      const box = el.getBoundingClientRect();
      const p = el.atlas.project(lng as number, lat as number);
      return { x: p.x + box.left, y: p.y + box.top };
    },
    [lng, lat],
  );
}

/** Page coordinates of many longitudes/latitudes, in one round trip. */
export async function projectAllOnPage(
  page: Page,
  points: [number, number][],
): Promise<{ x: number; y: number }[]> {
  return page.evaluate((points) => {
    const el = document.querySelector('[data-testid="map"]') as AtlasElement;
    const box = el.getBoundingClientRect();
    return points.map(([lng, lat]) => {
      const p = el.atlas.project(lng, lat);
      return { x: p.x + box.left, y: p.y + box.top };
    });
  }, points);
}

/** Pairs of marks whose discs overlap by more than `tolerance` pixels, with the overlap. */
export function overlapping(marks: readonly ScreenMark[], tolerance = 2) {
  const out: { a: ScreenMark; b: ScreenMark; by: number }[] = [];
  for (let i = 0; i < marks.length; i += 1)
    for (let j = i + 1; j < marks.length; j += 1) {
      const a = marks[i] as ScreenMark;
      const b = marks[j] as ScreenMark;
      const by = a.r + b.r - Math.hypot(a.x - b.x, a.y - b.y);
      if (by > tolerance) out.push({ a, b, by });
    }
  return out;
}

export async function boxOf(page: Page, selector: string): Promise<Box | null> {
  return page.locator(selector).first().boundingBox();
}

/** Waits until the map has drawn everything after a change (its `idle`). */
export async function mapIdle(page: Page, timeout = 30_000) {
  await page.waitForSelector('[data-testid="map"][data-idle="true"]', { timeout });
}
