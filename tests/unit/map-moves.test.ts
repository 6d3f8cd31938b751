/**
 * Where the map controller moves the camera, and what it tells the app about moves: the zoom
 * into a group, the flight to a pick (in far enough that it stands apart, no further than
 * zoom 9, never out), the margin a pick on the map may sit in before it is moved, and which
 * moves close the chooser, refit the data or reach the link.
 */
import { describe, expect, it, vi } from 'vitest';
import { parseDataset } from '../../src/data/parse-dataset';
import type { Insets } from '../../src/map/camera-sync';
import { type MapCallbacks, MapController } from '../../src/map/map-controller';
import { FakeMap } from '../support/fake-map';
import { rawFiles } from '../support/fixture';
import { datasetOf, eventsAt } from '../support/map-datasets';

const NONE: Insets = { top: 0, right: 0, bottom: 0, left: 0 };

function setup(
  dataset = parseDataset(rawFiles()),
  options: { zoom?: number; center?: [number, number]; insets?: Insets; autoCamera?: boolean } = {},
) {
  const map = new FakeMap({
    zoom: options.zoom ?? 6,
    center: options.center ?? [40, 34],
    maxZoom: 12,
  } as never);
  const callbacks = {
    onSelect: vi.fn(),
    onCamera: vi.fn(),
    onChooser: vi.fn(),
    onIdle: vi.fn(),
    onProblem: vi.fn(),
    insets: () => options.insets ?? NONE,
  } satisfies MapCallbacks;
  const controller = new MapController(map, callbacks, {
    reducedMotion: true,
    autoCamera: options.autoCamera ?? false,
  });
  map.load();
  controller.setDataset(dataset);
  controller.setVisible(dataset.events);
  return { map, callbacks, controller, dataset };
}

/** Counts camera moves started on the map (ours and the reader's). */
function moves(map: FakeMap) {
  const started = vi.fn();
  map.on('movestart', started);
  return started;
}

describe('a click on a group of places', () => {
  // Three places a few kilometres apart: one group at zoom 6; the third has no event in view.
  const data = datasetOf(
    [
      { id: 'omar', at: [40.5758, 35.1517] },
      { id: 'conoco', at: [40.3094, 35.3361] },
      { id: 'green', at: [40.2, 35.0] },
    ],
    [...eventsAt('omar', 3), ...eventsAt('conoco', 2), { id: 'late', date: '2024-06-01', site: 'green' }],
  );
  const inView = data.events.filter((e) => e.siteId !== 'green');

  it('zooms so the places with events in view fill the map, centred, at least a level further in', () => {
    const { map, controller, callbacks } = setup(data, { zoom: 6, center: [40.4, 35.2] });
    controller.setVisible(inView);
    const [group] = controller.screenMarks();
    expect(group?.mark.n).toBe(5);
    map.click({ x: group?.x ?? 0, y: group?.y ?? 0 });
    expect(callbacks.onChooser).toHaveBeenLastCalledWith(null);
    expect(map.getZoom()).toBeGreaterThanOrEqual(7);
    const omar = map.project([40.5758, 35.1517]);
    const conoco = map.project([40.3094, 35.3361]);
    // Centred between the two places that hold events, not the one that holds none in view.
    expect((omar.x + conoco.x) / 2).toBeCloseTo(400, 0);
    expect((omar.y + conoco.y) / 2).toBeCloseTo(300, 0);
    // Filling the map inside a 60-pixel margin: one of them touches it.
    for (const p of [omar, conoco]) {
      expect(p.x).toBeGreaterThanOrEqual(60 - 0.5);
      expect(p.x).toBeLessThanOrEqual(740 + 0.5);
      expect(p.y).toBeGreaterThanOrEqual(60 - 0.5);
      expect(p.y).toBeLessThanOrEqual(540 + 0.5);
    }
    const margin = Math.min(
      omar.x,
      800 - omar.x,
      conoco.x,
      800 - conoco.x,
      omar.y,
      600 - omar.y,
      conoco.y,
      600 - conoco.y,
    );
    expect(margin).toBeCloseTo(60, 0);
    expect(callbacks.onCamera).toHaveBeenCalledTimes(1);
  });

  it('leaves room for a panel around the places it zooms to', () => {
    const insets = { top: 0, right: 300, bottom: 0, left: 0 };
    const { map, controller } = setup(data, { zoom: 6, center: [40.4, 35.2], insets });
    controller.setVisible(inView);
    const [group] = controller.screenMarks();
    map.click({ x: group?.x ?? 0, y: group?.y ?? 0 });
    const omar = map.project([40.5758, 35.1517]);
    const conoco = map.project([40.3094, 35.3361]);
    // The bounds fit 800 - 300 - 2 * 60 = 380 pixels wide, centred on the whole canvas.
    expect(Math.abs(omar.x - conoco.x)).toBeLessThanOrEqual(380 + 0.5);
  });

  it('at the last zoom, offers the events there instead of zooming', () => {
    const { map, controller, callbacks } = setup(data, { zoom: 12, center: [40.5758, 35.1517] });
    const omar = controller.screenMarks().find((m) => m.mark.n === 3);
    map.click({ x: omar?.x ?? 0, y: omar?.y ?? 0 });
    expect(map.getZoom()).toBe(12);
    const chooser = callbacks.onChooser.mock.lastCall?.[0];
    expect(chooser.events.map((e: { id: string }) => e.id)).toEqual(['omar-e0', 'omar-e1', 'omar-e2']);
    expect(chooser.more).toBe(0);
  });
});

