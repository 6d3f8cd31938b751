/**
 * The camera: the first view fits the data, a pick is brought into the part of the map no
 * panel covers, and the link records the reader's moves and our flights, never a camera it
 * did not choose (a Back pressed during a flight included, code-review B3).
 */
import { describe, expect, it, vi } from 'vitest';
import { parseDataset } from '../../src/data/parse-dataset';
import type { Insets } from '../../src/map/camera-sync';
import { MapController } from '../../src/map/map-controller';
import { FakeMap } from '../support/fake-map';
import { rawFiles } from '../support/fixture';
import { datasetOf, eventsAt } from '../support/map-datasets';

const dataset = parseDataset(rawFiles());
const located = dataset.sites.filter((s) => s.lon !== null && s.lat !== null);

function setup(options: { reducedMotion?: boolean; autoCamera?: boolean; insets?: Insets } = {}) {
  const map = new FakeMap({ zoom: 4.6, center: [41.5, 34.2], maxZoom: 12 } as never);
  const onCamera = vi.fn();
  const controller = new MapController(
    map,
    { onSelect: vi.fn(), onCamera, insets: () => options.insets ?? { top: 0, right: 0, bottom: 0, left: 0 } },
    { reducedMotion: options.reducedMotion ?? false, autoCamera: options.autoCamera ?? true },
  );
  map.load();
  controller.setDataset(dataset);
  controller.setVisible(dataset.events);
  return { map, controller, onCamera };
}

/** Every located place projects inside the canvas (800×600), at least `margin` from its edges. */
function allInside(map: FakeMap, margin: number) {
  return located.every((s) => {
    const p = map.project([s.lon as number, s.lat as number]);
    return p.x >= margin && p.x <= 800 - margin && p.y >= margin && p.y <= 600 - margin;
  });
}

describe('the first view', () => {
  it('fits every located place, leaves room for a panel, and writes no camera to the link', () => {
    const { map, onCamera } = setup();
    expect(allInside(map, 30)).toBe(true);
    expect(map.getZoom()).toBeGreaterThan(4.6);
    expect(onCamera).not.toHaveBeenCalled();

    const beside = setup({ insets: { top: 0, right: 400, bottom: 0, left: 0 } });
    for (const s of located)
      expect(beside.map.project([s.lon as number, s.lat as number]).x).toBeLessThan(400);
  });

  it('fits again when the map is resized, until the reader moves it', () => {
    const { map } = setup();
    map.userMoveTo({ zoom: 3, lng: 30, lat: 30 });
    map.emit('resize');
    expect(map.getZoom()).toBe(3);
    const other = setup();
    other.map.jumpTo({ center: [30, 30], zoom: 3 });
    other.map.emit('resize');
    expect(allInside(other.map, 30)).toBe(true);
  });

  it('keeps a link camera, and returns to the fitted view when a link has none', () => {
    const { map, controller, onCamera } = setup({ autoCamera: false });
    controller.setCamera({ zoom: 7, lat: 35, lng: 41, bearing: 0, pitch: 0 });
    expect(map.camera).toMatchObject({ zoom: 7, lat: 35, lng: 41 });
    controller.setCamera(null);
    expect(allInside(map, 30)).toBe(true);
    expect(onCamera).not.toHaveBeenCalled();
  });

  it('resets the view with an animation, without writing a camera', async () => {
    const { map, controller, onCamera } = setup({ autoCamera: false });
    map.userMoveTo({ zoom: 9, lng: 44, lat: 33 });
    onCamera.mockClear();
    controller.resetView();
    expect(map.isMoving()).toBe(true);
    await vi.waitFor(() => expect(map.isMoving()).toBe(false));
    expect(allInside(map, 30)).toBe(true);
    expect(onCamera).not.toHaveBeenCalled();
  });
});

describe('bringing a pick into view', () => {
  it('centres it in the part of the map the panel leaves free', () => {
    const insets = { top: 0, right: 400, bottom: 0, left: 0 };
    const { map, controller, onCamera } = setup({ reducedMotion: true, insets });
    controller.setSelected({ kind: 'event', id: 'e3-shaddadi' });
    controller.bringIntoView('fly');
    const p = map.project([40.7303, 36.0561]);
    expect(p.x).toBeCloseTo(200, 0);
    expect(p.y).toBeCloseTo(300, 0);
    expect(onCamera).toHaveBeenCalledTimes(1);
  });

  it('leaves the camera alone for a pick on the map that is in view, and moves one the panel hides', () => {
    const shaddadi: [number, number] = [40.7303, 36.0561];
    const free = setup({ reducedMotion: true });
    free.controller.setSelected({ kind: 'site', id: 'al-shaddadi' });
    const before = { ...free.map.camera };
    free.controller.bringIntoView('keep');
    expect(free.map.camera).toEqual(before);
    expect(free.onCamera).not.toHaveBeenCalled();

    // Then a panel opens over all but the left 100 pixels: the pick moves out from under it.
    const insets = { top: 0, right: 0, bottom: 0, left: 0 };
    const covered = setup({ reducedMotion: true, insets });
    insets.right = 700;
    covered.controller.setSelected({ kind: 'site', id: 'al-shaddadi' });
    covered.controller.bringIntoView('keep');
    expect(covered.map.project(shaddadi).x).toBeCloseTo(50, 0);
    expect(covered.onCamera).toHaveBeenCalledTimes(1);
  });
});

