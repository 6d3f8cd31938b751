/**
 * The phone layout at 390×844: no horizontal scrolling, one pane at a time chosen by the
 * Map/List toggle, the panel and the timeline as bottom sheets, touch targets of 44px.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { type OpenedApp, openApp, waitForMap } from './support/browser';

const PHONE = { width: 390, height: 844 };
let opened: OpenedApp[] = [];
afterEach(async () => {
  await Promise.all(opened.map((o) => o.close()));
  opened = [];
});

const scrollWidth = (page: Page) => page.evaluate(() => document.scrollingElement?.scrollWidth ?? 0);

/** Visible controls of the explore UI smaller than 44px in both directions. */
function smallTargets(page: Page, scope: string) {
  return page.evaluate((selector) => {
    const controls = document.querySelectorAll<HTMLElement>(
      `${selector} :is(button, summary, input[type="search"], .facet-options label)`,
    );
    return [...controls]
      .map((el) => ({ el, box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0 && box.height > 0 && (box.height < 43.5 || box.width < 43.5))
      .map(
        ({ el, box }) => `${el.tagName} "${el.textContent?.trim().slice(0, 30)}" ${box.width}×${box.height}`,
      );
  }, scope);
}

describe('phone layout', () => {
  it('shows one pane at a time, sheets at the bottom, and never scrolls sideways', async () => {
    const app = await openApp('/', { viewport: PHONE });
    opened.push(app);
    const { page } = app;
    await waitForMap(page);
    mkdirSync('test-results', { recursive: true });
    await page.screenshot({ path: 'test-results/phone-map.png' });
    expect(await scrollWidth(page)).toBeLessThanOrEqual(PHONE.width);
    expect(await page.locator('.sidebar').isVisible()).toBe(false);
    const timeline = await page.locator('footer.timeline').boundingBox();
    expect(timeline && Math.round(timeline.y + timeline.height)).toBeGreaterThanOrEqual(PHONE.height - 1);
    // The timeline's controls start folded so the map keeps most of the screen; one tap opens them.
    const play = page.getByRole('button', { name: 'Play', exact: true });
    expect(await play.isVisible()).toBe(false);
    expect(await page.getByRole('slider', { name: 'Time window' }).isVisible()).toBe(true);
    const toggle = page.getByRole('button', { name: 'Playback and dates' });
    await toggle.click();
    expect(await play.isVisible()).toBe(true);
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await smallTargets(page, 'footer.timeline')).toEqual([]);
    await toggle.click();
    expect(await play.isVisible()).toBe(false);
    const folded = await page.locator('footer.timeline').boundingBox();
    expect(folded?.height ?? PHONE.height).toBeLessThan(PHONE.height / 4);

    await page.getByRole('button', { name: 'List', exact: true }).click();
    expect(await page.getByRole('button', { name: 'List', exact: true }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    expect(await page.getByTestId('map').isVisible()).toBe(false);
    await page.getByText(/^Filters/).click();
    expect(await smallTargets(page, '.atlas-main')).toEqual([]);
    await page.getByText(/^Filters/).click();
    await page.locator('.event-row').first().click();
    const sheet = await page.locator('.detail-sheet').boundingBox();
    expect(sheet?.x).toBe(0);
    expect(sheet?.width).toBe(PHONE.width);
    expect(Math.round((sheet?.y ?? 0) + (sheet?.height ?? 0))).toBe(PHONE.height);
    expect(await smallTargets(page, '.detail-sheet')).toEqual([]);
    await page.screenshot({ path: 'test-results/phone-panel.png' });
    expect(await scrollWidth(page)).toBeLessThanOrEqual(PHONE.width);

    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Map', exact: true }).click();
    await waitForMap(page);
    // The rest of the page (header, legend, map controls) is held to the same size.
    expect(await smallTargets(page, '.atlas')).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  });
});