describe('a click near a mark', () => {
  it('still means the mark within 6 pixels of its edge (a coarse touch), and nothing further out', () => {
    const { map, controller, callbacks } = setup();
    const mark = controller.screenMarks().find((m) => m.mark.n === 1);
    if (!mark) throw new Error('a lone event is drawn');
    map.click({ x: mark.x + mark.r + 5.5, y: mark.y });
    expect(callbacks.onSelect).toHaveBeenCalledTimes(1);
    map.click({ x: mark.x + mark.r + 6.5, y: mark.y });
    expect(callbacks.onSelect).toHaveBeenCalledTimes(1);
    expect(callbacks.onChooser).toHaveBeenLastCalledWith(null);
  });
});

describe('bringing a pick into view', () => {
  const tanf: [number, number] = [38.6178, 33.5058];

  /** Puts Al-Tanf at this screen point, selects it, and says whether a pick there moves the map. */
  function movesFrom(x: number, y: number, insets: Insets = NONE) {
    const { map, controller } = setup(undefined, { insets });
    map.easeTo({ center: tanf, zoom: 6, offset: [x - 400, y - 300], duration: 0 });
    const at = map.project(tanf);
    expect([at.x, at.y]).toEqual([expect.closeTo(x, 3), expect.closeTo(y, 3)]);
    controller.setSelected({ kind: 'site', id: 'al-tanf' });
    const started = moves(map);
    controller.bringIntoView('keep');
    return started.mock.calls.length > 0;
  }

  it('leaves a pick 28 pixels or more inside the free part of the map where it is', () => {
    expect(movesFrom(28.5, 300)).toBe(false);
    expect(movesFrom(800 - 28.5, 300)).toBe(false);
    expect(movesFrom(400, 28.5)).toBe(false);
    expect(movesFrom(400, 600 - 28.5)).toBe(false);
  });

  it('moves a pick closer than 28 pixels to an edge', () => {
    expect(movesFrom(27.5, 300)).toBe(true);
    expect(movesFrom(800 - 27.5, 300)).toBe(true);
    expect(movesFrom(400, 27.5)).toBe(true);
    expect(movesFrom(400, 600 - 27.5)).toBe(true);
  });

  it('counts the edge of a panel as an edge', () => {
    const panel = { top: 50, right: 100, bottom: 150, left: 200 };
    expect(movesFrom(228.5, 300, panel)).toBe(false);
    expect(movesFrom(227.5, 300, panel)).toBe(true);
    expect(movesFrom(671.5, 300, panel)).toBe(false);
    expect(movesFrom(672.5, 300, panel)).toBe(true);
    expect(movesFrom(400, 78.5, panel)).toBe(false);
    expect(movesFrom(400, 77.5, panel)).toBe(true);
    expect(movesFrom(400, 421.5, panel)).toBe(false);
    expect(movesFrom(400, 422.5, panel)).toBe(true);
  });

  it('centres a pick above a phone sheet', () => {
    const insets = { top: 0, right: 0, bottom: 400, left: 0 };
    const { map, controller } = setup(undefined, { insets });
    controller.setSelected({ kind: 'site', id: 'al-tanf' });
    controller.bringIntoView('fly');
    const at = map.project(tanf);
    expect(at.x).toBeCloseTo(400, 0);
    expect(at.y).toBeCloseTo(100, 0);
  });
});