describe('the link records the right camera', () => {
  it('reports a flight to a pick once it ends', async () => {
    const { map, controller, onCamera } = setup();
    controller.setSelected({ kind: 'event', id: 'e3-shaddadi' });
    controller.bringIntoView('fly');
    expect(map.isMoving()).toBe(true);
    expect(onCamera).not.toHaveBeenCalled();
    map.settle();
    expect(onCamera).toHaveBeenCalledTimes(1);
    expect(onCamera.mock.lastCall?.[0]).toMatchObject({ zoom: map.getZoom() });
  });

  it('applies a link camera that arrives during a flight, and never reports the flight (B3)', () => {
    const { map, controller, onCamera } = setup();
    controller.setSelected({ kind: 'event', id: 'e3-shaddadi' });
    controller.bringIntoView('fly');
    expect(map.isMoving()).toBe(true);
    // Back pressed mid-flight: the entry it returns to carries this camera.
    const back = { zoom: 5.5, lat: 34, lng: 41, bearing: 0, pitch: 0 };
    controller.setCamera(back);
    expect(map.isMoving()).toBe(false);
    expect(map.camera).toMatchObject({ zoom: 5.5, lat: 34, lng: 41 });
    map.settle();
    expect(onCamera).not.toHaveBeenCalled();
  });

  it('reports the reader’s own moves, and does not fight a move in progress', () => {
    const { map, controller, onCamera } = setup();
    map.userMoveTo({ zoom: 7, lat: 35, lng: 41 });
    expect(onCamera).toHaveBeenLastCalledWith(expect.objectContaining({ zoom: 7, lat: 35, lng: 41 }));
    // A drag in progress (not ours): a link camera waits rather than yanking the map away.
    map.easeTo({ center: [42, 35], zoom: 7, duration: 1000 });
    controller.setCamera({ zoom: 5, lat: 33, lng: 40, bearing: 0, pitch: 0 });
    expect(map.isMoving()).toBe(true);
    map.settle();
  });

  it('lets a move of the reader’s run on through a reset, a resize, and a click on a group', () => {
    const { map, controller } = setup();
    const target = { center: [42, 35] as [number, number], zoom: 6.5, duration: 1000 };
    map.easeTo(target);
    controller.resetView();
    map.emit('resize', {});
    expect(map.isMoving()).toBe(true);
    map.settle();
    expect(map.camera).toMatchObject({ zoom: 6.5, lng: 42, lat: 35 });

    // Two places in one mark: a click there zooms in, but not while the reader moves.
    const pair = datasetOf(
      [
        { id: 'omar', at: [40.5758, 35.1517] },
        { id: 'conoco', at: [40.3094, 35.3361] },
      ],
      [...eventsAt('omar', 3), ...eventsAt('conoco', 2)],
    );
    const other = new FakeMap({ zoom: 6, center: [40.4, 35.2], maxZoom: 12 } as never);
    const second = new MapController(other, { onSelect: vi.fn(), onCamera: vi.fn() }, { autoCamera: false });
    other.load();
    second.setDataset(pair);
    second.setVisible(pair.events);
    const [group] = second.screenMarks();
    other.easeTo(target);
    other.click({ x: group?.x ?? 0, y: group?.y ?? 0 });
    other.settle();
    expect(other.camera).toMatchObject({ zoom: 6.5, lng: 42, lat: 35 });
  });

  it('does not move for a link camera the map already shows, whatever its bearing and pitch', () => {
    const { map, controller } = setup({ autoCamera: false });
    map.jumpTo({ center: [40, 34], zoom: 6, bearing: 30, pitch: 40 });
    const started = vi.fn();
    map.on('movestart', started);
    controller.setCamera({ zoom: 6, lat: 34, lng: 40, bearing: 30, pitch: 40 });
    expect(started).not.toHaveBeenCalled();
    controller.setCamera({ zoom: 6, lat: 34, lng: 40, bearing: 31, pitch: 40 });
    expect(map.camera).toMatchObject({ bearing: 31, pitch: 40 });
  });
});
