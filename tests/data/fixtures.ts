/** A tiny valid 2.0 dataset that each broken-fixture test changes in one place. */
import type { RawFiles } from '../../src/data/parse-dataset';

const point = (lon: number, lat: number) => ({ type: 'Point', coordinates: [lon, lat] });

export function site(id: string, coords: [number, number] | null, overrides: Record<string, unknown> = {}) {
  return {
    type: 'Feature',
    id,
    geometry: coords ? point(...coords) : null,
    properties: {
      id,
      name: id,
      nameAr: 'قاعدة',
      nameArSource: 'https://example.org/arabic-name',
      altNames: [],
      country: 'IQ',
      admin1: null,
      kind: 'us_base',
      coordPrecision: coords ? 'facility' : 'unknown',
      coordSource: 'https://example.org/source',
      notes: null,
      ...overrides,
    },
  };
}

/** A citable source; the default one is an official statement. */
export function source(overrides: Record<string, unknown> = {}) {
  return {
    url: 'https://example.org/report',
    title: 'Statement on an attack',
    publisher: 'US Department of Defense',
    published: '2023-10-19',
    kind: 'official',
    archive: null,
    relays: null,
    ...overrides,
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
      attributedTo: null,
      weapons: null,
      casualties: null,
      usKilled: null,
      usWounded: null,
      casualtySource: null,
      status: 'confirmed_by_us_officials',
      summary: `A drone was flown at the base (${id}).`,
      sources: [source()],
      notes: null,
      distinctFrom: [],
      ...overrides,
    },
  };
}

export const COVERAGE = { start: '2023-10-17', end: '2024-12-31' };

export function files(events: unknown[], sites: unknown[] = [site('asad', [42.44, 33.79])]): RawFiles {
  const collection = (features: unknown[]) => ({ type: 'FeatureCollection', version: '2.0.0', features });
  return {
    sites: collection(sites),
    events: { ...collection(events), coverage: COVERAGE },
    counts: { description: 'test', version: '2.0.0', counts: [], otherTallies: [] },
  };
}
