import { afterEach, describe, expect, it } from 'vitest';
import { type OpenedApp, openApp, waitForMap } from './support/browser';

let opened: OpenedApp[] = [];
afterEach(async () => {
  await Promise.all(opened.map((o) => o.close()));
  opened = [];
});

describe('timeline playback in Chromium', () => {
  it('plays a few days: the list changes, the URL waits for the pause, which is announced', async () => {
    const app = await openApp('/');
    opened.push(app);
    const { page } = app;
    await waitForMap(page);
    const count = page.getByTestId('event-count');
    const list = page.getByRole('list', { name: 'Events in the current view' });
    const status = page.getByTestId('playback-status');
    const start = page.getByRole('slider', { name: 'Window start' });
    await page.getByLabel('Speed').selectOption('2');
    // Let the throttled URL write of the speed change (a no-op) settle before watching the URL.
    await page.waitForTimeout(400);
    const urlBefore = page.url();
    const countBefore = await count.textContent();
    const firstBefore = await start.getAttribute('aria-valuenow');

    await page.getByRole('slider', { name: 'Time window' }).focus();
    await page.keyboard.press('Space');
    await expect.poll(() => page.getByRole('button', { name: 'Pause' }).isVisible()).toBe(true);
    // A week-wide window from the first day, then a day every half second.
    await expect.poll(() => count.textContent()).not.toBe(countBefore);
    const rowsPlaying = (await list.getByRole('button').allTextContents()).join('|');
    await expect
      .poll(async () => Number(await start.getAttribute('aria-valuenow')), { timeout: 10_000 })
      .toBeGreaterThanOrEqual(Number(firstBefore) + 2);
    expect(page.url()).toBe(urlBefore);
    expect(await status.textContent()).toBe('');
    // Two days on, the list has moved on as well.
    await expect
      .poll(async () => (await list.getByRole('button').allTextContents()).join('|'))
      .not.toBe(rowsPlaying);

    await page.keyboard.press('Space');
    await expect.poll(() => status.textContent()).toMatch(/^Paused at \w+day \d+ \w+ 20\d\d to \w+day/);
    await expect.poll(() => page.url()).not.toBe(urlBefore);
    const url = new URL(page.url());
    const from = url.searchParams.get('from');
    const to = url.searchParams.get('to');
    expect(from).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(to).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(await page.getByLabel('Start date').inputValue()).toBe(from);
    expect(app.pageErrors).toEqual([]);
  });

  it('on a phone the handles keep a 24px hit area and the bars stay clickable', async () => {
    const app = await openApp('/', { viewport: { width: 390, height: 800 }, reducedMotion: true });
    opened.push(app);
    const { page } = app;
    await waitForMap(page);
    for (const name of ['Window start', 'Window end']) {
      const box = await page.getByRole('slider', { name }).boundingBox();
      expect(box?.width ?? 0).toBeGreaterThanOrEqual(24);
      expect(box?.height ?? 0).toBeGreaterThanOrEqual(24);
    }
    const chart = page.locator('.tl-chart');
    const box = await chart.boundingBox();
    if (!box) throw new Error('no chart');
    // Narrow the window to its first week, then tap a bar well outside it.
    await page.getByRole('slider', { name: 'Window end' }).focus();
    await page.keyboard.press('Home');
    await page.mouse.click(box.x + box.width * 0.8, box.y + box.height / 2);
    const start = await page.getByRole('slider', { name: 'Window start' }).getAttribute('aria-valuenow');
    const end = await page.getByRole('slider', { name: 'Window end' }).getAttribute('aria-valuenow');
    expect(start).toBe(end);
    expect(await page.getByRole('slider', { name: 'Window start' }).getAttribute('aria-valuetext')).toMatch(
      /^\w+day \d+ \w+ 20\d\d$/,
    );
  });
});
