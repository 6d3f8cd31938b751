/**
 * Links in a real browser: a view copied with "Copy link" opens the same in another time
 * zone; Back and Forward close and reopen the panel and move the map; a hostile link leaves
 * no trace.
 */
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { type OpenedApp, openApp, waitForMap } from './support/browser';

let opened: OpenedApp[] = [];
afterEach(async () => {
  await Promise.all(opened.map((o) => o.close()));
  opened = [];
});

async function open(path: string, options?: Parameters<typeof openApp>[1]) {
  const app = await openApp(path, options);
  opened.push(app);
  await waitForMap(app.page);
  return app;
}

const query = (page: Page) => new URL(page.url()).search;
const cameraOf = (page: Page) => {
  const [zoom = Number.NaN, lat = Number.NaN, lng = Number.NaN] = (
    new URL(page.url()).searchParams.get('map') ?? ''
  )
    .split('/')
    .map(Number);
  return { zoom, lat, lng };
};
/** The list's first rows (id and visible text, dates included), read from the top of the list. */
async function rows(page: Page): Promise<string[]> {
  await page.evaluate(() => {
    // The list is virtualised: scroll it to the top so both pages render the same rows.
    let el = document.querySelector('[data-event-id]')?.parentElement ?? null;
    while (el && el.scrollHeight <= el.clientHeight) el = el.parentElement;
    if (el) el.scrollTop = 0;
  });
  // The virtualiser renders on the scroll event: wait until the first row is the list's first.
  await expect
    .poll(() => page.$eval('[data-event-id]', (e) => e.closest('li')?.getAttribute('aria-posinset')))
    .toBe('1');
  return page.$$eval('[data-event-id]', (els) =>
    els.slice(0, 8).map((e) => `${e.getAttribute('data-event-id')} ${e.textContent}`),
  );
}
const panelHeading = (page: Page) =>
  page.getByTestId('event-panel').getByRole('heading', { level: 2 }).textContent();

/** A real drag on the map canvas: the camera the map then reports goes into the URL. */
async function drag(page: Page, dx: number, dy: number) {
  const box = await page.getByTestId('map').boundingBox();
  if (!box) throw new Error('no map');
  const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let i = 1; i <= 5; i += 1) await page.mouse.move(x + (dx * i) / 5, y + (dy * i) / 5);
  await page.mouse.up();
}

