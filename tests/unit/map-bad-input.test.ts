/**
 * Bad input still draws legibly and stays clickable: 500 events at one point, 10,000 places
 * in one small area, and a dataset with no located event at all.
 */
import { describe, expect, it, vi } from 'vitest';
import type { Dataset } from '../../src/data/model';
import { type MapCallbacks, MapController } from '../../src/map/map-controller';
import { FakeMap } from '../support/fake-map';
import { datasetOf, eventsAt } from '../support/map-datasets';

function setup(dataset: Dataset, zoom = 5) {
  const map = new FakeMap({ zoom, center: [40.1, 35.1], maxZoom: 12 } as never);
  const callbacks = { onSelect: vi.fn(), onCamera: vi.fn(), onChooser: vi.fn() } satisfies MapCallbacks;
  const controller = new MapController(map, callbacks, { reducedMotion: true, autoCamera: false });
  map.load();
  controller.setDataset(dataset);
  controller.setVisible(dataset.events);
  return { map, controller, callbacks };
}

/** Pairs of drawn marks whose discs overlap on the screen. */
function overlaps(controller: MapController) {
  const marks = controller.screenMarks();
  let n = 0;
  for (let i = 0; i < marks.length; i += 1)
    for (let j = i + 1; j < marks.length; j += 1) {
      const a = marks[i];
      const b = marks[j];
      if (a && b && Math.hypot(a.x - b.x, a.y - b.y) < a.r + b.r) n += 1;
    }
  return n;
}

describe('bad input', () => {
  it('500 events at one point: one mark that says 500, whose chooser lists them in pages', () => {
    const dataset = datasetOf([{ id: 'hub', at: [42.4411, 33.7856] }], eventsAt('hub', 500));
    const { map, controller, callbacks } = setup(dataset);
    const [mark, ...rest] = controller.screenMarks();
    expect(rest).toEqual([]);
    expect(mark?.mark.n).toBe(500);
    map.click({ x: mark?.x ?? 0, y: mark?.y ?? 0 });
    const chooser = callbacks.onChooser.mock.lastCall?.[0];
    expect(chooser.events).toHaveLength(50);
    expect(chooser.more).toBe(450);
    expect(chooser.summary.places).toEqual([{ siteId: 'hub', name: 'Place hub', n: 500 }]);
  });

  it('10,000 places in one small area: marks never overlap at any zoom, and every click gets somewhere', async () => {
    const places = Array.from({ length: 10_000 }, (_, i) => ({
      id: `p${i}`,
      at: [40 + (i % 100) * 0.002, 35 + Math.floor(i / 100) * 0.002] as [number, number],
    }));
    const dataset = datasetOf(
      places,
      places.map((p, i) => ({ id: `e${i}`, date: '2023-11-01', site: p.id })),
    );
    const { map, controller, callbacks } = setup(dataset);
    for (const zoom of [5, 8, 10, 12]) {
      map.jumpTo({ center: [40.1, 35.1], zoom });
      expect(overlaps(controller)).toBe(0);
      expect(controller.screenMarks().reduce((sum, m) => sum + m.mark.n, 0)).toBe(10_000);
    }
    // At the last zoom a group of places that cannot split lists them instead.
    const [group] = controller.screenMarks().filter((m) => m.mark.n > 1);
    map.click({ x: group?.x ?? 0, y: group?.y ?? 0 });
    const chooser = callbacks.onChooser.mock.lastCall?.[0];
    expect(chooser.summary.kind).toBe('area');
    expect(chooser.summary.places.length).toBe(group?.mark.n);
    // Further out, a click on the group zooms in instead.
    map.jumpTo({ center: [40.1, 35.1], zoom: 6 });
    const [blob] = controller.screenMarks();
    map.click({ x: blob?.x ?? 0, y: blob?.y ?? 0 });
    expect(map.getZoom()).toBeGreaterThan(6);
  }, 60_000);

  it('no located event: nothing drawn, nothing thrown, the view stays on the region', () => {
    const dataset = datasetOf([{ id: 'nowhere', at: null }], eventsAt('nowhere', 12));
    const map = new FakeMap({ zoom: 4.6, center: [41.5, 34.2], maxZoom: 12 } as never);
    const controller = new MapController(
      map,
      { onSelect: vi.fn(), onCamera: vi.fn() },
      { reducedMotion: true },
    );
    map.load();
    controller.setDataset(dataset);
    controller.setVisible(dataset.events);
    expect(controller.screenMarks()).toEqual([]);
    const { lng, lat } = map.getCenter();
    expect(Math.abs(lng - 41.5)).toBeLessThan(1);
    expect(Math.abs(lat - 34.2)).toBeLessThan(1);
    controller.setSelected({ kind: 'event', id: 'nowhere-e0' });
    expect(() => controller.bringIntoView('fly')).not.toThrow();
  });
});
