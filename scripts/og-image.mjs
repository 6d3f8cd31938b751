#!/usr/bin/env node
// The link-preview image (public/og-image.png, 1200x630): the built app's first view, taken in
// headless Chromium with software WebGL. Run after `npm run build`; commit the result.
import { execFileSync } from 'node:child_process';
import { chromium } from 'playwright-core';
import { serve } from './bench/import-bench.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium-flags.mjs';

execFileSync(process.execPath, ['scripts/build-basemap.mjs', 'dist'], { stdio: 'ignore' });
const server = await serve('dist');
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  headless: true,
  args: [...CHROMIUM_ARGS],
});
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
  await page.goto(`${server.url}?v=1&map=4.9/34.2/41.6`);
  await page.waitForSelector('[data-testid="map"][data-idle="true"]', { timeout: 60_000 });
  await page.screenshot({ path: 'public/og-image.png' });
  console.log('wrote public/og-image.png');
} finally {
  await browser.close();
  await server.close();
}
