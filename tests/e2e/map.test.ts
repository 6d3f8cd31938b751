/**
 * The map with the real data in Chromium: the first view fits and nothing overprints, a click
 * on any place opens that place (or a chooser that lists it), the rivers draw, and what the
 * reader picks stays in sight, ringed, with the panel open, on a desktop and a phone.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { BASEMAP_COLOURS } from '../../src/map/basemap-style';
import { RING_COLOURS } from '../../src/map/layers';
import { TYPE_COLOURS } from '../../src/domain/symbols';
import { type OpenedApp, type OpenOptions, openApp, waitForMap } from './support/browser';
import {
  type Box,
  boxOf,
  mapIdle,
  marksOnPage,
  overlapping,
  projectAllOnPage,
  projectOnPage,
  type ScreenMark,
} from './support/map-window';
import { countInRing, hex, type Pixels, pagePixels } from './support/pixels';

interface Feature {
  id: string;
  geometry: { coordinates: [number, number] } | null;
  properties: Record<string, unknown>;
}
const read = (file: string) => (JSON.parse(readFileSync(file, 'utf8')) as { features: Feature[] }).features;
const SITES = read('public/data/sites.geojson');
const EVENTS = read('public/data/events.geojson');
const eventsAt = (siteId: string) => EVENTS.filter((e) => e.properties.siteId === siteId);
/** Located places with at least one event: what the map can draw. */
const PLACES = SITES.filter((s) => s.geometry && eventsAt(s.id).length > 0);

const VIEWPORTS = {
  desktop: { width: 1280, height: 800 },
  wide: { width: 1920, height: 1080 },
  phone: { width: 390, height: 844 },
};

let opened: OpenedApp[] = [];
afterEach(async () => {
  await Promise.all(opened.map((o) => o.close()));
  opened = [];
});

async function open(path = '/', options: OpenOptions = {}) {
  const app = await openApp(path, { reducedMotion: true, ...options });
  opened.push(app);
  await waitForMap(app.page, 60_000);
  return app;
}

const TYPE_RGB = Object.values(TYPE_COLOURS).map(hex);

/** Pixels near a type colour inside the mark's disc: proof the mark is drawn where the map says. */
function drawnColours(pixels: Pixels, map: Box, mark: ScreenMark) {
  const [x, y] = [mark.x - map.x, mark.y - map.y];
  return TYPE_RGB.reduce((sum, rgb) => sum + countInRing(pixels, x, y, 0, mark.r * 0.95, rgb, 24), 0);
}

describe('the first view', () => {
  it('fits the data and nothing overprints: desktop, wide desktop and phone', async () => {
    for (const [name, viewport] of Object.entries(VIEWPORTS)) {
      const phone = viewport.width < 700;
      const { page, pageErrors } = await open('/', { viewport, touch: phone });
      const map = await boxOf(page, '[data-testid="map"]');
      if (!map) throw new Error('no map');
      const marks = await marksOnPage(page);
      const overlaps = overlapping(marks, 2);
      console.info(
        `${name} ${viewport.width}x${viewport.height}: ${marks.length} marks, ${overlaps.length} overlaps`,
      );
      expect(overlaps).toEqual([]);
      expect(marks.reduce((sum, m) => sum + m.mark.n, 0)).toBe(
        EVENTS.filter((e) => SITES.find((s) => s.id === e.properties.siteId)?.geometry).length,
      );
      // Every mark in the map, clear of the zoom buttons, and drawn in type colours where it says.
      const controls = await boxOf(page, '.maplibregl-ctrl-top-right');
      const pixels = await pagePixels(page, map);
      for (const m of marks) {
        expect(m.x - m.r).toBeGreaterThanOrEqual(map.x);
        expect(m.x + m.r).toBeLessThanOrEqual(map.x + map.width);
        expect(m.y - m.r).toBeGreaterThanOrEqual(map.y);
        expect(m.y + m.r).toBeLessThanOrEqual(map.y + map.height);
        if (controls) {
          const under =
            m.x + m.r > controls.x && m.y - m.r < controls.y + controls.height && m.y + m.r > controls.y;
          expect(under).toBe(false);
        }
        expect(drawnColours(pixels, map, m)).toBeGreaterThan(8);
      }
      expect(pageErrors).toEqual([]);
      await Promise.all(opened.map((o) => o.close()));
      opened = [];
    }
  }, 300_000);

  it('draws the Euphrates: river-blue pixels along its line', async () => {
    const { page } = await open('/', { viewport: VIEWPORTS.desktop });
    const rivers = JSON.parse(readFileSync('dist/basemap/rivers.geojson', 'utf8')) as {
      features: { properties: { name: string | null }; geometry: { coordinates: [number, number][][] } }[];
    };
    const euphrates = rivers.features
      .filter((f) => f.properties.name === 'Euphrates')
      .flatMap((f) => f.geometry.coordinates.flat());
    const map = await boxOf(page, '[data-testid="map"]');
    if (!map) throw new Error('no map');
    const marks = await marksOnPage(page);
    const pixels = await pagePixels(page, map);
    const river = hex(BASEMAP_COLOURS.river);
    let seen = 0;
    let found = 0;
    for (const p of await projectAllOnPage(page, euphrates)) {
      const x = p.x - map.x;
      const y = p.y - map.y;
      if (x < 4 || y < 4 || x > map.width - 4 || y > map.height - 4) continue;
      // Marks and labels may cover the river; judge the stretches in the open.
      if (marks.some((m) => Math.hypot(m.x - p.x, m.y - p.y) < m.r + 6)) continue;
      seen += 1;
      if (countInRing(pixels, x, y, 0, 2.5, river, 60) > 0) found += 1;
    }
    console.info(`Euphrates: river colour at ${found} of ${seen} points in view`);
    expect(seen).toBeGreaterThan(20);
    expect(found / seen).toBeGreaterThan(0.6);
  });
});

