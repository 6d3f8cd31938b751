/**
 * The map controller's answers to the pointer and to the app beyond the common case: a group
 * answers at each of its places that has events in view (and only those), the chooser at the
 * last zoom, the cursor, the first event of a dataset, a map that loaded before the
 * controller, callbacks the app leaves out, calls made before the style loaded, and that the
 * app hears when there is something new to draw.
 */
import { describe, expect, it, vi } from 'vitest';
import type { Dataset } from '../../src/data/model';
import { parseDataset } from '../../src/data/parse-dataset';
import { type Insets, NO_INSETS } from '../../src/map/camera-sync';
import { MARKS_SOURCE } from '../../src/map/layers';
import { MARKS_GL_LAYER } from '../../src/map/mark-gl';
import { type MapCallbacks, MapController } from '../../src/map/map-controller';
import { FakeMap } from '../support/fake-map';
import { rawFiles } from '../support/fixture';
import { datasetOf, eventsAt } from '../support/map-datasets';

function setup(
  dataset: Dataset,
  options: { zoom?: number; center?: [number, number]; insets?: Insets } = {},
) {
  const map = new FakeMap({
    zoom: options.zoom ?? 6,
    center: options.center ?? [40, 34],
    maxZoom: 12,
  } as never);
  const callbacks = {
    onSelect: vi.fn(),
    onCamera: vi.fn(),
    onHover: vi.fn(),
    onChooser: vi.fn(),
    onBusy: vi.fn(),
    insets: () => options.insets ?? NO_INSETS,
  } satisfies MapCallbacks;
  const controller = new MapController(map, callbacks, { reducedMotion: true, autoCamera: false });
  map.load();
  controller.setDataset(dataset);
  controller.setVisible(dataset.events);
  return { map, callbacks, controller };
}

const ringed = (map: FakeMap, ring: 'selected' | 'hover') =>
  map
    .features(MARKS_SOURCE)
    .filter((f) => f.state[ring])
    .map((f) => f.coordinates);

describe('a group drawn between its places', () => {
  // Two places 50 pixels apart at zoom 8, twenty events each: one group, drawn at the centroid
  // (radius 24), so each place lies 25 pixels from its centre, outside the disc.
  const a: [number, number] = [40, 34];
  const b: [number, number] = [40.137, 34];
  const data = datasetOf(
    [
      { id: 'a', at: a },
      { id: 'b', at: b },
    ],
    [...eventsAt('a', 20), ...eventsAt('b', 20)],
  );

  it('answers a pointer at one of its places, beyond the disc', () => {
    const { map, controller, callbacks } = setup(data, { zoom: 8, center: [40.0685, 34] });
    const [group] = controller.screenMarks();
    expect(group?.mark.n).toBe(40);
    const place = map.project(b);
    // 8 pixels outward from place b: 33 pixels from the centre, past the disc and its slop.
    const pointer = { x: place.x + 8, y: place.y };
    expect(Math.hypot(pointer.x - (group?.x ?? 0), pointer.y - (group?.y ?? 0))).toBeGreaterThan(
      (group?.r ?? 0) + 6,
    );
    map.hover(pointer);
    expect(callbacks.onHover.mock.lastCall?.[0]).toMatchObject({ summary: { kind: 'area', n: 40 } });
    expect(map.getCanvas().style.cursor).toBe('pointer');
    map.hover({ x: place.x + 30, y: place.y });
    expect(callbacks.onHover).toHaveBeenLastCalledWith(null);
    expect(map.getCanvas().style.cursor).toBe('');
    // Its centre, 25 pixels from either place, is the disc itself.
    map.hover({ x: group?.x ?? 0, y: group?.y ?? 0 });
    expect(callbacks.onHover.mock.lastCall?.[0]).toMatchObject({ summary: { kind: 'area', n: 40 } });
  });

  it('zooms at least a level in on a click, even when a wide panel leaves little room', () => {
    // 800 - 640 - 2 x 60 = 40 pixels left to fit places 50 pixels apart: fitting them alone
    // would zoom out; the click still goes one level in.
    const insets = { top: 0, right: 640, bottom: 0, left: 0 };
    const { map, controller } = setup(data, { zoom: 8, center: [40.0685, 34], insets });
    const [group] = controller.screenMarks();
    map.click({ x: group?.x ?? 0, y: group?.y ?? 0 });
    expect(map.getZoom()).toBe(9);
  });

  it('does not answer at a place of the group with no event in view', () => {
    const { map, controller, callbacks } = setup(data, { zoom: 8, center: [40.0685, 34] });
    controller.setVisible(data.events.filter((e) => e.siteId === 'a'));
    // All the events in view are at a: the mark sits on a, and b is empty.
    const [mark] = controller.screenMarks();
    expect(mark?.mark.n).toBe(20);
    const place = map.project(b);
    map.hover(place);
    expect(callbacks.onHover).toHaveBeenLastCalledWith(null);
    map.click(place);
    expect(callbacks.onChooser).toHaveBeenLastCalledWith(null);
    expect(callbacks.onSelect).not.toHaveBeenCalled();
    expect(map.getZoom()).toBe(8);
  });
});

