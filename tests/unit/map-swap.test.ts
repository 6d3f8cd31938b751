/**
 * One map, many datasets: the controller swaps new data into the map it has (sources and
 * layers kept, the marks' WebGL layer too), leaves nothing of the old data, starts the view
 * afresh when asked, and prepares a big dataset's marks in slices that leave the page free.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Dataset } from '../../src/data/model';
import { parseDataset } from '../../src/data/parse-dataset';
import { MARKS_SOURCE } from '../../src/map/layers';
import { type MapCallbacks, MapController, SLICED_FROM } from '../../src/map/map-controller';
import { MARKS_GL_LAYER, STATE_FLOATS } from '../../src/map/mark-gl';
import { placeIndex } from '../../src/map/place-points';
import { groupPoints, levelOf } from '../../src/map/site-groups';
import { FakeMap } from '../support/fake-map';
import { rawFiles } from '../support/fixture';
import { datasetOf, eventsAt } from '../support/map-datasets';

const builtIn = parseDataset(rawFiles());

function setup({ reducedMotion = true } = {}) {
  const map = new FakeMap({ zoom: 6, center: [40, 34], maxZoom: 12 } as never);
  const callbacks = {
    onSelect: vi.fn(),
    onCamera: vi.fn(),
    onHover: vi.fn(),
    onChooser: vi.fn(),
    onBusy: vi.fn(),
  } satisfies MapCallbacks;
  const controller = new MapController(map, callbacks, { reducedMotion, autoCamera: true });
  map.load();
  return { map, callbacks, controller };
}

/** The marks switched on, as [lng, lat, events]. */
const drawn = (controller: MapController) =>
  controller
    .screenMarks()
    .map((m) => [m.lng, m.lat, m.mark.n])
    .sort((a, b) => (a[0] as number) - (b[0] as number) || (a[1] as number) - (b[1] as number));
const lit = (map: FakeMap) => map.features(MARKS_SOURCE).filter((f) => f.state.on);
const glLayer = (map: FakeMap) => map.layers.find((l) => l.id === MARKS_GL_LAYER);
/** Slots the WebGL layer is told to draw. */
const glOn = (map: FakeMap) => {
  const states = (glLayer(map) as unknown as { states: Float32Array }).states;
  return states.filter((v, i) => i % STATE_FLOATS === 0 && v > 0).length;
};
/** Every drawn mark inside the fake map's 800×600 canvas. */
const inView = (controller: MapController) =>
  controller.screenMarks().every((m) => m.x >= 0 && m.x <= 800 && m.y >= 0 && m.y <= 600);

/** A file's worth of data somewhere else: n places along the Euphrates, one event each. */
function fileData(n: number, lng = 43): Dataset {
  const places = Array.from({ length: n }, (_, i) => ({
    id: `f${i}`,
    at: [lng + i * 0.05, 33 + i * 0.02] as [number, number],
  }));
  return datasetOf(
    places,
    places.flatMap((p) => eventsAt(p.id, 1)),
  );
}