/** What opened after a click: a chooser's places, a site panel's or an event panel's heading. */
async function outcome(page: Page) {
  return page.evaluate(() => {
    const chooser = document.querySelector('[data-testid="map-chooser"]');
    if (chooser)
      return {
        kind: 'chooser',
        text: [...chooser.querySelectorAll('.chooser-place .chooser-name')].map((e) => e.textContent ?? ''),
      };
    const site = document.querySelector('[data-testid="site-panel"] h2');
    if (site) return { kind: 'site', text: [site.textContent ?? ''] };
    const event = document.querySelector('[data-testid="event-panel"]');
    if (event) return { kind: 'event', text: [event.textContent ?? ''] };
    return null;
  });
}

async function zoom(page: Page) {
  return page.evaluate(
    () =>
      (
        document.querySelector('[data-testid="map"]') as HTMLElement & {
          atlas: { camera(): { zoom: number } };
        }
      ).atlas.camera().zoom,
  );
}

describe('a click never opens the wrong place', () => {
  it('opens every located place, or a chooser that lists it, from its projected point', async () => {
    const { page } = await open('/', { viewport: VIEWPORTS.desktop });
    const results: string[] = [];
    for (const site of PLACES) {
      const name = String(site.properties.name);
      const [lng, lat] = site.geometry?.coordinates ?? [0, 0];
      await page.locator('.atlas-reset-button').click();
      await mapIdle(page);
      let opened: Awaited<ReturnType<typeof outcome>> = null;
      for (let attempt = 0; attempt < 5 && !opened; attempt += 1) {
        const before = await zoom(page);
        const p = await projectOnPage(page, lng, lat);
        await page.mouse.click(p.x, p.y);
        await page.waitForFunction(
          (z) =>
            document.querySelector(
              '[data-testid="map-chooser"], [data-testid="site-panel"], [data-testid="event-panel"]',
            ) ||
            (
              document.querySelector('[data-testid="map"]') as HTMLElement & {
                atlas: { camera(): { zoom: number } };
              }
            ).atlas.camera().zoom > z,
          before,
          { timeout: 10_000 },
        );
        await mapIdle(page);
        opened = await outcome(page);
      }
      if (!opened) throw new Error(`${name}: nothing opened`);
      // The chooser lists the place; a panel is the place's, or one of its events'.
      const right =
        opened.kind === 'chooser'
          ? opened.text.includes(name)
          : opened.kind === 'site'
            ? opened.text[0] === name
            : eventsAt(site.id).length === 1 && (opened.text[0] ?? '').includes(name);
      results.push(`${right ? 'ok' : 'WRONG'} ${name}: ${opened.kind}`);
      expect(right, `${name}: ${opened.kind} ${opened.text.join(' | ').slice(0, 200)}`).toBe(true);
      await page.keyboard.press('Escape');
      const close = page.getByRole('button', { name: /^Close/ });
      if (await close.first().isVisible()) await close.first().click();
    }
    console.info(
      `click test: ${results.filter((r) => r.startsWith('ok')).length} of ${PLACES.length} places\n${results.join('\n')}`,
    );
  }, 300_000);
});