describe('the chooser at the last zoom', () => {
  it('offers the places of a mark that still holds several, and no event from anywhere else', () => {
    // Two places a few metres apart stay one mark at zoom 12; an event without a location
    // is in view too and must not be offered here.
    const data = datasetOf(
      [
        { id: 'gate', at: [40, 34] },
        { id: 'yard', at: [40.00005, 34] },
        { id: 'nowhere', at: null },
      ],
      [...eventsAt('gate', 2), ...eventsAt('yard', 1), ...eventsAt('nowhere', 1)],
    );
    const { map, controller, callbacks } = setup(data, { zoom: 12, center: [40, 34] });
    const [mark] = controller.screenMarks();
    expect(mark?.mark.n).toBe(3);
    map.click({ x: mark?.x ?? 0, y: mark?.y ?? 0 });
    expect(map.getZoom()).toBe(12);
    const chooser = callbacks.onChooser.mock.lastCall?.[0];
    expect(chooser.summary.places.map((p: { siteId: string }) => p.siteId)).toEqual(['gate', 'yard']);
    expect(chooser.events).toEqual([]);
    expect(chooser.more).toBe(0);
  });
});

describe('picking', () => {
  it('opens the first event of the dataset from its mark', () => {
    const data = datasetOf(
      [
        { id: 'west', at: [38, 34] },
        { id: 'east', at: [42, 34] },
      ],
      [
        { id: 'first', date: '2023-10-18', site: 'west' },
        { id: 'second', date: '2023-10-19', site: 'east' },
      ],
    );
    expect(data.eventById.get('first')?.index).toBe(0);
    const { map, controller, callbacks } = setup(data);
    const west = controller.screenMarks().find((m) => m.lng === 38);
    map.click({ x: west?.x ?? 0, y: west?.y ?? 0 });
    expect(callbacks.onSelect).toHaveBeenLastCalledWith({ kind: 'event', id: 'first' });
  });

  it('clears the ring when the selection is cleared, and rings nothing for an event it does not know', () => {
    const { map, controller } = setup(parseDataset(rawFiles()));
    controller.setSelected({ kind: 'site', id: 'al-tanf' });
    expect(ringed(map, 'selected')).toEqual([[38.6178, 33.5058]]);
    controller.setSelected(null);
    expect(ringed(map, 'selected')).toEqual([]);
    expect(ringed(map, 'hover')).toEqual([]);
    controller.setSelected({ kind: 'event', id: 'no-such-event' });
    controller.setHovered('no-such-event');
    expect(ringed(map, 'selected')).toEqual([]);
    expect(ringed(map, 'hover')).toEqual([]);
  });

  it('tells where the camera is', () => {
    const { map, controller } = setup(parseDataset(rawFiles()));
    map.userMoveTo({ zoom: 7.5, lng: 41, lat: 35, bearing: 10, pitch: 20 });
    expect(controller.camera()).toEqual({ zoom: 7.5, lng: 41, lat: 35, bearing: 10, pitch: 20 });
  });
});

