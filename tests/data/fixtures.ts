/** A tiny valid dataset that each broken-fixture test changes in one place. */
import type { RawFiles } from '../../src/data/parse-dataset';

const point = (lon: number, lat: number) => ({ type: 'Point', coordinates: [lon, lat] });

export function site(id: string, coords: [number, number] | null) {
  return {
    type: 'Feature',
    id,
    geometry: coords ? point(...coords) : null,
    properties: {
      id,
      name: id,
      altNames: [],
      country: 'IQ',
      admin1: null,
      kind: 'us_base',
      coordPrecision: coords ? 'facility' : 'unknown',
      coordSource: 'https://example.org/source',
      notes: null,
    },
  };
}

export function event(id: string, overrides: Record<string, unknown> = {}) {
  return {
    type: 'Feature',
    id,
    geometry: point(42.44, 33.79),
    properties: {
      id,
      date: '2023-10-19',
      dateEnd: null,
      timeUtc: null,
      datePrecision: 'exact',
      siteId: 'asad',
      country: 'IQ',
      type: 'drone_attack',
      direction: 'attack_on_us',
      claimedBy: null,
      weapons: null,
      casualties: null,
      status: 'confirmed_by_us_officials',
      summary: `A drone was flown at the base (${id}).`,
      sources: ['https://example.org/report'],
      notes: null,
      ...overrides,
    },
  };
}

export function files(events: unknown[], sites: unknown[] = [site('asad', [42.44, 33.79])]): RawFiles {
  const collection = (features: unknown[]) => ({ type: 'FeatureCollection', version: '1.0.0', features });
  return {
    sites: collection(sites),
    events: collection(events),
    counts: { description: 'test', version: '1.0.0', counts: [], otherTallies: [] },
  };
}
