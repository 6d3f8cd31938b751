/**
 * Property tests for the URL codec: a canonical view survives a round trip unchanged, field by
 * field (so a field the encoder forgot fails); any view encodes to a fixed point that the
 * browser keeps as written and that is never longer than MAX_LINK_LENGTH; and no string at
 * all, however hostile, makes decoding throw, yields an invalid view, or pollutes
 * Object.prototype. Generous timeouts: 10,000 runs take seconds on a loaded 2-CPU machine.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FILTER_KEYS, FILTER_SPECS, type FilterKey } from '../../src/data/filter-spec';
import { eventProperties } from '../../src/data/record-schema';
import { cleanText, ID_PATTERN, isCleanName, isId, MAX_ID_LENGTH, MAX_TEXT } from '../../src/data/values';
import type { Filters } from '../../src/data/view-types';
import { MAX_PITCH, REGION_BOUNDS } from '../../src/domain/region';
import { parseCivilDate } from '../../src/shared/civil-date';
import { MAX_DATA_PATH } from '../../src/store/data-path';
import { decodeUrl, encodeUrl, MAX_LINK_LENGTH } from '../../src/store/url-codec';
import { V1_KEYS } from '../../src/store/url-migrate';
import { CAMERA_LIMITS, MAX_LIST } from '../../src/store/url-params';
import { DEFAULT_VIEW, type ViewState } from '../../src/store/view-state';
import { propertyRuns } from '../support/property-runs';

const SLOW = { timeout: 60_000 };
const FIRST = parseCivilDate('1900-01-01') as number;
const LAST = parseCivilDate('2100-12-31') as number;
const dayArb = fc.integer({ min: FIRST, max: LAST });
const within = (min: number, max: number) => fc.double({ min, max, noNaN: true });
const idArb = fc.stringMatching(ID_PATTERN);
// 'binary' strings include lone surrogates, which encodeURIComponent throws on.
const textArb = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }));
const sorted = (values: string[]) => [...values].sort();

const rangeArb = fc.oneof(
  fc.constant(null),
  fc.tuple(dayArb, dayArb).map(([a, b]): [number, number] => (a <= b ? [a, b] : [b, a])),
  dayArb.map((d): [number, number] => [Number.NEGATIVE_INFINITY, d]),
  dayArb.map((d): [number, number] => [d, Number.POSITIVE_INFINITY]),
);

/** Values for the filters whose vocabulary comes from the data, in canonical spelling. */
const OPEN_VALUES: Partial<Record<FilterKey, fc.Arbitrary<string>>> = {
  claimants: textArb.map(cleanText).filter(isCleanName),
  countries: fc.stringMatching(/^[A-Z]{2}$/),
  sites: idArb,
};

/** Each filter's list as the codec writes it: valid values, unique, sorted. */
function canonicalList(key: FilterKey): fc.Arbitrary<string[]> {
  const fixed = FILTER_SPECS[key].values;
  const values = fixed ? fc.constantFrom(...fixed) : OPEN_VALUES[key];
  if (!values) throw new Error(`tests/unit/url-codec.property.test.ts: give the ${key} filter an arbitrary`);
  return fc.uniqueArray(values, { maxLength: 4 }).map(sorted);
}

const canonicalFilters = fc.record(
  Object.fromEntries(FILTER_KEYS.map((key) => [key, canonicalList(key)])) as {
    [K in FilterKey]: fc.Arbitrary<string[]>;
  },
) as fc.Arbitrary<Filters>;

/** Any lists at all: unsorted, repeated, lower-case codes, dirty names, invalid items. */
const anyFilters = fc.record(
  Object.fromEntries(
    FILTER_KEYS.map((key) => [
      key,
      fc.array(
        fc.oneof(
          canonicalList(key).map((l) => l[0] ?? ''),
          textArb,
        ),
        { maxLength: 6 },
      ),
    ]),
  ) as { [K in FilterKey]: fc.Arbitrary<string[]> },
) as fc.Arbitrary<Filters>;