describe('what the app hears', () => {
  it('is told the map has work to draw when the window, the selection or a list hover changes what is shown', () => {
    const dataset = parseDataset(rawFiles());
    const { controller, callbacks } = setup(dataset);
    callbacks.onBusy.mockClear();
    controller.setVisible(dataset.events.slice(0, 2));
    expect(callbacks.onBusy).toHaveBeenCalledTimes(1);
    controller.setSelected({ kind: 'event', id: 'e2-asad' });
    expect(callbacks.onBusy).toHaveBeenCalledTimes(2);
    controller.setHovered('e2-asad');
    expect(callbacks.onBusy).toHaveBeenCalledTimes(3);
    // The same selection again changes nothing on the map.
    controller.setSelected({ kind: 'event', id: 'e2-asad' });
    expect(callbacks.onBusy).toHaveBeenCalledTimes(3);
  });

  it('keeps the marks drawn when handed the same dataset again (a re-render), uploading nothing', () => {
    const dataset = parseDataset(rawFiles());
    const { map, controller } = setup(dataset);
    const uploads = map.setDataCalls.get(MARKS_SOURCE);
    const drawing = map.layers.find((l) => l.id === MARKS_GL_LAYER);
    controller.setDataset(dataset);
    expect(map.setDataCalls.get(MARKS_SOURCE)).toBe(uploads);
    expect(map.layers.find((l) => l.id === MARKS_GL_LAYER)).toBe(drawing);
  });

  it('closes the hover card when a zoom regroups the marks', () => {
    const { map, controller, callbacks } = setup(parseDataset(rawFiles()));
    const [mark] = controller.screenMarks();
    map.hover({ x: mark?.x ?? 0, y: mark?.y ?? 0 });
    expect(callbacks.onHover.mock.lastCall?.[0]).not.toBeNull();
    map.jumpTo({ zoom: 7 });
    expect(callbacks.onHover).toHaveBeenLastCalledWith(null);
  });

  it('logs a map error that the reader cannot see, with what failed', () => {
    const { map } = setup(parseDataset(rawFiles()));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    map.emit('error', { error: new Error('tile 9/1/2 failed') });
    expect(warn).toHaveBeenLastCalledWith('map:', 'tile 9/1/2 failed');
    const bare = { sourceId: 'somewhere-else' };
    map.emit('error', bare);
    expect(warn).toHaveBeenLastCalledWith('map:', bare);
    warn.mockRestore();
  });
});

describe('a map that loaded before the controller', () => {
  it('draws the marks without waiting for a load that already happened', async () => {
    const map = new FakeMap({ zoom: 6, center: [40, 34], maxZoom: 12 } as never);
    map.styleLoaded = true;
    const controller = new MapController(map, { onSelect: vi.fn(), onCamera: vi.fn() });
    const dataset = parseDataset(rawFiles());
    controller.setDataset(dataset);
    controller.setVisible(dataset.events);
    await vi.waitFor(() => expect(controller.screenMarks().length).toBeGreaterThan(0));
  });
});

describe('a controller given only the callbacks it needs', () => {
  it('answers clicks, hovers, zooms, moves, errors and a lost context without the optional ones', () => {
    const dataset = parseDataset(rawFiles());
    const map = new FakeMap({ zoom: 6, center: [40, 34], maxZoom: 12 } as never);
    const onSelect = vi.fn();
    const controller = new MapController(map, { onSelect, onCamera: vi.fn() }, { reducedMotion: true });
    map.load();
    controller.setDataset(dataset);
    controller.setVisible(dataset.events);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(() => {
      map.click({ x: 1, y: 1 });
      const marks = controller.screenMarks();
      const lone = marks.find((m) => m.mark.n === 1);
      const several = marks.find((m) => m.mark.n > 1);
      map.click({ x: lone?.x ?? 0, y: lone?.y ?? 0 });
      map.click({ x: several?.x ?? 0, y: several?.y ?? 0 });
      map.hover({ x: lone?.x ?? 0, y: lone?.y ?? 0 });
      map.hover(null);
      map.userMoveTo({ zoom: 7 });
      map.emit('idle', {});
      map.emit('render', {});
      map.emit('error', { error: new Error('x'), sourceId: 'basemap-countries' });
      controller.resetView();
      map.loseContext();
      map.restoreContext();
    }).not.toThrow();
    expect(onSelect).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });
});

