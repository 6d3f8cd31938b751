/**
 * The map controller against the fake map: what is drawn for a time window, what a scrub
 * touches, what a click or hover means, and the rings around what was picked.
 */
import { describe, expect, it, vi } from 'vitest';
import { visibleEvents } from '../../src/data/filter-events';
import { EMPTY_DATASET } from '../../src/data/model';
import { parseDataset } from '../../src/data/parse-dataset';
import { EMPTY_FILTERS } from '../../src/data/view-types';
import { LABELS_SOURCE, MARKS_SOURCE } from '../../src/map/layers';
import { type MarkGlLayer, MARKS_GL_LAYER, STATE_FLOATS } from '../../src/map/mark-gl';
import { type MapCallbacks, MapController } from '../../src/map/map-controller';
import { parseCivilDate } from '../../src/shared/civil-date';
import { FakeMap } from '../support/fake-map';
import { rawFiles } from '../support/fixture';
import { datasetOf, eventsAt } from '../support/map-datasets';

const dataset = parseDataset(rawFiles());
const day = (d: string) => parseCivilDate(d) as number;
const inWindow = (a: string, b: string, data = dataset) =>
  visibleEvents(data, { range: [day(a), day(b)], filters: EMPTY_FILTERS, search: '' });

function setup(options: { loaded?: boolean; zoom?: number } = {}) {
  const map = new FakeMap({ zoom: options.zoom ?? 6, center: [40, 34], maxZoom: 12 } as never);
  const callbacks = {
    onSelect: vi.fn(),
    onCamera: vi.fn(),
    onHover: vi.fn(),
    onChooser: vi.fn(),
    onProblem: vi.fn(),
  } satisfies MapCallbacks;
  const controller = new MapController(map, callbacks, { reducedMotion: true, autoCamera: false });
  if (options.loaded ?? true) map.load();
  return { map, callbacks, controller };
}

/** The marks switched on (drawn), with their properties and state. */
const marks = (map: FakeMap) => map.features(MARKS_SOURCE).filter((f) => f.state.on);
/** The place names on the map. */
const labels = (map: FakeMap) => map.features(LABELS_SOURCE).map((f) => f.properties.label);
/** The WebGL layer that draws the marks, and what it was told. */
const drawing = (map: FakeMap) => map.layers.find((l) => l.id === MARKS_GL_LAYER) as MarkGlLayer;
/** Slots whose drawn state differs between two snapshots. */
function changedSlots(a: Float32Array, b: Float32Array) {
  const out: number[] = [];
  for (let slot = 0; slot * STATE_FLOATS < b.length; slot += 1)
    for (let i = 0; i < STATE_FLOATS; i += 1)
      if (a[slot * STATE_FLOATS + i] !== b[slot * STATE_FLOATS + i]) {
        out.push(slot);
        break;
      }
  return out;
}
/** The state of the drawn mark at a site. */
function stateAt(map: FakeMap, site: string, data = dataset) {
  const s = data.siteById.get(site);
  return marks(map).find((m) => m.coordinates[0] === s?.lon && m.coordinates[1] === s?.lat)?.state ?? {};
}
/** The screen position of the mark drawn at a site. */
function markAt(controller: MapController, site: string, data = dataset) {
  const s = data.siteById.get(site);
  const m = controller
    .screenMarks()
    .find((x) => Math.abs(x.lng - (s?.lon ?? 0)) < 1e-9 && Math.abs(x.lat - (s?.lat ?? 0)) < 1e-9);
  if (!m) throw new Error(`no mark at ${site}`);
  return m;
}

