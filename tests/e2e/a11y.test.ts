/**
 * An axe-core scan of the built app in each state a reader meets: the default view,
 * filtered and searched, an event open, a site open, and the phone layout with the list
 * and the panel. No violation of any impact is allowed; every result is printed.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { type OpenedApp, openApp, waitForMap } from './support/browser';

const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

interface AxeResult {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

let opened: OpenedApp[] = [];
afterEach(async () => {
  await Promise.all(opened.map((o) => o.close()));
  opened = [];
});

async function open(path: string, viewport = { width: 1280, height: 800 }) {
  const app = await openApp(path, { viewport });
  opened.push(app);
  if (viewport.width > 700) await waitForMap(app.page);
  else await app.page.getByTestId('event-count').waitFor();
  return app.page;
}

/** Runs axe on the page; evaluated through the debugger, so the page's CSP does not block it. */
async function scan(page: Page, state: string) {
  await page.evaluate(AXE);
  const { violations, passes, incomplete } = await page.evaluate(async () => {
    type Run = { violations: AxeResult[]; passes: unknown[]; incomplete: AxeResult[] };
    const axe = (window as unknown as { axe: { run(): Promise<Run> } }).axe;
    const result = await axe.run();
    const violations = result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target.slice(0, 1) })),
    }));
    return {
      violations,
      passes: result.passes.length,
      incomplete: result.incomplete.map((v) => `${v.id} (${v.nodes.length})`),
    };
  });
  const summary = violations.map((v) => `${v.impact} ${v.id} (${v.nodes.length}): ${v.help}`);
  console.info(`axe ${state}: ${passes} rules passed, ${violations.length} violated`, summary, {
    needsReview: incomplete,
  });
  // Every violation fails, whatever its impact: the app has none, and a minor one is still a
  // barrier to someone. (Findings axe cannot decide, such as contrast over the map, are printed.)
  expect(
    violations.map((v) => `${v.impact} ${v.id} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

describe('accessibility (axe-core)', () => {
  it('default view', async () => {
    await scan(await open('/'), 'default');
  });

  it('filtered and searched, filters open', async () => {
    const page = await open('/');
    await page.getByText(/^Filters/).click();
    await page.getByRole('checkbox', { name: /^Drone attack/ }).check();
    await page.getByRole('searchbox', { name: 'Search events' }).fill('asad');
    await scan(page, 'filtered');
  });

  it('an event open', async () => {
    const page = await open('/');
    await page.locator('.event-row').nth(2).click();
    await page.getByTestId('event-panel').waitFor();
    await scan(page, 'event open');
  });

  it('a site open, legend open', async () => {
    const page = await open('/?place=al-asad-airbase');
    await page.getByTestId('site-panel').waitFor();
    await page.getByText('Legend', { exact: true }).click();
    await scan(page, 'site open');
  });

  it('phone: list, then an event as a bottom sheet', async () => {
    const page = await open('/?view=list', { width: 390, height: 844 });
    await scan(page, 'phone list');
    await page.locator('.event-row').first().click();
    await page.getByTestId('event-panel').waitFor();
    await scan(page, 'phone event');
  });
});
