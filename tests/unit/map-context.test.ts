/**
 * The map controller when the browser takes the WebGL context away and gives it back: what it
 * tells the app, that nothing it is asked meanwhile reaches the dead style (the fake map throws
 * MapLibre's TypeError, as the real one does), and that the marks, the window, the ring and a
 * camera asked for meanwhile are all back once the rebuilt style has loaded. The integration
 * tier checks the same through the whole app; this is the fast version the mutation run uses.
 */
import { describe, expect, it, vi } from 'vitest';
import { visibleEvents } from '../../src/data/filter-events';
import { parseDataset } from '../../src/data/parse-dataset';
import { EMPTY_FILTERS } from '../../src/data/view-types';
import { MARKS_SOURCE } from '../../src/map/layers';
import { type MapCallbacks, MapController } from '../../src/map/map-controller';
import { parseCivilDate } from '../../src/shared/civil-date';
import { FakeMap } from '../support/fake-map';
import { rawFiles } from '../support/fixture';

const dataset = parseDataset(rawFiles());
const day = (d: string) => parseCivilDate(d) as number;
const inWindow = (a: string, b: string) =>
  visibleEvents(dataset, { range: [day(a), day(b)], filters: EMPTY_FILTERS, search: '' });

function setup() {
  const map = new FakeMap({ zoom: 6, center: [40, 34], maxZoom: 12 } as never);
  const callbacks = {
    onSelect: vi.fn(),
    onCamera: vi.fn(),
    onHover: vi.fn(),
    onChooser: vi.fn(),
    onBusy: vi.fn(),
    onContext: vi.fn(),
  } satisfies MapCallbacks;
  const controller = new MapController(map, callbacks, { reducedMotion: true, autoCamera: false });
  map.load();
  controller.setDataset(dataset);
  controller.setVisible(dataset.events);
  return { map, callbacks, controller };
}

const drawnCount = (controller: MapController) =>
  controller.screenMarks().reduce((sum, m) => sum + m.mark.n, 0);
const ringed = (map: FakeMap) =>
  map
    .features(MARKS_SOURCE)
    .filter((f) => f.state.selected && f.state.on)
    .map((f) => f.coordinates);
/** The rebuilt style loads on a later task, as MapLibre's setStyle does. */
const styleReloaded = (map: FakeMap) => vi.waitFor(() => expect(map.isStyleLoaded()).toBe(true));

describe('a lost graphics context', () => {
  it('says so, closes the card and chooser, and draws nothing until the context returns', () => {
    const { map, callbacks, controller } = setup();
    expect(drawnCount(controller)).toBe(dataset.events.filter((e) => e.site?.lon != null).length);
    callbacks.onBusy.mockClear();
    map.loseContext();
    expect(callbacks.onContext).toHaveBeenLastCalledWith('lost');
    expect(callbacks.onHover).toHaveBeenLastCalledWith(null);
    expect(callbacks.onChooser).toHaveBeenLastCalledWith(null);
    expect(callbacks.onBusy).toHaveBeenCalled();
    expect(controller.screenMarks()).toEqual([]);
  });

  it('keeps what it is asked meanwhile away from the dead style, and draws it once the style is back', async () => {
    const { map, callbacks, controller } = setup();
    map.loseContext();
    const window = inWindow('2023-10-18', '2023-11-10');
    // The window, a selection, a camera from a link and a reset: none may throw.
    controller.setVisible(window);
    controller.setSelected({ kind: 'event', id: 'e1-tanf' });
    controller.setHovered('e2-asad');
    controller.setCamera({ zoom: 7.5, lat: 34, lng: 40, bearing: 0, pitch: 0 });
    controller.bringIntoView('keep');
    map.click({ x: 400, y: 300 });
    map.hover({ x: 400, y: 300 });
    map.emit('zoom', {});
    expect(map.getZoom()).toBe(6);

    map.restoreContext();
    expect(callbacks.onContext).toHaveBeenLastCalledWith('restored');
    await styleReloaded(map);
    expect(drawnCount(controller)).toBe(window.filter((e) => e.site?.lon != null).length);
    expect(map.layers.filter((l) => l.type === 'custom')).toHaveLength(1);
    expect(ringed(map)).toEqual([[38.6178, 33.5058]]);
    // The link's camera, asked for while nothing could be drawn, is applied with the marks.
    expect(map.camera).toMatchObject({ zoom: 7.5, lat: 34, lng: 40 });
    expect(callbacks.onCamera).not.toHaveBeenCalled();
  });

  it('fits the data again after a reset asked for while the context was lost', async () => {
    const { map, controller } = setup();
    map.jumpTo({ center: [30.5, 24.5], zoom: 11 });
    map.loseContext();
    controller.resetView();
    expect(map.getZoom()).toBe(11);
    map.restoreContext();
    await styleReloaded(map);
    await vi.waitFor(() => expect(map.isMoving()).toBe(false));
    expect(map.getZoom()).toBeLessThan(11);
    for (const site of dataset.sites.filter((s) => s.lon !== null && s.lat !== null)) {
      const p = map.project([site.lon as number, site.lat as number]);
      expect(p.x).toBeGreaterThan(0);
      expect(p.x).toBeLessThan(800);
      expect(p.y).toBeGreaterThan(0);
      expect(p.y).toBeLessThan(600);
    }
  });

  it('stays dark when a style load arrives while the context is still lost', () => {
    const { map, controller } = setup();
    map.loseContext();
    // MapLibre can fire a load for the old style's leftovers; the marks must not go onto it.
    expect(() => map.emit('style.load', {})).not.toThrow();
    expect(controller.screenMarks()).toEqual([]);
  });
});