describe('flying to a pick', () => {
  /** Two places about 300 m apart: one mark until far in. */
  const close = datasetOf(
    [
      { id: 'a', at: [40, 34] },
      { id: 'b', at: [40.003, 34] },
      { id: 'far', at: [42, 35] },
    ],
    [...eventsAt('a', 2), ...eventsAt('b', 1), ...eventsAt('far', 1)],
  );

  it('zooms in until the pick is a mark of its own, but no further than zoom 9', () => {
    const { map, controller } = setup(close, { zoom: 5 });
    controller.setSelected({ kind: 'site', id: 'a' });
    controller.bringIntoView('fly');
    expect(map.getZoom()).toBe(9);
  });

  it('zooms in only as far as the pick needs to stand apart', () => {
    const apart = datasetOf(
      [
        { id: 'a', at: [40, 34] },
        { id: 'b', at: [40.3, 34] },
      ],
      [...eventsAt('a', 1), ...eventsAt('b', 1)],
    );
    const { map, controller } = setup(apart, { zoom: 3 });
    controller.setSelected({ kind: 'site', id: 'a' });
    controller.bringIntoView('fly');
    const zoom = map.getZoom();
    expect(zoom).toBeGreaterThan(3);
    expect(zoom).toBeLessThan(9);
    // At that zoom the two places are two marks; a quarter level out they were one.
    expect(controller.screenMarks()).toHaveLength(2);
    map.jumpTo({ zoom: zoom - 0.25 });
    expect(controller.screenMarks()).toHaveLength(1);
  });

  it('keeps a closer zoom the reader chose (up to zoom 9) for a pick that stands apart sooner', () => {
    const { map, controller } = setup(close, { zoom: 8.5, center: [42, 35] });
    controller.setSelected({ kind: 'site', id: 'far' });
    controller.bringIntoView('fly');
    expect(map.getZoom()).toBe(8.5);
  });

  it('flies once the marks are drawn when asked before the style loaded', () => {
    const map = new FakeMap({ zoom: 5, center: [40, 34], maxZoom: 12 } as never);
    const onCamera = vi.fn();
    const controller = new MapController(
      map,
      { onSelect: vi.fn(), onCamera },
      { reducedMotion: true, autoCamera: false },
    );
    controller.setDataset(close);
    controller.setVisible(close.events);
    controller.setSelected({ kind: 'site', id: 'far' });
    controller.bringIntoView('fly');
    expect(map.getZoom()).toBe(5);
    map.load();
    expect(map.project([42, 35]).x).toBeCloseTo(400, 0);
    expect(onCamera).toHaveBeenCalledTimes(1);
  });
});

describe('what moves tell the app', () => {
  it('closes the chooser when the reader moves the map, not when the map flies', () => {
    const { map, controller, callbacks } = setup();
    callbacks.onChooser.mockClear();
    controller.setSelected({ kind: 'site', id: 'al-tanf' });
    controller.bringIntoView('fly');
    expect(callbacks.onChooser).not.toHaveBeenCalled();
    map.userMoveTo({ zoom: 7 });
    expect(callbacks.onChooser).toHaveBeenLastCalledWith(null);
  });

  it('writes no camera for a move that is neither the reader’s nor ours (a resize)', () => {
    const { map, callbacks } = setup();
    map.emit('moveend', {});
    expect(callbacks.onCamera).not.toHaveBeenCalled();
  });

  it('refits the data on a resize while the view is the automatic one, and stops once the reader moves', () => {
    const { map, callbacks } = setup(undefined, { autoCamera: true });
    const fitted = map.getZoom();
    map.jumpTo({ zoom: 3 });
    map.emit('resize', {});
    expect(map.getZoom()).toBeCloseTo(fitted, 5);
    expect(callbacks.onCamera).not.toHaveBeenCalled();
    map.userMoveTo({ zoom: 4 });
    map.emit('resize', {});
    expect(map.getZoom()).toBe(4);
  });

  it('keeps a camera from a link or a flight to a pick on a resize', () => {
    const link = setup(undefined, { autoCamera: true });
    link.controller.setCamera({ zoom: 7.25, lat: 34, lng: 40, bearing: 0, pitch: 0 });
    link.map.emit('resize', {});
    expect(link.map.getZoom()).toBe(7.25);

    const flight = setup(undefined, { autoCamera: true });
    flight.controller.setSelected({ kind: 'site', id: 'al-tanf' });
    flight.controller.bringIntoView('fly');
    const flown = flight.map.getZoom();
    flight.map.jumpTo({ zoom: flown + 1 });
    flight.map.emit('resize', {});
    expect(flight.map.getZoom()).toBe(flown + 1);
  });

  it('makes the view automatic again after a reset, so a resize refits it', async () => {
    const { map, controller } = setup(undefined, { autoCamera: true });
    const fitted = map.getZoom();
    map.userMoveTo({ zoom: 9 });
    controller.resetView();
    await vi.waitFor(() => expect(map.isMoving()).toBe(false));
    expect(map.getZoom()).toBeCloseTo(fitted, 5);
    map.jumpTo({ zoom: 3 });
    map.emit('resize', {});
    expect(map.getZoom()).toBeCloseTo(fitted, 5);
  });

  it('passes on that the map finished drawing', () => {
    const { map, callbacks } = setup();
    map.emit('idle', {});
    expect(callbacks.onIdle).toHaveBeenCalledTimes(1);
  });

  it('does not move again for a link camera the map already shows', () => {
    const { map, controller } = setup();
    const started = moves(map);
    const now = { zoom: 6, lat: 34, lng: 40, bearing: 0, pitch: 0 };
    controller.setCamera({ ...now, zoom: 6.005, lat: 34.00005, lng: 40.00005, bearing: 0.4, pitch: 0.4 });
    expect(started).not.toHaveBeenCalled();
    for (const change of [{ zoom: 6.02 }, { lat: 34.0002 }, { lng: 40.0002 }, { bearing: 1 }, { pitch: 1 }]) {
      controller.setCamera({ ...now, ...change });
      expect(started).toHaveBeenCalledTimes(1);
      started.mockClear();
      controller.setCamera(now);
      started.mockClear();
    }
  });
});