const [west, south, east, north] = REGION_BOUNDS;
/** Cameras as a link writes them: in the region, decimals the written precision keeps. */
const canonicalCamera = fc.record({
  zoom: fc.integer({ min: 0, max: 2200 }).map((k) => k / 100),
  lat: fc.integer({ min: south * 10, max: north * 10 }).map((k) => k / 10),
  lng: fc.integer({ min: west * 10, max: east * 10 }).map((k) => k / 10),
  bearing: fc.oneof(fc.constant(0), fc.integer({ min: -179, max: 180 })),
  pitch: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: MAX_PITCH })),
});
const { zoom, lat, lng, pitch } = CAMERA_LIMITS;
const anyCamera = fc.record({
  zoom: within(zoom[0], zoom[1]),
  lat: within(lat[0], lat[1]),
  lng: within(lng[0], lng[1]),
  bearing: fc.oneof(fc.constant(0), within(-180, 180)),
  pitch: fc.oneof(fc.constant(0), within(pitch[0], pitch[1])),
});

const selectionArb = fc.option(
  fc.record({ kind: fc.constantFrom('event' as const, 'site' as const), id: idArb }),
);
const modeArb = fc.constantFrom('map' as const, 'list' as const);
const dataArb = fc.option(
  fc.stringMatching(/^(\/?[a-z0-9_-]{1,12}\/)?[a-z0-9_-]{1,20}\.(csv|geojson|json)$/),
);

const canonicalView: fc.Arbitrary<ViewState> = fc.record({
  range: rangeArb,
  filters: canonicalFilters,
  search: textArb.map(cleanText),
  selection: selectionArb,
  camera: fc.option(canonicalCamera),
  view: modeArb,
  data: dataArb,
});

