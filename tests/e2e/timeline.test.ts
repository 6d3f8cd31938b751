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
    // The speed is not part of the link: choosing it writes nothing, now or later.
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
    const start = page.getByRole('slider', { name: 'Window start' });
    const end = page.getByRole('slider', { name: 'Window end' });
    const day = async (slider: typeof start, attribute = 'aria-valuenow') =>
      Number(await slider.getAttribute(attribute));
    const [first, last] = [await day(start, 'aria-valuemin'), await day(end, 'aria-valuemax')];
    // Narrow the window to the first day alone, then tap the chart four fifths of the way along.
    await end.focus();
    await page.keyboard.press('Home');
    await expect.poll(() => day(end)).toBe(first);
    await page.mouse.click(box.x + box.width * 0.8, box.y + box.height / 2);
    // The window is now the one day under the finger: far from the first day, near 80%.
    await expect.poll(() => day(start)).toBeGreaterThan(first);
    expect(await day(end)).toBe(await day(start));
    expect(Math.abs((await day(start)) - (first + (last - first) * 0.8))).toBeLessThanOrEqual(
      (last - first) * 0.05,
    );
    expect(await start.getAttribute('aria-valuetext')).toMatch(/^\w+day \d+ \w+ 20\d\d$/);
  });
});
