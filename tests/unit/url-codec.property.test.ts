/**
 * Property tests for the URL codec: every valid view survives a round trip to the same
 * canonical text, and no string at all, however hostile, makes decoding throw, yields an
 * invalid view, or pollutes Object.prototype.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FILTER_KEYS, FILTER_SPECS } from '../../src/data/filter-spec';
import { DIRECTIONS, EVENT_TYPES, STATUSES } from '../../src/data/schema';
import { cleanText, isCleanName, isId, MAX_TEXT } from '../../src/data/values';
import type { Filters } from '../../src/data/view-types';
import { parseCivilDate } from '../../src/shared/civil-date';
import { decodeUrl, encodeUrl } from '../../src/store/url-codec';
import { V1_KEYS } from '../../src/store/url-migrate';
import { CAMERA_LIMITS, MAX_LIST } from '../../src/store/url-params';
import { DEFAULT_VIEW, type ViewState } from '../../src/store/view-state';

const FIRST = parseCivilDate('1900-01-01') as number;
const LAST = parseCivilDate('2100-12-31') as number;
const dayArb = fc.integer({ min: FIRST, max: LAST });
const within = (min: number, max: number) => fc.double({ min, max, noNaN: true });
const idArb = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,30}$/);
const textArb = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }));

const rangeArb = fc.oneof(
  fc.constant(null),
  fc.tuple(dayArb, dayArb).map(([a, b]): [number, number] => (a <= b ? [a, b] : [b, a])),
  dayArb.map((d): [number, number] => [Number.NEGATIVE_INFINITY, d]),
  dayArb.map((d): [number, number] => [d, Number.POSITIVE_INFINITY]),
);

const filtersArb: fc.Arbitrary<Filters> = fc.record({
  types: fc.subarray([...EVENT_TYPES]),
  directions: fc.subarray([...DIRECTIONS]),
  claimants: fc.array(textArb.map(cleanText).filter(isCleanName), { maxLength: 4 }),
  countries: fc.array(fc.stringMatching(/^[A-Z]{2}$/), { maxLength: 3 }),
  statuses: fc.subarray([...STATUSES]),
  sites: fc.array(idArb, { maxLength: 4 }),
});

const { zoom, lat, lng, pitch } = CAMERA_LIMITS;
const cameraArb = fc.record({
  zoom: within(zoom[0], zoom[1]),
  lat: within(lat[0], lat[1]),
  lng: within(lng[0], lng[1]),
  bearing: fc.oneof(fc.constant(0), within(-180, 180)),
  pitch: fc.oneof(fc.constant(0), within(pitch[0], pitch[1])),
});

const viewArb: fc.Arbitrary<ViewState> = fc.record({
  range: rangeArb,
  filters: filtersArb,
  search: textArb.map(cleanText),
  selection: fc.option(fc.record({ kind: fc.constantFrom('event' as const, 'site' as const), id: idArb })),
  camera: fc.option(cameraArb),
  view: fc.constantFrom('map' as const, 'list' as const),
});

const full = (view: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW, ...view });

/** Every field of a decoded view passes the same checks the codec applies. */
function expectValid(view: Partial<ViewState>) {
  expect(Object.getPrototypeOf(view)).toBe(Object.prototype);
  const v = full(view);
  if (v.range) {
    const [from, to] = v.range;
    expect(from <= to).toBe(true);
    expect(Number.isNaN(from) || Number.isNaN(to)).toBe(false);
  }
  for (const key of FILTER_KEYS) {
    const values: readonly string[] = v.filters[key];
    const valid = FILTER_SPECS[key].isValue;
    expect(Array.isArray(values) && values.length <= MAX_LIST && values.every(valid)).toBe(true);
  }
  expect(v.search === cleanText(v.search) && [...v.search].length <= MAX_TEXT).toBe(true);
  if (v.selection) expect(['event', 'site'].includes(v.selection.kind) && isId(v.selection.id)).toBe(true);
  if (v.camera) {
    const c = v.camera;
    const ok = (x: number, [min, max]: readonly [number, number]) =>
      Number.isFinite(x) && x >= min && x <= max;
    expect(ok(c.zoom, zoom) && ok(c.lat, lat) && ok(c.lng, lng) && ok(c.bearing, [-180, 180])).toBe(true);
    expect(ok(c.pitch, pitch)).toBe(true);
  }
  expect(['map', 'list']).toContain(v.view);
}