describe('calls made before the style loaded', () => {
  it('draw nothing and throw nothing, and the selection is ringed once the marks are drawn', () => {
    const dataset = parseDataset(rawFiles());
    const map = new FakeMap({ zoom: 6, center: [40, 34], maxZoom: 12 } as never);
    const onChooser = vi.fn();
    const controller = new MapController(
      map,
      { onSelect: vi.fn(), onCamera: vi.fn(), onChooser },
      { reducedMotion: true, autoCamera: false },
    );
    controller.setDataset(dataset);
    controller.setVisible(dataset.events);
    controller.setSelected({ kind: 'site', id: 'al-tanf' });
    controller.setHovered('e2-asad');
    expect(controller.screenMarks()).toEqual([]);
    map.emit('zoom', {});
    map.hover({ x: 400, y: 300 });
    map.click({ x: 400, y: 300 });
    expect(onChooser).toHaveBeenLastCalledWith(null);
    map.load();
    expect(ringed(map, 'selected')).toEqual([[38.6178, 33.5058]]);
    expect(ringed(map, 'hover')).toEqual([[42.4411, 33.7856]]);
    // Nobody asked to bring the selection into view: the camera stays where it was.
    expect(map.camera).toMatchObject({ zoom: 6, lng: 40, lat: 34 });
  });

  it('show a camera from a link at once, and the region on a reset, while the style loads', () => {
    const map = new FakeMap({ zoom: 2, center: [0, 0], maxZoom: 12 } as never);
    const controller = new MapController(
      map,
      { onSelect: vi.fn(), onCamera: vi.fn() },
      { reducedMotion: true },
    );
    controller.setCamera({ zoom: 7.25, lat: 34, lng: 40, bearing: 0, pitch: 0 });
    expect(map.camera).toMatchObject({ zoom: 7.25, lat: 34, lng: 40 });
    controller.resetView();
    expect(Math.abs(map.getCenter().lng - 41.5)).toBeLessThan(0.1);
  });
});

describe('the automatic view', () => {
  it('is the default: a controller told nothing about the camera fits the data when it arrives', () => {
    const dataset = parseDataset(rawFiles());
    const map = new FakeMap({ zoom: 2, center: [0, 0], maxZoom: 12 } as never);
    const controller = new MapController(
      map,
      { onSelect: vi.fn(), onCamera: vi.fn() },
      { reducedMotion: true },
    );
    map.load();
    controller.setDataset(dataset);
    const located = dataset.sites.filter((s) => s.lon !== null && s.lat !== null);
    const margins = located.map((site) => {
      const p = map.project([site.lon as number, site.lat as number]);
      return Math.min(p.x, 800 - p.x, p.y, 600 - p.y);
    });
    // Every place on screen, and the outermost 36 pixels from an edge: the data fills the map.
    expect(Math.min(...margins)).toBeCloseTo(36, 0);
  });

  it('refits at once on a resize, without a flight, even where motion is allowed', () => {
    const dataset = parseDataset(rawFiles());
    const map = new FakeMap({ zoom: 2, center: [0, 0], maxZoom: 12 } as never);
    const controller = new MapController(map, { onSelect: vi.fn(), onCamera: vi.fn() });
    map.load();
    controller.setDataset(dataset);
    const fitted = map.getZoom();
    map.jumpTo({ zoom: 3 });
    map.emit('resize', {});
    expect(map.isMoving()).toBe(false);
    expect(map.getZoom()).toBeCloseTo(fitted, 5);
  });

  it('shows the region the dataset is about when no event has a location', () => {
    const data = datasetOf([{ id: 'nowhere', at: null }], eventsAt('nowhere', 2));
    const map = new FakeMap({ zoom: 2, center: [0, 0], maxZoom: 12 } as never);
    const controller = new MapController(
      map,
      { onSelect: vi.fn(), onCamera: vi.fn() },
      { reducedMotion: true },
    );
    map.load();
    controller.setDataset(data);
    // Centred on Iraq and Syria (41.5 E, 34.2 N), twelve degrees of longitude across.
    const c = map.getCenter();
    expect(Math.abs(c.lng - 41.5)).toBeLessThan(0.1);
    expect(Math.abs(c.lat - 34.2)).toBeLessThan(0.1);
    const west = map.project([41.5 - 6, 34.2]);
    const east = map.project([41.5 + 6, 34.2]);
    expect(west.x).toBeGreaterThanOrEqual(36 - 0.5);
    expect(east.x).toBeLessThanOrEqual(800 - 36 + 0.5);
  });
});
