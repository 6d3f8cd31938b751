/**
 * Hostile data renders inertly: script tags, event-handler attributes, `javascript:` and
 * `data:` links, bidi overrides and unbroken 3000-character strings in every field. Nothing
 * runs, no dialog opens, no link leaves http(s), the layout holds, and the invalid
 * features are reported by the data notice instead of being shown.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type OpenedApp, openApp, waitForMap } from './support/browser';
import { startHostileServer } from './support/hostile-server';
import type { StaticServer } from './support/static-server';

let server: StaticServer;
beforeAll(async () => {
  server = await startHostileServer();
});
afterAll(() => server.close());

let opened: OpenedApp[] = [];
afterEach(async () => {
  await Promise.all(opened.map((o) => o.close()));
  opened = [];
});

async function open(path = '/', viewport = { width: 1280, height: 800 }) {
  const app = await openApp(path, { baseUrl: server.url, viewport });
  opened.push(app);
  // On a phone showing the list, the map pane is hidden: wait for the data instead.
  if (viewport.width > 700) await waitForMap(app.page);
  else await app.page.getByTestId('event-count').waitFor();
  return app;
}

/** Everything that would betray executed markup or an unsafe link. */
function inspect(page: Page) {
  return page.evaluate(() => ({
    pwned: (window as { __pwned?: unknown }).__pwned ?? null,
    injected: document.querySelectorAll('#root script, #root img[src="x"], #root svg[onload], [onerror]')
      .length,
    badLinks: [...document.querySelectorAll('a[href]')]
      .map((a) => a.getAttribute('href') ?? '')
      .filter((href) => !/^https?:\/\//.test(href)),
    unsafeRel: [...document.querySelectorAll('a[target="_blank"]')].filter(
      (a) => !/noopener/.test(a.getAttribute('rel') ?? ''),
    ).length,
    scrollWidth: document.scrollingElement?.scrollWidth ?? 0,
    width: window.innerWidth,
  }));
}

async function expectInert(app: OpenedApp) {
  const state = await inspect(app.page);
  expect(state.pwned).toBeNull();
  expect(state.injected).toBe(0);
  expect(state.badLinks).toEqual([]);
  expect(state.unsafeRel).toBe(0);
  expect(state.scrollWidth).toBeLessThanOrEqual(state.width);
  expect(app.dialogs).toEqual([]);
  expect(app.pageErrors).toEqual([]);
  expect(app.externalRequests).toEqual([]);
}

describe('hostile data', () => {
  it('shows the valid features as plain text and reports the invalid ones', async () => {
    const app = await open();
    const { page } = app;
    await expect.poll(() => page.getByTestId('event-count').textContent()).toBe('3 of 3 events');
    const notice = page.locator('.notice-data');
    await expect.poll(() => notice.textContent()).toMatch(/records were left out/);
    await notice.locator('summary').click();
    // The list is drawn after the notice's toggle event, a task after the click: wait for it.
    await notice.getByRole('list', { name: 'Problems in the data files' }).waitFor({ timeout: 15_000 });
    const reported = (await notice.textContent()) ?? '';
    expect(reported).toContain('2023-10-23-js-source');
    expect(reported).toContain('2023-10-24-data-source');
    // The hostile text is there, as text.
    expect(await page.locator('.event-row').first().textContent()).toContain('<script>');
    await page.getByRole('searchbox', { name: 'Search events' }).fill('<img src=x onerror');
    await expect.poll(() => page.getByTestId('event-count').textContent()).toBe('3 of 3 events');
    await expectInert(app);
  });

  it('opens the event and site panels inertly, within the viewport, on desktop and phone', async () => {
    for (const viewport of [
      { width: 1280, height: 800 },
      { width: 390, height: 844 },
    ]) {
      const app = await open('/?view=list', viewport);
      const { page } = app;
      await page.locator('.event-row').first().click();
      const panel = page.getByTestId('event-panel');
      await panel.waitFor();
      expect(await panel.textContent()).toContain('onerror=');
      // The titled source (its headline and archived copy) and the bare URL, shown by host.
      const links = panel.getByRole('link');
      expect(await links.count()).toBe(3);
      expect(await links.first().textContent()).toContain('<script>');
      expect(await links.last().textContent()).toContain('example.org');
      const box = await page.locator('.detail-sheet').boundingBox();
      expect((box?.x ?? -1) >= 0 && (box?.x ?? 0) + (box?.width ?? 0) <= viewport.width + 1).toBe(true);
      await expectInert(app);
      await page.keyboard.press('Escape');
      await page.goto(new URL('/?place=hostile-base', server.url).href);
      const site = page.getByTestId('site-panel');
      await site.waitFor();
      expect(await site.textContent()).toMatch(/exactly the same point/);
      mkdirSync('test-results', { recursive: true });
      await page.screenshot({ path: `test-results/hostile-${viewport.width}.png` });
      await expectInert(app);
    }
  });
});