/** Pixels of the selection ring's colour around a page point. */
async function ringPixels(page: Page, at: { x: number; y: number }) {
  const clip = { x: at.x - 40, y: at.y - 40, width: 80, height: 80 };
  // Tight: the marks' own outlines are a near-black too.
  return countInRing(await pagePixels(page, clip), 40, 40, 8, 40, hex(RING_COLOURS.selected), 6);
}

/** The event whose US/coalition toll was highest (Tower 22 in the 2024 data), and its place. */
const PICK = EVENTS.filter((e) => SITES.find((s) => s.id === e.properties.siteId)?.geometry).sort(
  (a, b) => Number(b.properties.usKilled ?? 0) - Number(a.properties.usKilled ?? 0),
)[0] as Feature;
const PICK_AT = SITES.find((s) => s.id === PICK.properties.siteId)?.geometry?.coordinates as [number, number];

describe('what you picked stays in sight', () => {
  it('desktop: a row picked in the list is ringed on the map, beside the panel', async () => {
    const { page } = await open('/', { viewport: VIEWPORTS.desktop });
    const before = await projectOnPage(page, ...PICK_AT);
    expect(await ringPixels(page, before)).toBe(0);
    await page
      .getByRole('searchbox', { name: 'Search events' })
      .fill(String(PICK.properties.summary).slice(0, 40));
    await page.locator(`.event-row[data-event-id="${PICK.id}"]`).click();
    await page.getByTestId('event-panel').waitFor();
    await mapIdle(page);
    const at = await projectOnPage(page, ...PICK_AT);
    const map = await boxOf(page, '[data-testid="map"]');
    const panel = await boxOf(page, '.detail-sheet');
    if (!map || !panel) throw new Error('no map or panel');
    expect(at.x).toBeGreaterThan(map.x + 20);
    expect(at.x).toBeLessThan(panel.x - 20);
    expect(at.y).toBeGreaterThan(map.y + 20);
    expect(at.y).toBeLessThan(map.y + map.height - 20);
    expect(await ringPixels(page, at)).toBeGreaterThan(40);
  });

  it('phone: a linked event sits above the half-height sheet, ringed; "Show on map" folds the sheet', async () => {
    const { page } = await open(`/?v=1&event=${PICK.id}`, { viewport: VIEWPORTS.phone, touch: true });
    await page.getByTestId('event-panel').waitFor();
    await mapIdle(page);
    const sheet = await boxOf(page, '.panel-slot');
    const map = await boxOf(page, '[data-testid="map"]');
    if (!sheet || !map) throw new Error('no sheet or map');
    expect(sheet.height).toBeLessThanOrEqual(VIEWPORTS.phone.height / 2 + 1);
    const at = await projectOnPage(page, ...PICK_AT);
    expect(at.y).toBeGreaterThan(map.y + 10);
    expect(at.y).toBeLessThan(sheet.y - 10);
    expect(at.x).toBeGreaterThan(10);
    expect(at.x).toBeLessThan(VIEWPORTS.phone.width - 10);
    expect(await ringPixels(page, at)).toBeGreaterThan(40);
    await page.getByRole('button', { name: 'Show on map' }).click();
    const folded = await boxOf(page, '.panel-slot');
    expect(folded?.height ?? 999).toBeLessThan(70);
    await page.getByRole('button', { name: 'Show details' }).click();
    await page.getByTestId('event-panel').waitFor();
  });

  it('an event picked on the map scrolls the list to its row', async () => {
    const { page } = await open('/', { viewport: VIEWPORTS.desktop });
    // The map's last event in time is far down the list, out of its first screen.
    const marks = await marksOnPage(page);
    const solo = marks.filter((m) => m.mark.event >= 0).sort((a, b) => b.mark.event - a.mark.event)[0];
    const target = solo ?? marks.find((m) => m.mark.at >= 0 && m.mark.n >= 2);
    if (!target) throw new Error('no mark to pick');
    await page.mouse.click(target.x, target.y);
    if (!solo) await page.getByTestId('map-chooser').locator('.chooser-item').last().click();
    const panel = page.getByTestId('event-panel');
    await panel.waitFor();
    const id = await page.evaluate(() => new URL(location.href).searchParams.get('event'));
    const row = page.locator(`.event-row[data-event-id="${id}"]`);
    await row.waitFor();
    const list = await boxOf(page, '[data-testid="event-list-scroll"]');
    const box = await row.boundingBox();
    if (!list || !box) throw new Error('no list or row');
    expect(box.y).toBeGreaterThanOrEqual(list.y - 1);
    expect(box.y + box.height).toBeLessThanOrEqual(list.y + list.height + 1);
    expect(await row.getAttribute('aria-current')).toBe('true');
  });
});

