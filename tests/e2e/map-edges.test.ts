/**
 * The map at its edges: keyboard focus shows on it (ux-review D7), a missing basemap file is
 * said in words while the events still draw (reliability D21), and without WebGL the reader
 * gets our message, clear of the legend, and the list still works (reliability D20).
 */
import { chromium } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium-flags.mjs';
import { type OpenedApp, type OpenOptions, appBaseUrl, openApp, waitForMap } from './support/browser';
import { boxOf, marksOnPage } from './support/map-window';
import { countInRing, hex, pagePixels } from './support/pixels';

let opened: OpenedApp[] = [];
afterEach(async () => {
  await Promise.all(opened.map((o) => o.close()));
  opened = [];
});

async function open(path = '/', options: OpenOptions = {}) {
  const app = await openApp(path, { reducedMotion: true, ...options });
  opened.push(app);
  await waitForMap(app.page, 60_000);
  return app;
}

describe('the map at its edges', () => {
  it('shows a focus ring when the keyboard reaches it', async () => {
    const { page } = await open();
    const map = await boxOf(page, '[data-testid="map"]');
    if (!map) throw new Error('no map');
    const focus = hex('#0b5cad');
    /** Focus-coloured pixels in the 5 px band inside the map's edge. */
    const band = async () => {
      const pixels = await pagePixels(page, map);
      const cx = map.width / 2;
      const cy = map.height / 2;
      let n = 0;
      for (const [x, y] of [
        [cx, 2],
        [cx, map.height - 3],
        [2, cy],
        [map.width - 3, cy],
      ] as const)
        n += countInRing(pixels, x, y, 0, 3, focus, 20);
      return n;
    };
    expect(await band()).toBe(0);
    for (let i = 0; i < 12; i += 1) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.classList.contains('maplibregl-canvas'))) break;
    }
    expect(await page.evaluate(() => document.activeElement?.classList.contains('maplibregl-canvas'))).toBe(
      true,
    );
    expect(await band()).toBeGreaterThan(8);
  });

  it('says which part of the basemap failed to load, and still draws every event', async () => {
    const { page, pageErrors } = await open('/', { routes: { '/basemap/countries.geojson': 404 } });
    await expect
      .poll(() => page.locator('.map-notice').textContent(), { timeout: 20_000 })
      .toContain('the land and coastlines');
    expect((await marksOnPage(page)).length).toBeGreaterThan(3);
    expect(pageErrors).toEqual([]);
  });

  it('without WebGL: our message, clear of the legend, and the list still opens events', async () => {
    const browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: [...CHROMIUM_ARGS, '--disable-webgl', '--disable-3d-apis'],
    });
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(appBaseUrl());
      const message = page.locator('.map-error');
      await message.waitFor({ timeout: 30_000 });
      const text = (await message.textContent()) ?? '';
      expect(text).toContain('needs WebGL');
      expect(text).not.toMatch(/openstreetmap|Failed to initialize/i);
      const box = await message.boundingBox();
      const legend = await page.locator('.map-legend').boundingBox();
      if (!box || !legend) throw new Error('no message or legend');
      const apart =
        box.x + box.width <= legend.x ||
        legend.x + legend.width <= box.x ||
        box.y + box.height <= legend.y ||
        legend.y + legend.height <= box.y;
      expect(apart).toBe(true);
      await page.locator('.event-row').first().click();
      await page.getByTestId('event-panel').waitFor();
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
