import { describe, expect, it, vi } from 'vitest';
import { visibleEvents } from '../../src/data/filter-events';
import { parseDataset } from '../../src/data/parse-dataset';
import { EMPTY_FILTERS } from '../../src/data/view-types';
import { BADGES_LAYER, COUNT_LABELS_SOURCE, EVENTS_LAYER, SITES_SOURCE } from '../../src/map/layers';
import { MapController } from '../../src/map/map-controller';
import { parseCivilDate } from '../../src/shared/civil-date';
import { FakeMap } from '../support/fake-map';
import { rawFiles } from '../support/fixture';

const dataset = parseDataset(rawFiles());
const day = (d: string) => parseCivilDate(d) as number;
const inWindow = (a: string, b: string) =>
  visibleEvents(dataset, { range: [day(a), day(b)], filters: EMPTY_FILTERS, search: '' });

function setup() {
  const map = new FakeMap({ zoom: 5, center: [40, 34] } as never);
  const callbacks = { onSelect: vi.fn(), onHover: vi.fn(), onCamera: vi.fn() };
  const controller = new MapController(map, callbacks, true);
  return { map, callbacks, controller };
}

const index = (id: string) => dataset.eventById.get(id)?.index as number;
/** Badge counts live in feature-state (no source rebuild per scrub); read them from there. */
function siteCounts(map: FakeMap) {
  return Object.fromEntries(
    dataset.sites.map((site, i) => [site.id, map.featureState.get(`${SITES_SOURCE}:${i}`)?.n ?? 0]),
  );
}

/** The count label switched on at each site: exactly one per badge, none below two. */
function countLabels(map: FakeMap) {
  const data = map.sources.get(COUNT_LABELS_SOURCE)?.data as GeoJSON.FeatureCollection;
  return data.features
    .filter((f) => map.featureState.get(`${COUNT_LABELS_SOURCE}:${f.id}`)?.on)
    .map((f) => f.properties?.label);
}

describe('MapController', () => {
  it('waits for the style, then uploads once and shows only located events in the window', () => {
    const { map, controller } = setup();
    controller.setDataset(dataset);
    controller.setVisible(inWindow('2023-10-18', '2023-11-10'));
    expect(map.sources.size).toBe(0);
    map.load();
    // e5-qasrak has no coordinate: listed elsewhere, never drawn.
    expect(map.shownEvents()).toEqual(['e2-asad', 'e1-tanf', 'e3-shaddadi', 'e4-tanf'].map(index).sort());
    expect(siteCounts(map)).toMatchObject({ 'al-tanf': 2, 'al-asad': 1, 'al-shaddadi': 1 });
  });

  it('scrubs with feature-state deltas and never re-uploads the events', () => {
    const { map, controller } = setup();
    map.load();
    controller.setDataset(dataset);
    controller.setVisible(inWindow('2023-10-18', '2023-10-19'));
    controller.setVisible(inWindow('2023-10-29', '2023-11-21'));
    expect(map.shownEvents()).toEqual(['e3-shaddadi', 'e4-tanf', 'e6-asad-strike'].map(index).sort());
    expect(map.setDataCalls.get('events') ?? 0).toBe(0);
    expect(map.setDataCalls.get(SITES_SOURCE) ?? 0).toBe(0);
    expect(countLabels(map)).toEqual([]);
    controller.setVisible(inWindow('2023-10-18', '2023-11-21'));
    expect(siteCounts(map)).toMatchObject({ 'al-tanf': 2, 'al-asad': 2, 'al-shaddadi': 1 });
    expect(countLabels(map)).toEqual(['2', '2']);
    expect(map.setDataCalls.get(SITES_SOURCE) ?? 0).toBe(0);
  });

  it('opens a site from its count badge and an event from its dot, ignoring hidden dots', () => {
    const { map, controller, callbacks } = setup();
    map.load();
    controller.setDataset(dataset);
    controller.setVisible(inWindow('2023-10-18', '2023-11-01'));
    map.click([{ id: 0, layer: { id: BADGES_LAYER }, properties: { id: 'al-tanf' } }]);
    expect(callbacks.onSelect).toHaveBeenLastCalledWith({ kind: 'site', id: 'al-tanf' });
    controller.setVisible(inWindow('2023-10-18', '2023-10-19'));
    // Now al-Tanf has one event in the window: its badge is hidden and does not answer clicks.
    map.click([{ id: 0, layer: { id: BADGES_LAYER }, properties: { id: 'al-tanf' } }]);
    expect(callbacks.onSelect).toHaveBeenCalledTimes(1);
    map.click([{ id: index('e4-tanf'), layer: { id: EVENTS_LAYER }, properties: {} }]);
    expect(callbacks.onSelect).toHaveBeenCalledTimes(1);
    map.click([{ id: index('e1-tanf'), layer: { id: EVENTS_LAYER }, properties: {} }]);
    expect(callbacks.onSelect).toHaveBeenLastCalledWith({ kind: 'event', id: 'e1-tanf' });
  });

  it('reports user moves and flights to a selection, but not cameras applied from a link', () => {
    const { map, controller, callbacks } = setup();
    map.load();
    controller.setDataset(dataset);
    controller.setVisible(dataset.events);
    controller.setCamera({ zoom: 5, lat: 33, lng: 40, bearing: 0, pitch: 0 });
    expect(map.camera).toMatchObject({ zoom: 5, lat: 33, lng: 40 });
    expect(callbacks.onCamera).not.toHaveBeenCalled();
    controller.setSelected({ kind: 'event', id: 'e1-tanf' }, true);
    expect(map.camera).toMatchObject({ lng: 38.6178, lat: 33.5058 });
    expect(callbacks.onCamera).toHaveBeenLastCalledWith(
      expect.objectContaining({ lng: 38.6178, lat: 33.5058 }),
    );
    map.userMoveTo({ zoom: 7, lat: 35, lng: 41 });
    expect(callbacks.onCamera).toHaveBeenCalledWith(expect.objectContaining({ zoom: 7, lat: 35, lng: 41 }));
  });

  it('removes the map on destroy', () => {
    const { map, controller } = setup();
    controller.destroy();
    expect(map.removed).toBe(true);
  });
});