describe('the map as a picture', () => {
  it('the snapshot behind the PNG export and the printout holds every mark the WebGL layer draws', async () => {
    const { page } = await open('/', { viewport: VIEWPORTS.desktop });
    const marks = await marksOnPage(page);
    const map = await boxOf(page, '[data-testid="map"]');
    if (!map) throw new Error('no map');
    // MapController.snapshot(): the picture the PNG export and the printout both use.
    const inside = await page.evaluate(
      ({ marks, map, colours }) => {
        const canvas = (
          document.querySelector('[data-testid="map"]') as HTMLElement & {
            atlas: { snapshot(): HTMLCanvasElement };
          }
        ).atlas.snapshot();
        const scale = canvas.width / map.width;
        const { data } = (canvas.getContext('2d') as CanvasRenderingContext2D).getImageData(
          0,
          0,
          canvas.width,
          canvas.height,
        );
        return marks.map((m) => {
          const cx = (m.x - map.x) * scale;
          const cy = (m.y - map.y) * scale;
          const r = m.r * 0.95 * scale;
          let n = 0;
          for (let y = Math.floor(cy - r); y <= cy + r; y += 1)
            for (let x = Math.floor(cx - r); x <= cx + r; x += 1) {
              if (x < 0 || y < 0 || x >= canvas.width || y >= canvas.height) continue;
              if (Math.hypot(x + 0.5 - cx, y + 0.5 - cy) > r) continue;
              const i = (y * canvas.width + x) * 4;
              if (
                colours.some(
                  ([cr, cg, cb]) =>
                    Math.abs((data[i] ?? 0) - cr) +
                      Math.abs((data[i + 1] ?? 0) - cg) +
                      Math.abs((data[i + 2] ?? 0) - cb) <=
                    24,
                )
              )
                n += 1;
            }
          return n;
        });
      },
      { marks, map, colours: TYPE_RGB },
    );
    console.info(`snapshot: type-colour pixels inside each of ${marks.length} marks: ${inside.join(', ')}`);
    expect(marks.length).toBeGreaterThan(3);
    for (const n of inside) expect(n).toBeGreaterThan(8);
    // The printout's copy (print media may re-fit the map, so count over the whole copy).
    await page.emulateMedia({ media: 'print' });
    await page.waitForSelector('.map-print canvas', { state: 'attached', timeout: 10_000 });
    const printed = await page.evaluate((colours) => {
      const canvas = document.querySelector('.map-print canvas') as HTMLCanvasElement;
      const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
      const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
      let n = 0;
      for (let i = 0; i < data.length; i += 4)
        if (
          colours.some(
            ([r, g, b]) =>
              Math.abs((data[i] ?? 0) - r) +
                Math.abs((data[i + 1] ?? 0) - g) +
                Math.abs((data[i + 2] ?? 0) - b) <=
              24,
          )
        )
          n += 1;
      return n;
    }, TYPE_RGB);
    const onScreen = inside.reduce((a, b) => a + b, 0);
    console.info(`print copy: ${printed} type-colour pixels (marks on screen: ${onScreen})`);
    expect(printed).toBeGreaterThan(onScreen * 0.5);
    await page.emulateMedia({ media: 'screen' });
  });
});