let big: Dataset | null = null;
/** Past the slicing threshold: many events on a few hundred places. */
function bigData(): Dataset {
  big ??= datasetOf(
    Array.from({ length: 300 }, (_, i) => ({
      id: `b${i}`,
      at: [36 + (i % 20) * 0.4, 31 + Math.floor(i / 20) * 0.4] as [number, number],
    })),
    Array.from({ length: SLICED_FROM }, (_, i) => ({
      id: `be${i}`,
      date: '2023-11-02',
      site: `b${i % 300}`,
    })),
  );
  return big;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('swapping datasets on one map', () => {
  it('replaces sources’ content, keeps its layers and listeners, and reports no misuse, swap after swap', () => {
    const { map, controller } = setup();
    controller.setDataset(builtIn, null);
    controller.setVisible(builtIn.events);
    const listeners = map.listenerCount();
    const layers = map.layers.map((l) => l.id);
    const sources = [...map.sources.keys()];
    const gl = glLayer(map);
    expect(drawn(controller)).toHaveLength(3);
    for (let i = 0; i < 5; i += 1) {
      const other = fileData(4 + i, 43 + i * 0.1);
      controller.setDataset(other, null);
      controller.setVisible(other.events);
      expect(drawn(controller).reduce((n, m) => n + (m[2] as number), 0)).toBe(4 + i);
      expect(lit(map)).toHaveLength(drawn(controller).length);
      expect(glOn(map)).toBe(drawn(controller).length);
    }
    controller.setDataset(builtIn, null);
    controller.setVisible(builtIn.events);
    expect(drawn(controller)).toHaveLength(3);
    expect(map.listenerCount()).toBe(listeners);
    expect(map.layers.map((l) => l.id)).toEqual(layers);
    expect([...map.sources.keys()]).toEqual(sources);
    // The same WebGL layer throughout: its program is compiled once, not per dataset.
    expect(glLayer(map)).toBe(gl);
    expect(map.errors).toEqual([]);
  });

  it('fits the new data even after the reader moved, unless a camera comes with it', () => {
    const { map, controller } = setup();
    controller.setDataset(builtIn, null);
    controller.setVisible(builtIn.events);
    map.userMoveTo({ lng: 20, lat: 10, zoom: 9 });
    expect(inView(controller)).toBe(false);
    const other = fileData(6);
    // The real events following their placeholder: the reader's camera stays.
    controller.setDataset(other);
    controller.setVisible(other.events);
    expect(map.camera).toMatchObject({ lng: 20, lat: 10, zoom: 9 });
    // Other data: fitted to it.
    const third = fileData(5, 44);
    controller.setDataset(third, null);
    controller.setVisible(third.events);
    expect(map.camera.zoom).not.toBe(9);
    expect(drawn(controller)).not.toEqual([]);
    expect(inView(controller)).toBe(true);
    // Other data with a link's camera: that camera.
    controller.setDataset(builtIn, { lng: 41, lat: 35, zoom: 7.5, bearing: 0, pitch: 0 });
    controller.setVisible(builtIn.events);
    expect(map.camera).toMatchObject({ lng: 41, lat: 35, zoom: 7.5 });
  });

  it('jumps to new data, and to the same data opened again without a camera, without a flight', () => {
    // With motion allowed, a flight would leave the map moving here; the fit is a jump so
    // the marks are grouped once, at the zoom they are drawn at.
    const { map, controller } = setup({ reducedMotion: false });
    controller.setDataset(builtIn, null);
    controller.setVisible(builtIn.events);
    expect(map.isMoving()).toBe(false);
    const fitted = { ...map.camera };
    map.userMoveTo({ lng: 20, lat: 10, zoom: 9 });
    controller.setDataset(builtIn, null);
    expect(map.isMoving()).toBe(false);
    expect(map.camera).toMatchObject({ lng: fitted.lng, lat: fitted.lat, zoom: fitted.zoom });
    expect(inView(controller)).toBe(true);
    const other = fileData(4);
    controller.setDataset(other, null);
    controller.setVisible(other.events);
    expect(map.isMoving()).toBe(false);
    expect(inView(controller)).toBe(true);
  });

  it('closes the old data’s hover card and chooser, and drops its selection ring', () => {
    const { map, callbacks, controller } = setup();
    controller.setDataset(builtIn, null);
    controller.setVisible(builtIn.events);
    controller.setSelected({ kind: 'event', id: 'e2-asad' });
    const asad = controller.screenMarks().find((m) => m.lng === 42.4411);
    map.hover({ x: asad?.x ?? 0, y: asad?.y ?? 0 });
    expect(callbacks.onHover).toHaveBeenLastCalledWith(expect.objectContaining({ r: expect.any(Number) }));
    expect(map.features(MARKS_SOURCE).filter((f) => f.state.selected)).toHaveLength(1);
    const other = fileData(3);
    controller.setDataset(other, null);
    expect(callbacks.onHover).toHaveBeenLastCalledWith(null);
    expect(callbacks.onChooser).toHaveBeenLastCalledWith(null);
    controller.setSelected(null);
    controller.setVisible(other.events);
    expect(map.features(MARKS_SOURCE).filter((f) => f.state.selected)).toEqual([]);
  });
});

describe('a big dataset', () => {
  it('is prepared in slices, with nothing of the old data drawn meanwhile, and drawn as if at once', async () => {
    const data = bigData();
    const { map, callbacks, controller } = setup();
    controller.setDataset(builtIn, null);
    controller.setVisible(builtIn.events);
    expect(controller.shown).toBe(builtIn);
    callbacks.onBusy.mockClear();

    controller.setDataset(data, null);
    controller.setVisible(data.events);
    // Not in the task that handed it over: the page gets its turn first.
    expect(controller.shown).toBeNull();
    expect(callbacks.onBusy).toHaveBeenCalled();
    expect(lit(map)).toEqual([]);
    expect(glOn(map)).toBe(0);
    expect(controller.screenMarks()).toEqual([]);

    await vi.waitFor(() => expect(controller.shown).toBe(data), { timeout: 30_000, interval: 20 });
    // The grouping it draws is the one made at once, at the zoom it fitted the data to.
    const level = groupPoints(placeIndex(data).points, levelOf(map.getZoom()));
    const expected = level.groups
      .map((g) => [g.lng, g.lat, g.total])
      .sort((a, b) => (a[0] as number) - (b[0] as number) || (a[1] as number) - (b[1] as number));
    expect(drawn(controller)).toEqual(expected);
    expect(drawn(controller).reduce((n, m) => n + (m[2] as number), 0)).toBe(SLICED_FROM);
    expect(inView(controller)).toBe(true);
    expect(map.errors).toEqual([]);
  }, 60_000);

  it('keeps the camera a link gives it, once prepared', async () => {
    const data = bigData();
    const { map, controller } = setup();
    const link = { lng: 41, lat: 35, zoom: 7.5, bearing: 0, pitch: 0 };
    controller.setDataset(data, link);
    controller.setVisible(data.events);
    await vi.waitFor(() => expect(controller.shown).toBe(data), { timeout: 30_000, interval: 20 });
    expect(map.camera).toMatchObject({ lng: 41, lat: 35, zoom: 7.5 });
  }, 60_000);

  it('is abandoned when other data follows before it is ready', () => {
    const data = bigData();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { controller } = setup();
    controller.setDataset(data, null);
    expect(controller.shown).toBeNull();
    controller.setDataset(builtIn, null);
    controller.setVisible(builtIn.events);
    expect(controller.shown).toBe(builtIn);
    // Whatever was left to run has run: the big data never replaced what came after it.
    vi.runAllTimers();
    expect(controller.shown).toBe(builtIn);
    expect(drawn(controller)).toHaveLength(3);
  }, 60_000);
});
