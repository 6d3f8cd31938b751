/**
 * Bring your own data and take the view with you, in the built app in Chromium: a dropped CSV
 * replaces the data (count and map), a PNG export holds the map and the legend, print media
 * shows the map (a WebGL canvas prints blank without the 2D copy), and a `data=` link opens a
 * dataset hosted beside the app.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { BASEMAP_COLOURS } from '../../src/map/basemap-style';
import { TYPE_COLOURS } from '../../src/domain/symbols';
import { type OpenedApp, openApp, waitForMap } from './support/browser';
import { countColours, hex } from './support/pixels';
import { startStaticServer } from './support/static-server';

let opened: OpenedApp[] = [];
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  await Promise.all(opened.map((o) => o.close()));
  opened = [];
  for (const c of cleanups.splice(0)) await c();
});

async function open(path = '/', options?: Parameters<typeof openApp>[1]) {
  const app = await openApp(path, options);
  opened.push(app);
  return app;
}

/** 30 missile strikes at 30 places across Iraq and Syria: pink diamonds, one per place. */
function missileCsv(): string {
  const rows = ['date,latitude,longitude,type,title,source,location'];
  for (let i = 0; i < 30; i += 1) {
    const lat = (31 + (i % 6) * 0.9).toFixed(3);
    const lon = (38 + Math.floor(i / 6) * 1.4).toFixed(3);
    rows.push(
      `2024-02-${String(1 + (i % 20)).padStart(2, '0')},${lat},${lon},Missile strike,Strike ${i},https://example.org/${i},Place ${i}`,
    );
  }
  return `${rows.join('\n')}\n`;
}

async function dropFile(page: Page, name: string, text: string) {
  const dataTransfer = await page.evaluateHandle(
    ({ name, text }) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], name, { type: 'text/csv' }));
      return dt;
    },
    { name, text },
  );
  for (const type of ['dragenter', 'dragover', 'drop'])
    await page.dispatchEvent('main', type, { dataTransfer });
}

const pink = { missile: hex(TYPE_COLOURS.missile) };

