/**
 * Offline after one visit, through the real service worker in Chromium: the app is loaded
 * once, the network is cut (Chromium offline, and the server shut down), and the app still
 * opens, follows a shared link, draws its map, scrubs and selects. The app is installable. A
 * new deployment installs beside the running app and is offered, never forced.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { revisionOf } from '../../scripts/build/offline-plugin';
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

async function visit(path = '/') {
  const copy = await startBuildCopy();
  copies.push(copy);
  const app = await openApp(path, { baseUrl: copy.url, serviceWorkers: 'allow' });
  opened.push(app);
  return { copy, app };
}

/** The worker has installed (every file precached), activated and controls the page. */
async function waitForWorker(page: Page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 45_000 });
}

const countText = (page: Page) => page.getByTestId('event-count').textContent();
const totalEvents = (dir: string) =>
  (JSON.parse(readFileSync(join(dir, 'data/events.geojson'), 'utf8')) as { features: unknown[] }).features
    .length;

// Each test installs the worker (every file of the build precached) before it starts: a
// deliberate limit for a loaded two-core machine.
describe('offline after one visit', { timeout: 150_000 }, () => {
  it('is installable, then reloads, opens shared links, scrubs and selects with the network gone', async () => {
    const { copy, app } = await visit();
    const { page, context } = app;
    await waitForWorker(page);
    const total = totalEvents(copy.dir);

    // Installable: Chromium finds a manifest, icons and a worker. Test contexts are incognito,
    // where it never offers to install; any other reason would be listed here.
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
      installabilityErrors: { errorId: string }[];
    };
    expect(installabilityErrors.filter((e) => e.errorId !== 'in-incognito')).toEqual([]);
    const manifest = await cdp.send('Page.getAppManifest');
    expect(manifest.errors).toEqual([]);
    expect(JSON.parse(manifest.data ?? '{}')).toMatchObject({
      name: 'Incident Atlas',
      display: 'standalone',
    });

    await context.setOffline(true);
    await copy.stop();
    const failed: string[] = [];
    // A request the page itself cancels (a reload or link opened while a font is still
    // loading) ends as ERR_ABORTED; that is not the network failing. One the cache cannot
    // answer offline ends otherwise (ERR_INTERNET_DISCONNECTED, ERR_FAILED) and is counted.
    page.on('requestfailed', (request) => {
      const reason = request.failure()?.errorText ?? '';
      if (reason !== 'net::ERR_ABORTED') failed.push(`${request.url()} ${reason}`);
    });

    // The app opens, and its map draws: basemap, fonts and map worker come from the cache.
    await page.reload();
    await waitForMap(page, 60_000);
    await expect.poll(() => countText(page), { timeout: 30_000 }).toBe(`${total} of ${total} events`);

    // A shared link to a view: a window and an open event.
    await page.goto(
      new URL('/?v=1&from=2023-10-17&to=2023-11-30&event=2023-10-29-tanf-drones', copy.url).href,
    );
    const panel = page.getByTestId('event-panel');
    await panel.waitFor({ timeout: 30_000 });
    const windowed = await countText(page);
    expect(windowed).not.toBe(`${total} of ${total} events`);

    // Scrub with the keyboard, then select another event from the list.
    await page.getByRole('slider', { name: 'Window end' }).focus();
    for (let i = 0; i < 10; i += 1) await page.keyboard.press('ArrowLeft');
    await expect.poll(() => countText(page), { timeout: 15_000 }).not.toBe(windowed);
    const row = page.getByRole('list', { name: 'Events in the current view' }).getByRole('button').first();
    const id = await row.getAttribute('data-event-id');
    await row.click();
    await expect.poll(() => page.url(), { timeout: 15_000 }).toContain(`event=${id}`);
    await panel.waitFor({ timeout: 15_000 });

    // The About page is a view of its own, loaded only when opened: it is there offline too.
    await page.goto(new URL('/?v=1&view=about', copy.url).href);
    await page.getByTestId('about-page').waitFor({ timeout: 30_000 });

    expect(failed).toEqual([]);
    expect(app.pageErrors).toEqual([]);
    expect(app.externalRequests).toEqual([]);
  });

  it('starts its worker only once the first view is drawn, so precaching never slows it', async () => {
    const copy = await startBuildCopy();
    copies.push(copy);
    let workerAt: number | null = null;
    const app = await openApp('/', {
      baseUrl: copy.url,
      serviceWorkers: 'allow',
      beforeLoad: (context) =>
        context.on('serviceworker', () => {
          workerAt ??= Date.now();
        }),
    });
    opened.push(app);
    await waitForWorker(app.page);
    const drawnAt = await app.page.evaluate(
      () =>
        performance.timeOrigin + (performance.getEntriesByName('atlas:drawn')[0]?.startTime ?? Number.NaN),
    );
    expect(workerAt).not.toBeNull();
    expect(workerAt).toBeGreaterThan(drawnAt);
  });

  it('offers a new deployment with "A newer version is available — Reload", and changes nothing until chosen', async () => {
    const { copy, app } = await visit();
    const { page } = app;
    await waitForWorker(page);
    const total = totalEvents(copy.dir);
    await expect.poll(() => countText(page), { timeout: 30_000 }).toBe(`${total} of ${total} events`);

    // Deploy a new dataset: one event fewer, and a worker whose manifest says so, as a build would.
    const eventsPath = join(copy.dir, 'data/events.geojson');
    const before = readFileSync(eventsPath);
    const events = JSON.parse(before.toString('utf8')) as { features: unknown[] };
    events.features.pop();
    const after = JSON.stringify(events);
    writeFileSync(eventsPath, after);
    const swPath = join(copy.dir, 'sw.js');
    const sw = readFileSync(swPath, 'utf8');
    expect(sw).toContain(revisionOf(before));
    writeFileSync(swPath, sw.replace(revisionOf(before), revisionOf(after)));

    // The open app checks for updates now and then; ask now instead of waiting an hour.
    await page.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration())?.update();
    });
    const prompt = page.getByRole('status').filter({ hasText: 'A newer version is available' });
    await prompt.waitFor({ timeout: 45_000 });
    expect(await prompt.textContent()).toBe('A newer version is available —Reload');
    // Nothing changed under the reader.
    expect(await countText(page)).toBe(`${total} of ${total} events`);

    await prompt.getByRole('button', { name: 'Reload' }).click();
    await expect.poll(() => countText(page), { timeout: 30_000 }).toBe(`${total - 1} of ${total - 1} events`);
    expect(await prompt.count()).toBe(0);
    expect(app.pageErrors).toEqual([]);
  });
});
