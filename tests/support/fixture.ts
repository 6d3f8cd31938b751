/** Small raw datasets for tests, built from defaults plus overrides. */
import type { RawFiles } from '../../src/data/parse-dataset';

type Props = Record<string, unknown>;

export function siteFeature(id: string, coords: [number, number] | null, props: Props = {}) {
  return {
    type: 'Feature',
    id,
    geometry: coords ? { type: 'Point', coordinates: coords } : null,
    properties: {
      id,
      name: `Site ${id}`,
      altNames: [],
      country: 'SY',
      admin1: null,
      kind: 'us_base',
      coordPrecision: coords ? 'area' : 'unknown',
      coordSource: 'https://example.org/source',
      notes: null,
      ...props,
    },
  };
}

/** An event repeats its site's point (a data rule); sites outside SITES give none. */
function pointOf(siteId: string) {
  return SITES.find((s) => s.id === siteId)?.geometry ?? null;
}

export function eventFeature(id: string, date: string, siteId: string, props: Props = {}) {
  return {
    type: 'Feature',
    id,
    geometry: pointOf(siteId),
    properties: {
      id,
      date,
      dateEnd: null,
      timeUtc: null,
      datePrecision: 'exact',
      siteId,
      country: 'SY',
      type: 'drone_attack',
      direction: 'attack_on_us',
      claimedBy: null,
      weapons: null,
      casualties: null,
      status: 'confirmed_by_us_officials',
      summary: `Summary of ${id}.`,
      sources: ['https://example.org/report'],
      notes: null,
      ...props,
    },
  };
}

export const SITES = [
  siteFeature('al-tanf', [38.6178, 33.5058], { name: 'Al-Tanf Garrison', altNames: ['At Tanf', 'Tanf'] }),
  siteFeature('al-asad', [42.4411, 33.7856], {
    name: 'Ain al-Asad Air Base',
    altNames: ['Ayn al-Asad', 'Al-Asad Air Base'],
    country: 'IQ',
  }),
  siteFeature('al-shaddadi', [40.7303, 36.0561], { name: 'Al-Shaddadi base', coordPrecision: 'town' }),
  siteFeature('qasrak', null, { name: 'Qasrak base' }),
];

export const EVENTS = [
  eventFeature('e1-tanf', '2023-10-19', 'al-tanf', { claimedBy: 'Islamic Resistance in Iraq', usWounded: 2 }),
  eventFeature('e2-asad', '2023-10-18', 'al-asad', { country: 'IQ', type: 'mixed', usKilled: 1 }),
  eventFeature('e3-shaddadi', '2023-10-29', 'al-shaddadi', {
    status: 'claimed_only',
    claimedBy: 'Islamic Resistance in Iraq',
  }),
  eventFeature('e4-tanf', '2023-11-01', 'al-tanf', { status: 'reported_by_media' }),
  eventFeature('e5-qasrak', '2023-11-10', 'qasrak', { claimedBy: 'Harakat al-Nujaba' }),
  eventFeature('e6-asad-strike', '2023-11-21', 'al-asad', {
    country: 'IQ',
    type: 'us_airstrike',
    direction: 'us_strike',
  }),
];

/** A release's version, the same in the three files as the data rules require. */
export const FIXTURE_VERSION = '0.9.0';

export const COUNTS = {
  description: 'test counts',
  version: FIXTURE_VERSION,
  counts: [
    {
      date: '2023-10-24',
      total: 13,
      qualifier: 'exact',
      iraq: 10,
      syria: 3,
      injured: null,
      sources: ['https://example.org/a'],
      notes: null,
    },
  ],
};

export function rawFiles(overrides: Partial<RawFiles> = {}): RawFiles {
  return {
    sites: { type: 'FeatureCollection', version: FIXTURE_VERSION, features: SITES },
    events: { type: 'FeatureCollection', version: FIXTURE_VERSION, features: EVENTS },
    counts: COUNTS,
    ...overrides,
  };
}
