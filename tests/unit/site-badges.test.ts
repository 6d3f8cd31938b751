import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/data/parse-dataset';
import { COUNT_LABELS_SOURCE, SITES_SOURCE } from '../../src/map/layers';
import { LABEL_BUDGET, SiteBadges } from '../../src/map/site-badges';
import { FakeMap } from '../support/fake-map';
import { eventFeature, rawFiles } from '../support/fixture';

function datasetWith(eventsAtTanf: number) {
  const features = Array.from({ length: eventsAtTanf }, (_, i) =>
    eventFeature(`e${i}`, '2023-10-19', 'al-tanf', { summary: `Event number ${i} at the garrison.` }),
  );
  return parseDataset(rawFiles({ events: { type: 'FeatureCollection', features } }));
}

function setup(eventsAtTanf: number) {
  const map = new FakeMap({ zoom: 5, center: [40, 34] } as never);
  const dataset = datasetWith(eventsAtTanf);
  const badges = new SiteBadges(map, dataset);
  const tanf = dataset.sites.findIndex((s) => s.id === 'al-tanf');
  return { map, dataset, badges, tanf };
}

function labels(map: FakeMap) {
  const data = map.sources.get(COUNT_LABELS_SOURCE)?.data as GeoJSON.FeatureCollection;
  return data.features;
}
const on = (map: FakeMap) =>
  [...map.featureState].filter(([k, v]) => k.startsWith(`${COUNT_LABELS_SOURCE}:`) && v.on).map(([k]) => k);

describe('SiteBadges', () => {
  it('switches on the one label that reads the visible count', () => {
    const { map, dataset, badges, tanf } = setup(5);
    expect(labels(map).map((f) => f.properties?.label)).toEqual(['2', '3', '4', '5']);
    badges.update(dataset.events.slice(0, 3));
    expect(map.featureState.get(`${SITES_SOURCE}:${tanf}`)).toEqual({ n: 3 });
    const [lit] = on(map);
    expect(labels(map)[Number(lit?.split(':')[1])]?.properties?.label).toBe('3');
    badges.update(dataset.events.slice(0, 1));
    expect(on(map)).toEqual([]);
    expect(badges.has(tanf)).toBe(false);
  });

  it('past the label budget keeps sized badges but uploads no numbers and rebuilds nothing', () => {
    const { map, dataset, badges, tanf } = setup(LABEL_BUDGET + 2);
    expect(labels(map)).toEqual([]);
    badges.update(dataset.events.slice(0, 40));
    badges.update(dataset.events.slice(0, 7));
    expect(map.featureState.get(`${SITES_SOURCE}:${tanf}`)).toEqual({ n: 7 });
    expect(map.setDataCalls.get(COUNT_LABELS_SOURCE) ?? 0).toBe(0);
  });
});