const anyView: fc.Arbitrary<ViewState> = fc.record({
  range: rangeArb,
  filters: anyFilters,
  search: textArb,
  selection: selectionArb,
  camera: fc.option(anyCamera),
  view: modeArb,
  data: dataArb,
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
  expect(v.search === cleanText(v.search) && v.search.length <= MAX_TEXT).toBe(true);
  if (v.selection) expect(['event', 'site'].includes(v.selection.kind) && isId(v.selection.id)).toBe(true);
  if (v.camera) {
    // Clamped to what the map can show.
    const c = v.camera;
    const ok = (x: number, min: number, max: number) => Number.isFinite(x) && x >= min && x <= max;
    expect(ok(c.zoom, 0, 22) && ok(c.lat, south, north) && ok(c.lng, west, east)).toBe(true);
    expect(ok(c.bearing, -180, 180) && ok(c.pitch, 0, MAX_PITCH)).toBe(true);
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
  '\uD800',
  'a\uDFFF',
  '\uDC00\uD800',
  '%ED%A0%80',
  '%C0%AF',
  "it's",
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

/** The same text as the browser keeps for this query (WHATWG URL parsing, as in Chromium). */
const asTheBrowserKeepsIt = (query: string) => new URL(`http://127.0.0.1/${query}`).search;

describe('url codec properties', () => {
  it('a canonical view comes back from its link unchanged, every field of it', SLOW, () => {
    fc.assert(
      fc.property(canonicalView, (view) => {
        const decoded = decodeUrl(encodeUrl(view));
        expect(decoded.notices).toEqual([]);
        expect(full(decoded.view)).toEqual(view);
      }),
      { numRuns: propertyRuns(3000) },
    );
  });

  it('any view encodes to a fixed point the browser keeps as written, within the length bound', SLOW, () => {
    fc.assert(
      fc.property(anyView, (view) => {
        const once = encodeUrl(view);
        const decoded = decodeUrl(once);
        expect(decoded.notices).toEqual([]);
        expect(encodeUrl(full(decoded.view))).toBe(once);
        expect(asTheBrowserKeepsIt(once)).toBe(once);
        expect(once.length).toBeLessThanOrEqual(MAX_LINK_LENGTH);
      }),
      { numRuns: propertyRuns(3000) },
    );
  });

  // B10: the schema let ids of any length through, the URL only 121 characters, so such an
  // event opened without a history entry and Copy link lost it.
  it('every id the data schema accepts can be linked', SLOW, () => {
    const anyId = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,200}$/);
    fc.assert(
      fc.property(anyId, fc.constantFrom('event' as const, 'site' as const), (id, kind) => {
        fc.pre(eventProperties.shape.id.safeParse(id).success);
        const link = encodeUrl({ ...DEFAULT_VIEW, selection: { kind, id } });
        expect(decodeUrl(link).view.selection).toEqual({ kind, id });
      }),
      { numRuns: propertyRuns(1000) },
    );
    expect(eventProperties.shape.id.safeParse('a'.repeat(MAX_ID_LENGTH)).success).toBe(true);
    expect(eventProperties.shape.id.safeParse('a'.repeat(MAX_ID_LENGTH + 1)).success).toBe(false);
  });

  // B11: the encoder could write a link longer than the decoder's 4,000-character cap.
  it('the longest link the app can write opens again, whole', () => {
    const longest = (i: number) => `${String(i).padStart(2, '0')}${'€'.repeat(MAX_TEXT - 2)}`;
    const filters = Object.fromEntries(
      FILTER_KEYS.map((key) => {
        const fixed = FILTER_SPECS[key].values;
        if (fixed) return [key, sorted([...fixed])];
        const one =
          key === 'claimants'
            ? longest
            : key === 'countries'
              ? (i: number) => String.fromCharCode(65 + Math.floor(i / 26), 65 + (i % 26))
              : (i: number) => `${String(i).padStart(2, '0')}${'x'.repeat(MAX_ID_LENGTH - 2)}`;
        return [key, sorted(Array.from({ length: MAX_LIST }, (_, i) => one(i)))];
      }),
    ) as unknown as Filters;
    const view: ViewState = {
      range: [parseCivilDate('2023-10-17') as number, parseCivilDate('2024-02-07') as number],
      filters,
      search: '€'.repeat(MAX_TEXT),
      selection: { kind: 'event', id: 'e'.repeat(MAX_ID_LENGTH) },
      camera: { zoom: 21.37, lat: 33.123456, lng: 44.654321, bearing: -123, pitch: 45 },
      view: 'list',
      data: `${'d'.repeat(MAX_DATA_PATH - 4)}.csv`,
    };
    const link = encodeUrl(view);
    expect(link.length).toBeGreaterThan(MAX_LINK_LENGTH * 0.9);
    expect(link.length).toBeLessThanOrEqual(MAX_LINK_LENGTH);
    const decoded = decodeUrl(link);
    expect(decoded.notices).toEqual([]);
    expect(full(decoded.view).filters).toEqual(filters);
    expect(encodeUrl(full(decoded.view))).toBe(link);
  });

  // D17: decodeUrl threw URIError on some strings a browser cannot produce (lone surrogates).
  it('10,000 random and hostile strings decode without throwing into a valid, canonical view', SLOW, () => {
    fc.assert(
      fc.property(hostileArb, hashArb, (search, hash) => {
        const { view, notices } = decodeUrl(search, hash);
        expectValid(view);
        expect(notices.every((n) => typeof n === 'string')).toBe(true);
        // Whatever came in, the canonical link is a fixed point, and one the browser keeps.
        const canonical = encodeUrl(full(view));
        expect(encodeUrl(full(decodeUrl(canonical).view))).toBe(canonical);
        expect(asTheBrowserKeepsIt(canonical)).toBe(canonical);
        expect(canonical.length).toBeLessThanOrEqual(MAX_LINK_LENGTH);
        expect(Object.hasOwn(Object.prototype, 'polluted')).toBe(false);
      }),
      { numRuns: propertyRuns(10_000) },
    );
  });
});