describe('bring your own data', () => {
  it('a CSV dropped on the page replaces the data: the count and the map change, nothing is uploaded', async () => {
    const { page, externalRequests, pageErrors } = await open();
    const sent: string[] = [];
    page.on('request', (r) => {
      if (r.method() !== 'GET') sent.push(`${r.method()} ${r.url()}`);
    });
    await waitForMap(page);
    const before = await page.getByTestId('event-count').textContent();
    const map = page.getByTestId('map');
    const pinkBefore = (await countColours(page, map, pink, 20)).missile ?? 0;

    await dropFile(page, 'my-strikes.csv', missileCsv());
    const dialog = page.getByRole('dialog', { name: 'Open your own data' });
    await dialog.getByRole('button', { name: 'Load the file' }).click();
    await expect
      .poll(() => page.getByTestId('event-count').textContent(), { timeout: 30_000 })
      .toBe('30 of 30 events');
    expect(before).not.toBe('30 of 30 events');
    await expect.poll(() => page.getByTestId('data-name').textContent()).toBe('my-strikes.csv');
    await expect.poll(() => dialog.count()).toBe(0);
    await waitForMap(page);
    await expect
      .poll(async () => (await countColours(page, map, pink, 20)).missile ?? 0, { timeout: 20_000 })
      .toBeGreaterThan(pinkBefore + 150);
    expect(await page.title()).toContain('my-strikes.csv');
    mkdirSync('test-results', { recursive: true });
    await page.screenshot({ path: 'test-results/import-dropped.png' });

    // The way back.
    await page.getByTestId('back-to-built-in').click();
    await expect.poll(() => page.getByTestId('event-count').textContent()).toBe(before);
    expect(sent).toEqual([]);
    expect(externalRequests).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('a data= link opens a dataset hosted beside the app', async () => {
    const copy = mkdtempSync(join(tmpdir(), 'atlas-data-'));
    cpSync('dist', copy, { recursive: true });
    mkdirSync(join(copy, 'datasets'));
    writeFileSync(join(copy, 'datasets', 'strikes.csv'), missileCsv());
    const server = await startStaticServer(copy);
    cleanups.push(
      () => server.close(),
      () => rmSync(copy, { recursive: true, force: true }),
    );
    const { page, pageErrors } = await open('/?v=1&data=datasets/strikes.csv&type=missile', {
      baseUrl: server.url,
    });
    await expect
      .poll(() => page.getByTestId('event-count').textContent(), { timeout: 30_000 })
      .toBe('30 of 30 events');
    await expect.poll(() => page.getByTestId('data-name').textContent()).toBe('strikes.csv');
    // The link's filter was read against the linked data, not dropped as unknown.
    expect(page.url()).toContain('data=datasets/strikes.csv');
    expect(page.url()).toContain('type=missile');
    await waitForMap(page);
    expect((await countColours(page, page.getByTestId('map'), pink, 20)).missile).toBeGreaterThan(150);
    expect(pageErrors).toEqual([]);
  });
});

describe('take the view with you', () => {
  it('exports a PNG holding the map, its legend and the timeline', async () => {
    const { page } = await open();
    await waitForMap(page);
    await page.getByRole('button', { name: 'Export and cite' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export and cite this view' });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Download PNG' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      /^incident-atlas-\d{4}-\d{2}-\d{2}-to-\d{4}-\d{2}-\d{2}\.png$/,
    );
    const png = readFileSync((await download.path()) as string).toString('base64');
    mkdirSync('test-results', { recursive: true });
    writeFileSync('test-results/export.png', Buffer.from(png, 'base64'));
    const colours = {
      sea: hex(BASEMAP_COLOURS.sea),
      land: hex(BASEMAP_COLOURS.focusLand),
      ...Object.fromEntries(Object.entries(TYPE_COLOURS).map(([t, c]) => [t, hex(c)])),
    };
    const result = await page.evaluate(
      async ({ png, colours }) => {
        const image = new Image();
        image.src = `data:image/png;base64,${png}`;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = image.width;
        canvas.height = image.height;
        const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
        ctx.drawImage(image, 0, 0);
        const count = (y0: number, y1: number, x1 = image.width) => {
          const { data } = ctx.getImageData(0, y0, x1, y1 - y0);
          const out: Record<string, number> = {};
          for (const name of Object.keys(colours)) out[name] = 0;
          for (let i = 0; i < data.length; i += 4) {
            for (const [name, [r, g, b]] of Object.entries(colours)) {
              if (
                Math.abs((data[i] ?? 0) - r) +
                  Math.abs((data[i + 1] ?? 0) - g) +
                  Math.abs((data[i + 2] ?? 0) - b) <=
                12
              )
                out[name] = (out[name] ?? 0) + 1;
            }
          }
          return out;
        };
        const mapCanvas = document.querySelector('.maplibregl-canvas') as HTMLCanvasElement;
        return {
          width: image.width,
          height: image.height,
          mapWidth: mapCanvas.width,
          mapHeight: mapCanvas.height,
          all: count(0, image.height),
          // The legend sits in the map's lower-left corner; the histogram below the map.
          bottom: count(Math.round(image.height * 0.82), image.height),
        };
      },
      { png, colours },
    );
    const area = result.width * result.height;
    expect(result.width).toBe(result.mapWidth);
    expect(result.height).toBeGreaterThan(result.mapHeight + 100);
    expect(result.all.sea).toBeGreaterThan(area * 0.03);
    expect(result.all.land).toBeGreaterThan(area * 0.03);
    // Every type in the legend is a coloured disc, and the histogram bars are type-coloured too.
    for (const t of ['drone_attack', 'rocket_attack', 'us_airstrike'])
      expect(result.all[t]).toBeGreaterThan(60);
    const barPixels = Object.keys(TYPE_COLOURS).reduce((n, t) => n + (result.bottom[t] ?? 0), 0);
    expect(barPixels).toBeGreaterThan(200);
  });

  it('prints the map: print media shows a drawn map and the timeline, not a blank canvas', async () => {
    const { page } = await open();
    await waitForMap(page);
    await page.emulateMedia({ media: 'print' });
    await page.waitForSelector('.map-print canvas', { state: 'attached', timeout: 10_000 });
    // What prints is the 2D copy (a WebGL canvas prints blank); it holds the drawn map.
    const copy = await page.evaluate(
      ({ sea, land }) => {
        const canvas = document.querySelector('.map-print canvas') as HTMLCanvasElement;
        const { data } = (canvas.getContext('2d') as CanvasRenderingContext2D).getImageData(
          0,
          0,
          canvas.width,
          canvas.height,
        );
        const near = (i: number, [r, g, b]: number[]) =>
          Math.abs((data[i] ?? 0) - (r ?? 0)) +
            Math.abs((data[i + 1] ?? 0) - (g ?? 0)) +
            Math.abs((data[i + 2] ?? 0) - (b ?? 0)) <=
          12;
        let seaPixels = 0;
        let landPixels = 0;
        for (let i = 0; i < data.length; i += 4) {
          if (near(i, sea)) seaPixels += 1;
          if (near(i, land)) landPixels += 1;
        }
        const live = document.querySelector('.maplibregl-canvas') as HTMLElement;
        return {
          share: {
            sea: seaPixels / (canvas.width * canvas.height),
            land: landPixels / (canvas.width * canvas.height),
          },
          liveHidden: getComputedStyle(live).visibility === 'hidden',
        };
      },
      { sea: hex(BASEMAP_COLOURS.sea), land: hex(BASEMAP_COLOURS.focusLand) },
    );
    expect(copy.share.sea).toBeGreaterThan(0.05);
    expect(copy.share.land).toBeGreaterThan(0.05);
    expect(copy.liveHidden).toBe(true);
    // And the page as it prints: the map area shows it, the timeline has its bars, no controls.
    const pane = page.locator('.map-pane');
    const box = await pane.boundingBox();
    const area = (box?.width ?? 0) * (box?.height ?? 0);
    const colours = await countColours(page, pane, {
      sea: hex(BASEMAP_COLOURS.sea),
      land: hex(BASEMAP_COLOURS.focusLand),
    });
    mkdirSync('test-results', { recursive: true });
    await page.screenshot({ path: 'test-results/print-media.png', fullPage: true });
    expect(colours.sea).toBeGreaterThan(area * 0.05);
    expect(colours.land).toBeGreaterThan(area * 0.05);
    const bars = await countColours(
      page,
      page.locator('.tl-histogram'),
      Object.fromEntries(Object.entries(TYPE_COLOURS).map(([t, c]) => [t, hex(c)])),
    );
    expect(Object.values(bars).reduce((a, b) => a + b, 0)).toBeGreaterThan(50);
    expect(await page.locator('.print-cite').textContent()).toContain('Cite as: Incident Atlas.');
    expect(await page.getByRole('button', { name: 'Copy link' }).isVisible()).toBe(false);
    // Back on screen, the copy goes and the live map shows again.
    await page.emulateMedia({ media: 'screen' });
    await page.waitForSelector('.map-print canvas', { state: 'detached', timeout: 10_000 });
  });
});