const HOSTILE = [
  '__proto__',
  'constructor',
  'prototype',
  '__proto__[polluted]',
  'constructor[prototype][polluted]',
  '%',
  '%E0%A4%A',
  '%ZZ',
  '%00',
  '%F0%9F',
  'javascript:alert(1)',
  '<script>alert(1)</script>',
  '%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  '"><img src=x onerror=alert(1)>',
  'NaN',
  'Infinity',
  '-Infinity',
  '1e309',
  '-1e309',
  '9'.repeat(400),
  '0x1F',
  '',
  ',',
  ',,,',
  '/',
  '//',
  '2023-02-30',
  '2023-10-18',
  '0000-01-01',
  '9999-12-31',
  'drone_attack',
  'IQ',
  'al-tanf',
  'list',
  '5/34/41',
  '5/34/41/10/20',
  '22.5/90/200',
  '+',
  '&',
  '=',
  '#',
  '?',
  'polluted',
];
const KEYS = [...V1_KEYS, 'v', 'start', 'end', 'sel', 'id', 'kinds', 'range', 'zoom', 'lat', 'lng', 'lon'];
const tokenArb = fc.oneof(
  fc.constantFrom(...HOSTILE),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 8 }),
);
const valueArb = fc.oneof(
  tokenArb,
  fc.array(tokenArb, { maxLength: 6 }).map((t) => t.join(',')),
  fc.array(tokenArb, { maxLength: 6 }).map((t) => t.join('/')),
  fc.array(tokenArb, { maxLength: 4 }).map((t) => t.join('')),
);
const pairArb = fc
  .tuple(fc.oneof(fc.constantFrom(...KEYS, ...HOSTILE), fc.string({ maxLength: 6 })), valueArb, fc.boolean())
  .map(([key, value, bare]) => (bare ? key : `${key}=${value}`));
const queryArb = fc
  .tuple(fc.boolean(), fc.array(pairArb, { maxLength: 14 }))
  .map(([mark, pairs]) => `${mark ? '?' : ''}${pairs.join('&')}`);
// Repeated keys: the same key several times with different values.
const repeatedArb = fc
  .tuple(fc.constantFrom(...KEYS), fc.array(valueArb, { minLength: 2, maxLength: 5 }))
  .map(([key, values]) => `?${values.map((v) => `${key}=${v}`).join('&')}`);
const longArb = fc
  .tuple(
    fc.constantFrom(...KEYS),
    fc.integer({ min: 1000, max: 6000 }),
    fc.constantFrom('a', '%', ',', '9', '/'),
  )
  .map(([key, n, c]) => `?v=1&${key}=${c.repeat(n)}`);
const hostileArb = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
  queryArb,
  queryArb,
  queryArb,
  repeatedArb,
  longArb,
);
const hashArb = fc.oneof(
  fc.constant(''),
  fc.string({ maxLength: 20 }),
  tokenArb.map((t) => `#${t}`),
);

describe('url codec properties', () => {
  it('encode(decode(encode(s))) === encode(s) for every valid view, with no notices', () => {
    fc.assert(
      fc.property(viewArb, (view) => {
        const once = encodeUrl(view);
        const decoded = decodeUrl(once);
        expect(decoded.notices).toEqual([]);
        expect(encodeUrl(full(decoded.view))).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });

  it('10,000 random and hostile strings decode without throwing into a valid, canonical view', () => {
    fc.assert(
      fc.property(hostileArb, hashArb, (search, hash) => {
        const { view, notices } = decodeUrl(search, hash);
        expectValid(view);
        expect(notices.every((n) => typeof n === 'string')).toBe(true);
        // Whatever came in, the canonical link is a fixed point.
        const canonical = encodeUrl(full(view));
        expect(encodeUrl(full(decodeUrl(canonical).view))).toBe(canonical);
        expect(canonical.length).toBeLessThan(4000);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        expect(Object.prototype).not.toHaveProperty('polluted');
      }),
      { numRuns: 10_000 },
    );
  });
});
