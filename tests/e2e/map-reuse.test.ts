/**
 * One map for the page's life, in real Chromium: a dropped CSV, the built-in data again and
 * another CSV are each drawn on the same canvas (the same element, so the same WebGL context),
 * their marks really on it, and nothing of the data before left drawn.
 */
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { TYPE_COLOURS } from '../../src/domain/symbols';
import { type OpenedApp, openApp, waitForMap } from './support/browser';
import { marksOnPage } from './support/map-window';
import { countColours, hex } from './support/pixels';

let opened: OpenedApp[] = [];
afterEach(async () => {
  await Promise.all(opened.map((o) => o.close()));
  opened = [];
});

/** n missile strikes at n places in western Iraq: pink diamonds, one per place. */
function missileCsv(n: number, name: string): string {
  const rows = ['date,latitude,longitude,type,title,source,location'];
  for (let i = 0; i < n; i += 1) {
    const lat = (32 + (i % 4) * 0.8).toFixed(3);
    const lon = (40 + Math.floor(i / 4) * 1.1).toFixed(3);
    rows.push(
      `2024-03-${String(1 + i).padStart(2, '0')},${lat},${lon},Missile strike,${name} ${i},https://example.org/${i},Place ${i}`,
    );
  }
  return `${rows.join('\n')}\n`;
}

async function dropFile(page: Page, name: string, text: string) {
  const dataTransfer = await page.evaluateHandle(
    ({ name, text }) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], name, { type: 'text/csv' }));
      return dt;
    },
    { name, text },
  );
  for (const type of ['dragenter', 'dragover', 'drop'])
    await page.dispatchEvent('main', type, { dataTransfer });
  const dialog = page.getByRole('dialog', { name: 'Open your own data' });
  await dialog.getByRole('button', { name: 'Load the file' }).click();
}

const everyType = Object.fromEntries(
  Object.entries(TYPE_COLOURS).map(([type, colour]) => [type, hex(colour)]),
);
const pink = { missile: hex(TYPE_COLOURS.missile) };

/** Events in the marks the map says it draws. */
async function eventsDrawn(page: Page): Promise<number> {
  return (await marksOnPage(page)).reduce((sum, m) => sum + m.mark.n, 0);
}

/** Whether the map's canvas is still the one the page started with. */
function sameCanvas(page: Page): Promise<boolean> {
  return page.evaluate(
    () =>
      document.querySelector('[data-testid="map"] canvas') ===
      (window as unknown as { firstCanvas: unknown }).firstCanvas,
  );
}

/** The new data is in: its count shown, the map done drawing (no notice left), idle. */
async function settled(page: Page, count: string) {
  await expect.poll(() => page.getByTestId('event-count').textContent(), { timeout: 30_000 }).toBe(count);
  await expect.poll(() => page.locator('.map-drawing').count(), { timeout: 30_000 }).toBe(0);
  await waitForMap(page);
}

describe('one map across datasets', () => {
  it('draws a dropped CSV, the built-in data again and another CSV, each on the same canvas', async () => {
    const app = await openApp();
    opened.push(app);
    const { page, pageErrors } = app;
    await waitForMap(page);
    await expect.poll(() => eventsDrawn(page), { timeout: 30_000 }).toBeGreaterThan(0);
    const builtIn = await page.getByTestId('event-count').textContent();
    const builtInEvents = await eventsDrawn(page);
    const map = page.getByTestId('map');
    const colours = async (which: Record<string, [number, number, number]>) =>
      Object.values(await countColours(page, map, which, 20)).reduce((a, b) => a + b, 0);
    const builtInPixels = await colours(everyType);
    expect(builtInPixels).toBeGreaterThan(0);
    await page.evaluate(() => {
      (window as unknown as { firstCanvas: unknown }).firstCanvas = document.querySelector(
        '[data-testid="map"] canvas',
      );
    });

    await dropFile(page, 'first.csv', missileCsv(12, 'First'));
    await settled(page, '12 of 12 events');
    await expect.poll(() => eventsDrawn(page), { timeout: 20_000 }).toBe(12);
    // Twelve lone pink diamonds, really on the canvas.
    await expect.poll(() => colours(pink), { timeout: 20_000 }).toBeGreaterThan(150);
    expect(await sameCanvas(page)).toBe(true);

    await page.getByTestId('back-to-built-in').click();
    await settled(page, builtIn as string);
    await expect.poll(() => eventsDrawn(page), { timeout: 20_000 }).toBe(builtInEvents);
    await expect.poll(() => colours(everyType), { timeout: 20_000 }).toBeGreaterThan(builtInPixels / 2);
    expect(await sameCanvas(page)).toBe(true);

    await dropFile(page, 'second.csv', missileCsv(7, 'Second'));
    await settled(page, '7 of 7 events');
    await expect.poll(() => eventsDrawn(page), { timeout: 20_000 }).toBe(7);
    await expect.poll(() => colours(pink), { timeout: 20_000 }).toBeGreaterThan(80);
    expect(await sameCanvas(page)).toBe(true);
    expect(pageErrors).toEqual([]);
  });
});