describe('drawing', () => {
  it('waits for the style, then draws one mark per place with events in view, none for unlocated ones', () => {
    const { map, controller } = setup({ loaded: false });
    controller.setDataset(dataset);
    controller.setVisible(inWindow('2023-10-18', '2023-11-10'));
    expect(map.sources.size).toBe(0);
    map.load();
    // e5-qasrak has no coordinate: listed elsewhere, never drawn. Tanf holds two events.
    const drawn = controller.screenMarks().map((m) => m.mark.n);
    expect(drawn.sort()).toEqual([1, 1, 2]);
    expect(labels(map).sort()).toEqual(['Ain al-Asad Air Base', 'Al-Shaddadi base', 'Al-Tanf Garrison']);
    expect(marks(map)).toHaveLength(3);
  });

  it('recounts a scrub without regrouping: only the changed marks are repainted, the source kept', () => {
    const { map, controller } = setup();
    controller.setDataset(dataset);
    controller.setVisible(inWindow('2023-10-18', '2023-11-25'));
    const tanf = markAt(controller, 'al-tanf');
    expect(tanf.mark.n).toBe(2);
    const before = Float32Array.from(drawing(map).states);
    const rebuilt = map.setDataCalls.get(MARKS_SOURCE);
    // Al-Asad loses its strike; every place keeps at least one event, so no mark comes or goes.
    controller.setVisible(inWindow('2023-10-18', '2023-11-20'));
    expect(map.setDataCalls.get(MARKS_SOURCE)).toBe(rebuilt);
    expect(changedSlots(before, drawing(map).states)).toHaveLength(1);
    expect(markAt(controller, 'al-asad').mark.n).toBe(1);
    expect(markAt(controller, 'al-tanf').mark.n).toBe(2);
  });

  it('switches a mark on when its place gets its first event in view, uploading no marks again', () => {
    const { map, controller } = setup();
    controller.setDataset(dataset);
    controller.setVisible(inWindow('2023-10-18', '2023-10-19'));
    const uploads = map.setDataCalls.get(MARKS_SOURCE);
    expect(marks(map)).toHaveLength(2);
    expect(labels(map)).toHaveLength(2);
    controller.setVisible(inWindow('2023-10-18', '2023-11-10'));
    expect(marks(map)).toHaveLength(3);
    expect(labels(map)).toHaveLength(3);
    expect(map.setDataCalls.get(MARKS_SOURCE)).toBe(uploads);
  });

  it('names only the places at a point that have events in view', () => {
    const data = datasetOf(
      [
        { id: 'conoco', at: [40.3094, 35.3361], props: { name: 'Conoco gas field / gas plant' } },
        { id: 'mss', at: [40.3094, 35.3361], props: { name: 'Mission Support Site Euphrates' } },
      ],
      [...eventsAt('conoco', 1), { id: 'late', date: '2024-01-20', site: 'mss' }],
    );
    const { map, controller } = setup();
    controller.setDataset(data);
    controller.setVisible(inWindow('2024-01-01', '2024-01-31', data));
    expect(labels(map)).toEqual(['Mission Support Site Euphrates']);
    controller.setVisible(data.events);
    expect(labels(map)).toEqual(['Conoco gas field +1']);
  });

  it('uploads the slots of a zoom level once, and tells the drawing layer what each shows', () => {
    const { map, controller } = setup();
    controller.setDataset(dataset);
    controller.setVisible(dataset.events);
    const uploads = map.setDataCalls.get(MARKS_SOURCE) ?? 0;
    map.jumpTo({ center: [40, 34], zoom: 7.5 });
    expect(map.setDataCalls.get(MARKS_SOURCE)).toBe(uploads + 1);
    controller.setVisible(inWindow('2023-10-18', '2023-11-20'));
    expect(map.setDataCalls.get(MARKS_SOURCE)).toBe(uploads + 1);
    // Tanf's two drone attacks: a donut (kind 0) of one type, counting 2; Shaddadi's lone claim: a ring.
    const gl = drawing(map);
    const tanf = map.features(MARKS_SOURCE).find((f) => f.state.on && f.coordinates[0] === 38.6178);
    const shaddadi = map.features(MARKS_SOURCE).find((f) => f.state.on && f.coordinates[0] === 40.7303);
    const at = (slot: number | undefined, i: number) => gl.states[(slot ?? 0) * STATE_FLOATS + i];
    expect([at(tanf?.id, 0), at(tanf?.id, 2), at(tanf?.id, 4), at(tanf?.id, 11), at(tanf?.id, 12)]).toEqual([
      1, 0, 1, 1, 2,
    ]);
    expect([at(shaddadi?.id, 0), at(shaddadi?.id, 2)]).toEqual([1, 2]);
    // The boxes that keep labels clear are shared by size, not one image per mark.
    expect(map.images.size).toBeLessThan(map.features(MARKS_SOURCE).length);
  });
});

