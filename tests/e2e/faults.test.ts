/**
 * Faults from the reliability review, in Chromium against the built app: a data request that
 * never answers ends in a message and Retry at the real 20 s limit, with progress shown
 * meanwhile; and a long notice never takes the map's and list's room, even on a phone.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { type OpenedApp, openApp, waitForMap } from './support/browser';
import { type BuildCopy, startBuildCopy } from './support/build-copy';

let opened: OpenedApp[] = [];
let copies: BuildCopy[] = [];
afterEach(async () => {
  await Promise.all(opened.map((o) => o.close()));
  await Promise.all(copies.map((c) => c.close()));
  opened = [];
  copies = [];
});

// The real 20 s limit plus a page load on a loaded two-core machine: a deliberate limit.
describe('every wait ends', { timeout: 120_000 }, () => {
  it('a data file that never arrives shows a message and Retry after 20 s, and Retry loads it', async () => {
    const copy = await startBuildCopy();
    copies.push(copy);
    copy.hang.add('/data/events.geojson');
    const started = Date.now();
    const app = await openApp('/', { baseUrl: copy.url });
    opened.push(app);
    const { page } = app;
    // Meanwhile the other files arrive, and the loading message says how much has come.
    await expect
      .poll(() => page.getByTestId('load-progress').textContent(), { timeout: 15_000 })
      .toMatch(/kB received$/);
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: 45_000 });
    console.info('hung data request: seconds to the message', {
      fromNavigation: (Date.now() - started) / 1000,
      fromRequest: (Date.now() - (copy.hungSince.get('/data/events.geojson') ?? 0)) / 1000,
    });
    expect(await alert.textContent()).toBe(
      'The dataset could not be loaded. data/events.geojson did not arrive: nothing was received for 20 seconds.Retry',
    );
    copy.hang.delete('/data/events.geojson');
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect
      .poll(() => page.getByTestId('event-count').textContent(), { timeout: 30_000 })
      .toMatch(/^\d+ of \d+ events$/);
    expect(app.pageErrors).toEqual([]);
  });
});

describe('code that does not arrive', { timeout: 120_000 }, () => {
  it("the map's code not arriving says so, the list works meanwhile, and Try again draws the map", async () => {
    let down = true;
    let refused = 0;
    const app = await openApp('/', {
      // The map's own chunk (its name carries a hash) cannot be fetched, as on a dropped connection.
      beforeLoad: (context) =>
        context.route(/\/assets\/map-view-[^/]*\.js$/, (route) => {
          if (!down) return route.continue();
          refused += 1;
          return route.fulfill({ status: 503, body: 'unavailable' });
        }),
    });
    opened.push(app);
    const { page } = app;
    const alert = page.locator('.map-pane [role="alert"]');
    await alert.waitFor({ timeout: 30_000 });
    expect(await alert.textContent()).toBe(
      'The map could not be loaded. Check the connection and try again.Try again',
    );
    // The rest of the page does not wait for the map.
    await expect
      .poll(() => page.getByTestId('event-count').textContent(), { timeout: 30_000 })
      .toMatch(/^\d+ of \d+ events$/);
    expect(await page.locator('.event-row').count()).toBeGreaterThan(0);
    expect(refused).toBeGreaterThan(0);

    down = false;
    await alert.getByRole('button', { name: 'Try again' }).click();
    await waitForMap(page, 60_000);
    expect(await page.locator('.map-pane [role="alert"]').count()).toBe(0);
  });
});

describe('notices keep their place', () => {
  // 45 claimants the data does not have: a 3,000-character link, and a long notice.
  const names = Array.from(
    { length: 45 },
    (_, i) => `Unknown%20group%20number%20${i}%20of%20a%20long%20list`,
  );
  const link = `/?v=1&claimant=${names.join(',')}`;

  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 390, height: 844 },
  ]) {
    it(`a long link notice leaves the map and list their room at ${viewport.width}x${viewport.height}`, async () => {
      const app = await openApp(link, { viewport });
      opened.push(app);
      const { page } = app;
      await page.getByTestId('event-count').waitFor();
      const notice = page.locator('.notice-link');
      await notice.waitFor();
      const main = await page.locator('.atlas-main').boundingBox();
      const dismiss = await notice.getByRole('button', { name: 'Dismiss' }).boundingBox();
      const notices = await page.locator('.notices').boundingBox();
      console.info('layout with a long notice', viewport, { main, notices });
      expect(main?.height ?? 0).toBeGreaterThan(viewport.height * 0.35);
      expect((notices?.height ?? 0) <= viewport.height * 0.3 + 1).toBe(true);
      expect((dismiss?.y ?? viewport.height) + (dismiss?.height ?? 0)).toBeLessThanOrEqual(viewport.height);
      // Show all opens inside the notice; the layout still holds.
      await notice.getByText(/Show (all|the whole)/).click();
      await page.getByRole('list', { name: 'All notices' }).waitFor({ timeout: 15_000 });
      const after = await page.locator('.atlas-main').boundingBox();
      expect(after?.height ?? 0).toBeGreaterThan(viewport.height * 0.35);
    });
  }
});
