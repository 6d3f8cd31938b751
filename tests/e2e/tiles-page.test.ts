/**
 * tiles.html opens a PMTiles archive of events (docs/beyond-the-browser.md): the build makes
 * one from the embedded dataset, and the page must draw its events, count exactly the events
 * in view in the time window it is given, read the archive by range requests on this origin,
 * and refuse an archive anywhere else.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { TYPE_COLOURS } from '../../src/domain/symbols';
import { type OpenedApp, openApp } from './support/browser';
import { countColours, hex } from './support/pixels';

interface EventFeature {
  geometry: { coordinates: [number, number] } | null;
  properties: { date: string; dateEnd: string | null; type: string };
}
const events = (JSON.parse(readFileSync('dist/data/events.geojson', 'utf8')) as { features: EventFeature[] })
  .features;
const located = events.filter((event) => event.geometry);

/** The located events that touch the inclusive window, counted from the dataset file itself. */
const inWindow = (from: string, to: string) =>
  located.filter(
    (event) => event.properties.date <= to && (event.properties.dateEnd ?? event.properties.date) >= from,
  ).length;

let app: OpenedApp | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

const ready = (opened: OpenedApp) =>
  opened.page.waitForSelector('#tiles-root[data-state="ready"]', { timeout: 60_000 });

describe('the PMTiles page', () => {
  it('draws every located event of the embedded dataset and counts the ones in the window', async () => {
    const statuses: number[] = [];
    app = await openApp('/tiles.html');
    app.page.on('response', (response) => {
      if (response.url().endsWith('.pmtiles')) statuses.push(response.status());
    });
    const { page } = app;
    await ready(app);
    // The whole dataset is in view when the page opens.
    await expect
      .poll(() => page.locator('#tiles-root').getAttribute('data-count'))
      .toBe(String(located.length));
    await expect(page.locator('.tiles-count').textContent()).resolves.toContain(
      `${located.length} of ${located.length} events in view`,
    );
    const unlocated = events.length - located.length;
    await expect(page.locator('.tiles-unlocated').textContent()).resolves.toContain(
      `${unlocated} more events have no known place`,
    );
    const drawn = await countColours(page, page.locator('.tiles-map'), {
      strike: hex(TYPE_COLOURS.us_airstrike),
      drone: hex(TYPE_COLOURS.drone_attack),
    });
    expect(drawn.strike).toBeGreaterThan(20);
    expect(drawn.drone).toBeGreaterThan(20);

    // One week: the count follows the window, and matches the dataset file.
    await page.fill('input[type="date"] >> nth=0', '2024-02-01');
    await page.fill('input[type="date"] >> nth=1', '2024-02-07');
    const week = inWindow('2024-02-01', '2024-02-07');
    expect(week).toBeGreaterThan(0);
    expect(week).toBeLessThan(located.length);
    await expect
      .poll(() => page.locator('#tiles-root').getAttribute('data-count'), { timeout: 30_000 })
      .toBe(String(week));
    // The archive was read in pieces, as a static host or CDN serves them.
    expect(statuses.length).toBeGreaterThan(0);
    expect(statuses.every((status) => status === 206)).toBe(true);
    expect(app.externalRequests).toEqual([]);
    expect(app.cspViolations).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  });

  it('refuses an archive on another site, and says why, without asking for it', async () => {
    app = await openApp('/tiles.html?tiles=https://tiles.example.org/events.pmtiles');
    const { page } = app;
    await page.waitForSelector('#tiles-root[data-state="failed"]');
    await expect(page.locator('.tiles-problem').textContent()).resolves.toContain(
      'must name a .pmtiles file on this site',
    );
    expect(app.externalRequests).toEqual([]);
  });

  it('says which archive it could not open when the file is missing', async () => {
    app = await openApp('/tiles.html?tiles=tiles/missing.pmtiles');
    const { page } = app;
    await page.waitForSelector('#tiles-root[data-state="failed"]', { timeout: 60_000 });
    await expect(page.locator('.tiles-problem').textContent()).resolves.toContain(
      'Could not open /tiles/missing.pmtiles',
    );
  });
});