describe('clicks and hovers', () => {
  it('opens a lone event, and lists the events of a place that holds several', () => {
    const { map, controller, callbacks } = setup();
    controller.setDataset(dataset);
    controller.setVisible(inWindow('2023-10-18', '2023-11-10'));
    const shaddadi = markAt(controller, 'al-shaddadi');
    map.click({ x: shaddadi.x + shaddadi.r - 1, y: shaddadi.y });
    expect(callbacks.onSelect).toHaveBeenLastCalledWith({ kind: 'event', id: 'e3-shaddadi' });
    const tanf = markAt(controller, 'al-tanf');
    map.click({ x: tanf.x, y: tanf.y });
    expect(callbacks.onSelect).toHaveBeenCalledTimes(1);
    const chooser = callbacks.onChooser.mock.lastCall?.[0];
    expect(chooser.summary.places).toEqual([{ siteId: 'al-tanf', name: 'Al-Tanf Garrison', n: 2 }]);
    expect(chooser.events.map((e: { id: string }) => e.id)).toEqual(['e1-tanf', 'e4-tanf']);
    // A click on empty map closes the chooser and opens nothing.
    map.click({ x: 5, y: 5 });
    expect(callbacks.onChooser).toHaveBeenLastCalledWith(null);
    expect(callbacks.onSelect).toHaveBeenCalledTimes(1);
  });

  it('zooms into a group of several places, far enough that it splits', async () => {
    const data = datasetOf(
      [
        { id: 'omar', at: [40.5758, 35.1517] },
        { id: 'conoco', at: [40.3094, 35.3361] },
      ],
      [...eventsAt('omar', 3), ...eventsAt('conoco', 2)],
    );
    const map = new FakeMap({ zoom: 5, center: [40.4, 35.2], maxZoom: 12 } as never);
    const onCamera = vi.fn();
    const controller = new MapController(map, { onSelect: vi.fn(), onCamera }, { autoCamera: false });
    map.load();
    controller.setDataset(data);
    controller.setVisible(data.events);
    const [group] = controller.screenMarks();
    expect(group?.mark.n).toBe(5);
    map.click({ x: group?.x ?? 0, y: group?.y ?? 0 });
    // The flight takes time, as MapLibre's does.
    expect(map.isMoving()).toBe(true);
    await vi.waitFor(() => expect(map.isMoving()).toBe(false));
    expect(map.getZoom()).toBeGreaterThan(6);
    expect(
      controller
        .screenMarks()
        .map((m) => m.mark.n)
        .sort(),
    ).toEqual([2, 3]);
    expect(onCamera).toHaveBeenCalledTimes(1);
  });

  it('answers a hover with what the mark holds, and selects nothing', () => {
    const { map, controller, callbacks } = setup();
    controller.setDataset(dataset);
    controller.setVisible(inWindow('2023-10-18', '2023-11-10'));
    const tanf = markAt(controller, 'al-tanf');
    map.hover({ x: tanf.x + 2, y: tanf.y });
    expect(callbacks.onHover.mock.lastCall?.[0]).toMatchObject({
      summary: { kind: 'point', n: 2, dates: '19 Oct 2023 – 1 Nov 2023' },
    });
    expect(map.getCanvas().style.cursor).toBe('pointer');
    map.hover(null);
    expect(callbacks.onHover).toHaveBeenLastCalledWith(null);
    expect(callbacks.onSelect).not.toHaveBeenCalled();
  });
});

describe('rings', () => {
  it('rings the mark of the selected event, and of the event hovered in the list', () => {
    const { map, controller } = setup();
    controller.setDataset(dataset);
    controller.setVisible(inWindow('2023-10-18', '2023-11-30'));
    controller.setSelected({ kind: 'event', id: 'e4-tanf' });
    controller.setHovered('e2-asad');
    expect(stateAt(map, 'al-tanf')).toMatchObject({ selected: true });
    expect(stateAt(map, 'al-asad')).toMatchObject({ hover: true });
    controller.setHovered(null);
    expect(stateAt(map, 'al-asad')).toMatchObject({ hover: false });
  });

  it('rings nothing for a place without a point or an event there, and a located place once', () => {
    const { map, controller } = setup();
    controller.setDataset(dataset);
    controller.setVisible(inWindow('2023-10-18', '2023-11-30'));
    const ringed = () => map.features(MARKS_SOURCE).filter((m) => m.state.selected);
    controller.setSelected({ kind: 'site', id: 'qasrak' });
    expect(ringed()).toEqual([]);
    controller.setSelected({ kind: 'event', id: 'e5-qasrak' });
    expect(ringed()).toEqual([]);
    controller.setSelected({ kind: 'site', id: 'al-shaddadi' });
    expect(ringed().map((m) => m.coordinates)).toEqual([[40.7303, 36.0561]]);
  });

  it('rings a selection made while its event was hidden, once it comes into view (B4)', () => {
    const { map, controller } = setup();
    controller.setDataset(dataset);
    controller.setVisible(inWindow('2023-11-20', '2023-11-30'));
    controller.setSelected({ kind: 'event', id: 'e1-tanf' });
    const ringed = () => map.features(MARKS_SOURCE).filter((m) => m.state.selected);
    expect(ringed()).toEqual([]);
    controller.setVisible(inWindow('2023-10-18', '2023-11-30'));
    expect(ringed().map((m) => m.coordinates)).toEqual([[38.6178, 33.5058]]);
    expect(stateAt(map, 'al-tanf')).toMatchObject({ selected: true, on: true });
  });
});

