/**
 * The Content-Security-Policy holds for a whole session with zero violations, and the app is
 * served with the headers of scripts/security-headers.mjs: by the e2e server, by
 * `npm run preview` (vite preview) and in the `_headers` file a static host reads.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { preview } from 'vite';
import { CSP, netlifyHeaders, SECURITY_HEADERS } from '../../scripts/security-headers.mjs';
import { type OpenedApp, openApp, waitForMap } from './support/browser';

let opened: OpenedApp[] = [];
afterEach(async () => {
  await Promise.all(opened.map((o) => o.close()));
  opened = [];
});

const lower = (headers: Record<string, string>) =>
  Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));

// The session visits four documents and waits for the service worker: a deliberate limit for
// a loaded two-core machine.
describe('Content-Security-Policy', { timeout: 150_000 }, () => {
  it('a full session raises no violation: load, scrub, filter, search, select, panels, back and forward', async () => {
    const app = await openApp('/', { serviceWorkers: 'allow' });
    opened.push(app);
    const { page, cspViolations } = app;
    const documents: Record<string, string>[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'document') documents.push(response.headers());
    });
    await page.reload();
    await waitForMap(page, 60_000);

    const end = page.getByRole('slider', { name: 'Window end' });
    await end.focus();
    for (let i = 0; i < 5; i += 1) await page.keyboard.press('ArrowLeft');
    await page.getByRole('slider', { name: 'Time window' }).focus();
    await page.keyboard.press('PageDown');
    await page.getByText(/^Filters/).click();
    await page.getByRole('checkbox', { name: /^Drone attack/ }).check();
    await page.getByRole('searchbox', { name: 'Search events' }).fill('tanf');
    await page.getByRole('button', { name: 'Reset all filters and the search' }).click();
    await page.locator('.event-row').nth(1).click();
    await page.getByTestId('event-panel').waitFor();
    await page.getByText('Legend').click();
    await page.getByRole('button', { name: 'Copy link' }).click();
    await page.goBack();
    await page.goForward();
    await page.getByTestId('event-panel').waitFor();
    await page.getByRole('button', { name: 'Close event details' }).click();
    await page.goto(new URL('/?v=1&place=al-tanf', app.baseUrl).href);
    await page.getByTestId('site-panel').waitFor();
    await page.goBack();
    await page.getByTestId('event-count').waitFor();
    // A reload through the service worker, which by now controls the page.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 60_000 });
    await page.reload();
    await waitForMap(page, 60_000);

    console.info('CSP violations in a full session', cspViolations.length, cspViolations);
    expect(cspViolations).toEqual([]);
    expect(app.pageErrors).toEqual([]);
    expect(documents.length).toBeGreaterThanOrEqual(3);
    for (const headers of documents) {
      expect(headers['content-security-policy']).toBe(CSP);
      expect(headers['permissions-policy']).toBe(SECURITY_HEADERS['Permissions-Policy']);
    }
  });

  it('the page refuses to be framed by another site', async () => {
    // A context on the app's origin, without loading the app itself.
    const app = await openApp('/manifest.webmanifest');
    opened.push(app);
    const { page } = app;
    const target = new URL('/?v=1', app.baseUrl).href;
    // Another site on this machine (another origin, no policy of its own) frames the app.
    const framer = createServer((_, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(`<!doctype html><title>framer</title><iframe src="${target}"></iframe>`);
    });
    await new Promise<void>((done) => framer.listen(0, '127.0.0.1', done));
    try {
      const other = `http://127.0.0.1:${(framer.address() as AddressInfo).port}/`;
      await page.context().route(`${other}**`, (route) => route.continue());
      await page.goto(other);
      await page.waitForFunction(() => document.querySelector('iframe') !== null);
      await expect.poll(() => page.frames().length).toBe(2);
      const child = page.frames()[1];
      await child?.waitForLoadState();
      // Blocked, the frame holds Chromium's error page instead of the app.
      expect(child?.url()).toBe('chrome-error://chromewebdata/');
      expect(await page.locator('iframe').contentFrame().locator('#root').count()).toBe(0);
    } finally {
      await new Promise((done) => framer.close(done));
    }
  });
});

describe('served headers', () => {
  it('npm run preview (vite preview) sends the policy and the other security headers', async () => {
    const server = await preview({
      logLevel: 'silent',
      preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
    });
    try {
      const base = server.resolvedUrls?.local[0] ?? '';
      expect(base).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      for (const path of ['/', '/?v=1&event=x', '/data/events.geojson', '/sw.js', '/assets/']) {
        const response = await fetch(new URL(path, base));
        const headers = Object.fromEntries(response.headers);
        expect(headers, path).toMatchObject(lower(SECURITY_HEADERS));
      }
    } finally {
      await server.close();
    }
  });

  it('the build carries a _headers file for Netlify and Cloudflare Pages', () => {
    expect(readFileSync('dist/_headers', 'utf8')).toBe(netlifyHeaders());
  });
});
