/**
 * The About / Data page in the built app, on desktop and phone, and the bundled Arabic font:
 * the page opens from its link with the real changelog, fits the screen, passes an axe scan,
 * and a place's Arabic name is drawn with the app's own font, fetched from our origin only.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { type OpenedApp, openApp } from './support/browser';

const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

let opened: OpenedApp[] = [];
afterEach(async () => {
  await Promise.all(opened.map((o) => o.close()));
  opened = [];
});

async function open(path: string, viewport: { width: number; height: number }) {
  const app = await openApp(path, { viewport });
  opened.push(app);
  return app;
}

async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    type Result = { violations: { id: string; impact: string | null }[] };
    const axe = (window as unknown as { axe: { run(context: string): Promise<Result> } }).axe;
    const result = await axe.run('[data-testid="about-page"]');
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => v.id);
  });
}

describe('the About / Data page', () => {
  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 390, height: 844 },
  ]) {
    it(`opens from its link at ${viewport.width}px with the dataset's changelog, and fits`, async () => {
      const app = await open('/?v=1&view=about', viewport);
      const about = app.page.getByTestId('about-page');
      await about.waitFor({ timeout: 30_000 });
      await about.getByRole('heading', { level: 4, name: /^2\.0\.0/ }).waitFor({ timeout: 30_000 });
      expect(await about.getByTestId('coverage-table').locator('tbody tr').count()).toBeGreaterThan(20);
      const fits = await app.page.evaluate(() => {
        const page = document.querySelector('[data-testid="about-page"]') as HTMLElement;
        return (
          page.scrollWidth <= page.clientWidth + 1 &&
          document.documentElement.scrollWidth <= window.innerWidth
        );
      });
      expect(fits).toBe(true);
      expect(await seriousViolations(app.page)).toEqual([]);
      expect(app.pageErrors).toEqual([]);
      expect(app.externalRequests).toEqual([]);
    });
  }
});

describe('Arabic place names', () => {
  it('are drawn with the bundled Arabic font, loaded from our own origin', async () => {
    const app = await open('/?place=al-tanf', { width: 1280, height: 800 });
    const name = app.page.locator('.name-ar bdi');
    await name.waitFor({ timeout: 30_000 });
    expect(await name.textContent()).toBe('قاعدة التنف');
    // The page starts the font's load when it first lays the name out, which can come after
    // fonts.ready has already settled on a loaded machine: wait for the font itself.
    await expect
      .poll(() => app.page.evaluate(() => document.fonts.check('16px "Noto Sans Arabic"', 'قاعدة')))
      .toBe(true);
    const fonts = await app.page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
    expect(fonts.some((u) => /\/assets\/noto-sans-arabic-arabic-400-normal-[\w-]+\.woff2$/.test(u))).toBe(
      true,
    );
    expect(app.externalRequests).toEqual([]);
  });
});