describe('links in the browser', () => {
  it('a copied link shows the same view in another time zone', async () => {
    const { page, context, baseUrl } = await open('/?v=1&from=2023-10-18&to=2023-11-30&type=drone_attack', {
      timezoneId: 'Asia/Baghdad',
    });
    await page.locator('[data-event-id]').nth(1).click();
    await expect.poll(() => page.getByTestId('event-panel').isVisible()).toBe(true);
    // The camera reaches the link after the 600 ms ease to the event and the 300 ms write
    // interval: on two loaded CPUs with software WebGL that is well over poll's default 1 s.
    const cameraWait = { timeout: 15_000 };
    await expect.poll(() => query(page), cameraWait).toMatch(/event=.+&map=/);
    const before = query(page);
    await drag(page, -120, 60);
    await expect.poll(() => query(page), cameraWait).not.toBe(before);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(baseUrl).origin,
    });
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Link copied' }).count()).toBe(1);
    const link = await page.evaluate(() => navigator.clipboard.readText());
    // The copy is of the live view; the address bar catches up within its throttle.
    await expect.poll(() => page.url()).toBe(link);
    expect(link).toMatch(
      /^http:\/\/[^/]+\/\?v=1&from=2023-10-18&to=2023-11-30&type=drone_attack&event=[a-z0-9-]+&map=/,
    );
    const heading = await panelHeading(page);
    const listed = await rows(page);
    expect(listed.length).toBeGreaterThan(0);
    const count = await page.getByTestId('event-count').textContent();
    const camera = cameraOf(page);

    const la = await open(new URL(link).pathname + new URL(link).search, {
      timezoneId: 'America/Los_Angeles',
    });
    expect(await la.page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe(
      'America/Los_Angeles',
    );
    await expect.poll(() => panelHeading(la.page)).toBe(heading);
    expect(await la.page.getByTestId('event-count').textContent()).toBe(count);
    expect(await rows(la.page)).toEqual(listed);
    // The page keeps the link as it came: the camera in its address is the copied one.
    await expect.poll(() => query(la.page)).toBe(new URL(link).search);
    const reopened = cameraOf(la.page);
    expect(Math.abs(reopened.zoom - camera.zoom)).toBeLessThan(0.01);
    expect(Math.abs(reopened.lat - camera.lat)).toBeLessThan(0.01);
    expect(Math.abs(reopened.lng - camera.lng)).toBeLessThan(0.01);
    expect(query(la.page)).toBe(new URL(link).search);
  });

  it('Back closes the panel and restores the camera; Forward reopens the panel', async () => {
    const { page } = await open('/', { reducedMotion: true });
    await drag(page, 150, -80);
    await expect.poll(() => query(page)).toMatch(/^\?v=1&map=/);
    const panned = cameraOf(page);
    await page.locator('[data-event-id]').first().click();
    await expect.poll(() => page.getByTestId('event-panel').isVisible()).toBe(true);
    // The map flies to the event, and the entry records where it went.
    await expect.poll(() => cameraOf(page).lng).not.toBe(panned.lng);
    const flown = query(page);

    await page.goBack();
    await expect.poll(() => page.getByTestId('event-panel').count()).toBe(0);
    expect(cameraOf(page)).toEqual(panned);
    // Prove the map itself jumped back: a keyboard zoom keeps the centre, and reports it.
    await page.getByTestId('map').locator('canvas').focus();
    await page.keyboard.press('Equal');
    await expect.poll(() => cameraOf(page).zoom).toBeGreaterThan(panned.zoom + 0.5);
    expect(Math.abs(cameraOf(page).lat - panned.lat)).toBeLessThan(0.05);
    expect(Math.abs(cameraOf(page).lng - panned.lng)).toBeLessThan(0.05);

    await page.goForward();
    await expect.poll(() => page.getByTestId('event-panel').isVisible()).toBe(true);
    expect(query(page)).toBe(flown);
  });

  it('on a phone, Back and Forward walk the switch between map and list', async () => {
    const { page } = await open('/?v=1&to=2023-11-30', { viewport: { width: 390, height: 844 } });
    const show = page.getByRole('group', { name: 'Show' });
    const list = page.getByRole('list', { name: 'Events in the current view' });
    const pressed = (name: string) => show.getByRole('button', { name }).getAttribute('aria-pressed');
    expect(await list.isVisible()).toBe(false);

    await show.getByRole('button', { name: 'List' }).click();
    await expect.poll(() => query(page)).toBe('?v=1&to=2023-11-30&view=list');
    await expect.poll(() => list.isVisible()).toBe(true);
    expect(await page.getByTestId('map').isVisible()).toBe(false);

    await page.goBack();
    await expect.poll(() => query(page)).toBe('?v=1&to=2023-11-30');
    await expect.poll(() => pressed('Map')).toBe('true');
    await expect.poll(() => page.getByTestId('map').isVisible()).toBe(true);
    expect(await list.isVisible()).toBe(false);

    await page.goForward();
    await expect.poll(() => query(page)).toBe('?v=1&to=2023-11-30&view=list');
    await expect.poll(() => pressed('List')).toBe('true');
    await expect.poll(() => list.isVisible()).toBe(true);
  });

  // D7: a reload within 300 ms of typing lost the typing: the address had not caught up, and
  // a reload reloads the address it had when it was pressed, whatever the page writes then.
  it('a search typed just before a reload is still there after it', async () => {
    const { page } = await open('/');
    await page.getByLabel('Search events').fill('tower');
    await page.reload();
    await page.getByTestId('event-count').waitFor();
    expect(await page.getByLabel('Search events').inputValue()).toBe('tower');
    await expect.poll(() => query(page)).toBe('?v=1&q=tower');
  });

  it('a hostile link leaves no trace and opens a default-ish view with a notice', async () => {
    const hostile = [
      'v=1',
      'q=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
      'event=javascript:alert(1)',
      'place=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
      'from=NaN',
      'to=1e309',
      'map=NaN/Infinity/1e309',
      '__proto__[polluted]=1',
      'constructor[prototype][polluted]=1',
      '__proto__=polluted',
      'type=%3Csvg%20onload%3Dalert(1)%3E',
      'site=https://evil.example/x.json',
      `claimant=${'9'.repeat(400)}`,
      '%E0%A4%A=%',
    ].join('&');
    const { page, dialogs, externalRequests, pageErrors } = await open(`/?${hostile}`);
    await expect.poll(() => page.getByText(/could not be read and were reset/).isVisible()).toBe(true);
    expect(await page.getByLabel('Search events').inputValue()).toBe('<script>alert(1)</script>');
    const trace = await page.evaluate(() => ({
      polluted: ({} as Record<string, unknown>).polluted,
      protoPolluted: Object.hasOwn(Object.prototype, 'polluted'),
      inlineScripts: document.querySelectorAll('script:not([src])').length,
      handlers: document.querySelectorAll('[onerror], [onload]').length,
      injected: document.querySelectorAll('body img[src="x"], body svg[onload]').length,
    }));
    expect(trace).toEqual({
      polluted: undefined,
      protoPolluted: false,
      inlineScripts: 0,
      handlers: 0,
      injected: 0,
    });
    // open() waited for the map to draw and go idle: every task the page queued on load has run.
    expect(dialogs).toEqual([]);
    expect(externalRequests).toEqual([]);
    expect(pageErrors).toEqual([]);
    // The canonical link keeps only what could be used: the search text (the claimant is not in the data).
    expect(query(page)).toBe('?v=1&q=%3Cscript%3Ealert(1)%3C%2Fscript%3E');
  });
});