describe('datasets', () => {
  it('replaces every mark when the real data follows the empty placeholder (B5)', () => {
    const { map, controller } = setup();
    controller.setDataset(EMPTY_DATASET);
    controller.setVisible([]);
    expect(marks(map)).toEqual([]);
    const big = datasetOf([{ id: 'asad', at: [42.4411, 33.7856] }], eventsAt('asad', 30));
    controller.setDataset(big);
    controller.setVisible(big.events);
    expect(controller.screenMarks().map((m) => m.mark.n)).toEqual([30]);
  });

  it('draws a big dataset that follows the placeholder without a symbol per event (B5)', () => {
    const { map, controller } = setup();
    controller.setDataset(EMPTY_DATASET);
    controller.setVisible([]);
    const places = Array.from({ length: 100 }, (_, i) => ({
      id: `s${i}`,
      at: [40 + i * 0.01, 35] as [number, number],
    }));
    const big = datasetOf(
      places,
      Array.from({ length: 25_000 }, (_, i) => ({ id: `e${i}`, date: '2023-10-20', site: `s${i % 100}` })),
    );
    controller.setDataset(big);
    controller.setVisible(big.events);
    // Per-event symbols overflowed MapLibre's buffers past 20,000 events; marks are per place at most.
    const sizes = [...map.sources.values()].map((s) => (s.data as GeoJSON.FeatureCollection).features.length);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(100);
    expect(controller.screenMarks().reduce((sum, m) => sum + m.mark.n, 0)).toBe(25_000);
  }, 30_000);

  it('leaves nothing of a previous dataset drawn or ringed (B5)', () => {
    const { map, controller } = setup();
    controller.setDataset(dataset);
    controller.setVisible(dataset.events);
    controller.setSelected({ kind: 'event', id: 'e1-tanf' });
    const other = datasetOf([{ id: 'solo', at: [44.4, 33.3] }], eventsAt('solo', 1));
    controller.setDataset(other);
    controller.setVisible(other.events);
    expect(labels(map)).toEqual(['Place solo']);
    expect(marks(map).map((m) => m.state)).toEqual([{ on: true }]);
    expect(map.features(MARKS_SOURCE).filter((f) => f.state.selected)).toEqual([]);
    // One drawing layer: the old one left with its dataset.
    expect(map.layers.filter((l) => l.id === MARKS_GL_LAYER)).toHaveLength(1);
    expect(drawing(map).states.filter((_, i) => i % STATE_FLOATS === 0 && _ > 0)).toHaveLength(1);
  });
});

describe('lifecycle and errors', () => {
  it('removes every listener on destroy, even before the style loaded (B9)', () => {
    const { map, controller } = setup({ loaded: false });
    controller.setDataset(dataset);
    controller.destroy();
    expect(map.listenerCount()).toBe(0);
    expect(map.removed).toBe(true);
    map.load();
    expect(map.sources.size).toBe(0);
  });

  it('does not install a style loaded in the same tick as destroy (B9)', async () => {
    const map = new FakeMap({ zoom: 5, center: [40, 34], maxZoom: 12 } as never);
    map.styleLoaded = true;
    const controller = new MapController(map, { onSelect: vi.fn(), onCamera: vi.fn() });
    controller.setDataset(dataset);
    controller.destroy();
    await Promise.resolve();
    expect(map.sources.size).toBe(0);
  });

  it('tells the reader when part of the basemap failed, and never throws on a map error', () => {
    const { map, callbacks } = setup();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    map.emit('error', { error: new Error('Rn'), sourceId: 'basemap-countries' });
    expect(callbacks.onProblem).toHaveBeenCalledWith(expect.stringContaining('the land and coastlines'));
    expect(() => map.emit('error', { error: new Error('tile 9/1/2 failed') })).not.toThrow();
    expect(callbacks.onProblem).toHaveBeenCalledTimes(1);
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });
});
