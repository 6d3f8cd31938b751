import { mkdirSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { BASEMAP_COLOURS } from '../../src/map/basemap-style';
import { TYPE_COLOURS } from '../../src/domain/symbols';
import { type OpenedApp, openApp, waitForMap } from './support/browser';
import { countColours, hex } from './support/pixels';

const EVENT_TOTAL = (
  JSON.parse(readFileSync('public/data/events.geojson', 'utf8')) as { features: unknown[] }
).features.length;

let opened: OpenedApp[] = [];
afterEach(async () => {
  await Promise.all(opened.map((o) => o.close()));
  opened = [];
});

async function open(path = '/', options?: Parameters<typeof openApp>[1]) {
  const app = await openApp(path, options);
  opened.push(app);
  return app;
}

describe('the built app in Chromium', () => {
  it('draws the embedded basemap and the event symbols, with no request leaving localhost', async () => {
    const { page, externalRequests, pageErrors } = await open();
    await waitForMap(page);
    await expect
      .poll(() => page.getByTestId('event-count').textContent())
      .toBe(`${EVENT_TOTAL} of ${EVENT_TOTAL} events`);
    mkdirSync('test-results', { recursive: true });
    await page.screenshot({ path: 'test-results/foundation.png' });
    const map = page.getByTestId('map');
    const box = await map.boundingBox();
    const area = (box?.width ?? 0) * (box?.height ?? 0);
    const typeColours = Object.fromEntries(
      Object.entries(TYPE_COLOURS).map(([type, colour]) => [type, hex(colour)]),
    );
    const counts = await countColours(page, map, {
      land: hex(BASEMAP_COLOURS.land),
      iraqSyria: hex(BASEMAP_COLOURS.focusLand),
      river: hex(BASEMAP_COLOURS.river),
      ...typeColours,
    });
    const eventColours = Object.keys(TYPE_COLOURS).filter((type) => (counts[type] ?? 0) > 20);
    console.info('map pixels', { area, ...counts });
    // The basemap: the tinted focus countries fill most of the fitted view, their neighbours
    // frame it, and the rivers run through it.
    expect(counts.iraqSyria).toBeGreaterThan(area * 0.3);
    expect(counts.land).toBeGreaterThan(area * 0.02);
    expect(counts.river).toBeGreaterThan(300);
    // The events: the marks' segments and symbols show most of the types (the first view
    // holds drone, rocket, missile, mixed, interception, strike and other events).
    expect(eventColours.length).toBeGreaterThanOrEqual(6);
    expect(externalRequests).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('opens the panel from the list, and a copied link shows the same view in a new page', async () => {
    const { page, context, baseUrl } = await open();
    await waitForMap(page);
    const end = page.getByRole('slider', { name: 'Window end' });
    await end.focus();
    for (let i = 0; i < 20; i += 1) await page.keyboard.press('ArrowLeft');
    const countText = await page.getByTestId('event-count').textContent();
    expect(countText).not.toBe(`${EVENT_TOTAL} of ${EVENT_TOTAL} events`);
    const firstRow = page
      .getByRole('list', { name: 'Events in the current view' })
      .getByRole('button')
      .nth(2);
    await firstRow.click();
    const panel = page.getByTestId('event-panel');
    await expect.poll(() => panel.isVisible()).toBe(true);
    const heading = await panel.getByRole('heading', { level: 2 }).textContent();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(baseUrl).origin,
    });
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Link copied' }).count()).toBe(1);
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toContain('event=');
    expect(link).toContain('to=');

    const other = await open(new URL(link).pathname + new URL(link).search, {
      timezoneId: 'America/Los_Angeles',
    });
    await waitForMap(other.page);
    await expect
      .poll(() => other.page.getByTestId('event-panel').getByRole('heading', { level: 2 }).textContent())
      .toBe(heading);
    await other.page.getByRole('button', { name: 'Close event details' }).click();
    await expect.poll(() => other.page.getByTestId('event-count').textContent()).toBe(countText);
  });
});
