/** Datasets built in code for the map's tests: real parsing, any shape of places and events. */
import { parseDataset } from '../../src/data/parse-dataset';
import type { Dataset } from '../../src/data/model';
import { eventFeature, rawFiles, siteFeature } from './fixture';

type Props = Record<string, unknown>;

export interface PlaceSpec {
  id: string;
  at: [number, number] | null;
  props?: Props;
}

export interface EventSpec {
  id: string;
  date: string;
  site: string;
  props?: Props;
}

export function datasetOf(places: PlaceSpec[], events: EventSpec[]): Dataset {
  const dataset = parseDataset(
    rawFiles({
      sites: {
        type: 'FeatureCollection',
        version: 'test',
        features: places.map((p) => siteFeature(p.id, p.at, { name: `Place ${p.id}`, ...p.props })),
      },
      events: {
        type: 'FeatureCollection',
        version: 'test',
        features: events.map((e) => eventFeature(e.id, e.date, e.site, e.props)),
      },
    }),
  );
  if (dataset.issues.length > 0)
    throw new Error(`test dataset has issues: ${JSON.stringify(dataset.issues[0])}`);
  return dataset;
}

/** n events on consecutive days from 18 Oct 2023 at one site. */
export function eventsAt(site: string, n: number, props: Props = {}): EventSpec[] {
  const start = Date.UTC(2023, 9, 18);
  return Array.from({ length: n }, (_, i) => ({
    id: `${site}-e${i}`,
    date: new Date(start + (i % 120) * 86_400_000).toISOString().slice(0, 10),
    site,
    props,
  }));
}
