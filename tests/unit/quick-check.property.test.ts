/**
 * The first view reads the built-in data through a hand-written check (quick-check.ts) instead
 * of zod (issue 13). It may give up on anything, since the schema then parses again; what it
 * must never do is accept a record the schema refuses, or keep it differently. Compared here on
 * the real records and on records broken one value at a time.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { loadDataset } from '../../src/data/load-dataset';
import { DatasetFormatError, parseDataset } from '../../src/data/parse-dataset';
import { parseWithPauses, type RecordChecks } from '../../src/data/parse-records';
import { parseQuickly, quickRecord } from '../../src/data/quick-check';
import { PAUSED_FROM, readDataset } from '../../src/data/read-dataset';
import {
  coverageWindow,
  eventFeature,
  featureCollection,
  officialCount,
  officialCountsFile,
  siteFeature,
} from '../../src/data/record-schema';
import { event, files, site } from '../data/fixtures';
import { loadRealFiles } from '../data/load-files';

const SLOW = { timeout: 120_000 };
const real = loadRealFiles();
const features = (raw: unknown) => (raw as { features: unknown[] }).features;
const RECORDS = {
  site: features(real.sites),
  event: features(real.events),
  count: (real.counts as { counts: unknown[] }).counts,
  coverage: [(real.events as { coverage: unknown }).coverage],
} satisfies Partial<Record<keyof RecordChecks, unknown[]>>;
const SCHEMA = {
  site: siteFeature,
  event: eventFeature,
  count: officialCount,
  coverage: coverageWindow,
  collection: featureCollection,
  countsFile: officialCountsFile,
};
/** The schema as the parse's checks, as parse-dataset.ts uses it. */
const schemaChecks = Object.fromEntries(
  Object.entries(SCHEMA).map(([kind, schema]) => [kind, (raw: unknown) => schema.safeParse(raw)]),
) as unknown as RecordChecks;

/** Every value in the real files: a value good in one field is the likeliest mistake in another. */
function leaves(value: unknown, out: unknown[] = []): unknown[] {
  if (typeof value === 'object' && value !== null) for (const v of Object.values(value)) leaves(v, out);
  else out.push(value);
  return out;
}
const POOL = [...new Set(leaves([RECORDS.site.slice(0, 20), RECORDS.event.slice(0, 20), RECORDS.count]))];
const EDGES = [
  ...['', ' ', 'javascript:alert(1)', 'data:,x', 'http://', 'ftp://example.org/', '2023-02-29', '2024-02-29'],
  ...[
    '1999-01-01',
    '2099-12-31',
    '2023-13-01',
    '00:00',
    '23:59',
    '24:00',
    '1:30',
    'iq',
    'IRQ',
    'A',
    'a--b',
    '-a',
    'Point',
    'Feature',
  ],
  ...[-1, 0, 1, 1.5, -0, 2 ** 53, Number.NaN, Number.POSITIVE_INFINITY, true, false, null, [], {}, [40, 33]],
  ...[[40, 33, 0], [29, 33], [40, 41], ['40', '33'], ['https://example.org/a'], [''], [{}]],
];
const DELETE = Symbol('delete');
/** The empty value of the same kind: '', [], {} or 0. */
const EMPTY = Symbol('empty');
const replacement = fc.oneof(
  fc.constantFrom(DELETE, EMPTY, undefined),
  fc.constantFrom(...POOL),
  fc.constantFrom(...EDGES),
  fc.jsonValue({ maxDepth: 2 }),
);

/** The path to every value inside `value`, containers included. */
function paths(value: unknown, at: string[] = [], out: string[][] = []): string[][] {
  if (typeof value !== 'object' || value === null) return out;
  for (const [key, v] of Object.entries(value)) {
    out.push([...at, key]);
    paths(v, [...at, key], out);
  }
  return out;
}

function emptyLike(value: unknown): unknown {
  if (typeof value === 'string') return '';
  if (Array.isArray(value)) return [];
  return typeof value === 'object' && value !== null ? {} : 0;
}

/** A copy of `record` with the value at one of its paths replaced, or removed. */
function mutate(record: unknown, pick: number, value: unknown): unknown {
  const copy = structuredClone(record);
  const all = paths(copy);
  const path = all[pick % all.length] as string[];
  const key = path.at(-1) as string;
  let parent = copy as Record<string, unknown>;
  for (const step of path.slice(0, -1)) parent = parent[step] as Record<string, unknown>;
  if (value === DELETE && Array.isArray(parent)) parent.splice(Number(key), 1);
  else if (value === DELETE) delete parent[key];
  else parent[key] = value === EMPTY ? emptyLike(parent[key]) : value;
  return copy;
}

/** What the loader reads of a check's result: of a whole file, only its list of records. */
function used(kind: keyof typeof SCHEMA, data: unknown): unknown {
  if (kind === 'collection') return (data as { features: unknown }).features;
  return kind === 'countsFile' ? (data as { counts: unknown }).counts : data;
}

/**
 * The quick check accepts exactly what the schema accepts, and keeps it exactly as the schema
 * does, key order too. (Giving up on a good record would only cost time, but it would also
 * mean the first view loads zod after all; accepting a bad one would hide its message.)
 */
function agree(kind: keyof typeof SCHEMA, record: unknown): 'both' | 'neither' {
  const quick = quickRecord(kind, record);
  const full = SCHEMA[kind].safeParse(record);
  expect(quick !== null, JSON.stringify(record)).toBe(full.success);
  if (quick === null || !full.success) return 'neither';
  expect(used(kind, quick)).toStrictEqual(used(kind, full.data));
  expect(JSON.stringify(used(kind, quick))).toBe(JSON.stringify(used(kind, full.data)));
  return 'both';
}

describe('the quick check of the built-in data', () => {
  it('accepts every real record and keeps each exactly as the schema does', () => {
    for (const [kind, records] of Object.entries(RECORDS)) {
      for (const record of records) expect(agree(kind as keyof typeof RECORDS, record)).toBe('both');
    }
    for (const raw of [real.sites, real.events]) expect(agree('collection', raw)).toBe('both');
    expect(agree('countsFile', real.counts)).toBe('both');
  });

  it('accepts a point on the edge of the region and a one-day coverage, as the schema does', () => {
    // Giving up on these would load zod for good data; the schema counts both edges as inside.
    for (const corner of [
      [30, 24],
      [54, 40],
    ] as [number, number][]) {
      expect(agree('site', site('edge', corner))).toBe('both');
    }
    expect(agree('coverage', { start: '2024-01-01', end: '2024-01-01' })).toBe('both');
  });

  it('gives the same dataset as the schema for the real files, without giving up', () => {
    const quick = parseQuickly(real);
    expect(quick).not.toBeNull();
    expect(quick).toStrictEqual(parseDataset(real));
  });

  for (const kind of Object.keys(RECORDS) as (keyof typeof RECORDS)[]) {
    it(`accepts a changed ${kind} record exactly when the schema does`, SLOW, () => {
      let accepted = 0;
      fc.assert(
        fc.property(
          fc.nat({ max: RECORDS[kind].length - 1 }),
          fc.nat(),
          replacement,
          (index, pick, value) => {
            if (agree(kind, mutate(RECORDS[kind][index], pick, value)) === 'both') accepted += 1;
          },
        ),
        { numRuns: 3000 },
      );
      // Not vacuous: some changes (a value the field allows) are still good records.
      expect(accepted).toBeGreaterThan(30);
    });
  }

  it('accepts a changed file around the records exactly when the schema does', () => {
    fc.assert(
      fc.property(fc.nat(), replacement, (pick, value) => {
        const head = { ...(real.events as object), features: [] };
        agree('collection', mutate(head, pick, value));
        agree('countsFile', mutate({ ...(real.counts as object), counts: [] }, pick, value));
      }),
      { numRuns: 500 },
    );
  });
});

describe('readDataset, the app loader', () => {
  it('reads good files as loadDataset does', async () => {
    expect(await readDataset(real)).toStrictEqual(loadDataset(real));
  });

  it('gives a bad record to the schema, so its issue has the schema words', async () => {
    const raw = files([event('e1'), event('e2', { status: 'rumoured' }), event('e3', { sources: [] })]);
    expect(parseQuickly(raw)).toBeNull();
    const read = await readDataset(raw);
    expect(read).toStrictEqual(loadDataset(raw));
    expect(read.events.map((e) => e.id)).toEqual(['e1']);
    expect(read.issues).toEqual([
      expect.objectContaining({
        featureId: 'e2',
        field: 'status',
        message: expect.stringContaining('Invalid option'),
      }),
      expect.objectContaining({ featureId: 'e3', field: 'sources', message: 'needs at least one source' }),
    ]);
  });

  /** `n` events over the wave's first days, in no order the app keeps. */
  const many = (n: number, bad: Record<number, Record<string, unknown>> = {}) =>
    files(
      Array.from({ length: n }, (_, i) =>
        event(`ev-${n - i}`, { date: `2023-10-${String(17 + (i % 10)).padStart(2, '0')}`, ...bad[i] }),
      ),
    );

  it('reads the curated data straight through: no pause on the first view', async () => {
    const pause = vi.fn(() => Promise.resolve());
    expect(await readDataset(real, {}, pause)).toStrictEqual(loadDataset(real));
    expect(pause).not.toHaveBeenCalled();
  });

  it(
    'reads a large dataset in slices, pausing for the page, and loads it as loadDataset does',
    SLOW,
    async () => {
      const raw = many(PAUSED_FROM);
      let pauses = 0;
      const read = await readDataset(raw, {}, async () => {
        pauses += 1;
      });
      expect(read).toStrictEqual(loadDataset(raw));
      expect(read.events).toHaveLength(PAUSED_FROM);
      expect(pauses).toBeGreaterThan(0);
    },
  );

  it(
    'pauses between slices of records, not once per file: every 256 records when each slice may last 0 ms',
    SLOW,
    async () => {
      const raw = many(1000);
      let pauses = 0;
      const read = await parseWithPauses(
        schemaChecks,
        raw,
        {},
        async () => {
          pauses += 1;
        },
        0,
      );
      expect(read.events).toHaveLength(1000);
      // Once per 256 events checked and once per 256 placed (3 each), and one after each of the
      // steps around them: the sites, the events' check, their sort (before and after), the end.
      expect(pauses).toBeGreaterThanOrEqual(3 + 3 + 5);
    },
  );

  it('pauses as soon as a slice has lasted its time, never later than 256 records on', async () => {
    // A clock that moves only as events are checked, a quarter of a millisecond each.
    let clock = 0;
    const now = vi.spyOn(performance, 'now').mockImplementation(() => clock);
    try {
      let checked = 0;
      const timed: RecordChecks = {
        ...schemaChecks,
        event: (record) => {
          checked += 1;
          clock += 0.25;
          return schemaChecks.event(record);
        },
      };
      const pausesAt = async (sliceMs?: number) => {
        [clock, checked] = [0, 0];
        const at: number[] = [];
        await parseWithPauses(timed, many(1000), {}, async () => void at.push(checked), sliceMs);
        return at;
      };
      // 40 ms is 160 events, but the parse can stop only every 256: it stops at each chance,
      // then not again while the steps after the checks take no time.
      expect(await pausesAt()).toEqual([255, 511, 767, 1000]);
      // A slice of 64 ms: 255 events are 63.75 ms (go on), 256 more are exactly 64 ms (stop).
      expect(await pausesAt(64)).toEqual([511, 767]);
    } finally {
      now.mockRestore();
    }
  });

  it('names a file that is not a FeatureCollection at all, whether it pauses or not', async () => {
    const raw = { ...files([event('e1')]), events: null };
    await expect(readDataset(raw, {}, () => Promise.resolve())).rejects.toThrow(
      new DatasetFormatError('events.geojson is not a GeoJSON FeatureCollection.'),
    );
  });

  it(
    'gives a large file with a bad record to the schema, still in slices, and says which record',
    SLOW,
    async () => {
      const raw = many(PAUSED_FROM, { 7: { status: 'rumoured' } });
      let pauses = 0;
      const read = await readDataset(raw, {}, async () => {
        pauses += 1;
      });
      expect(read).toStrictEqual(loadDataset(raw));
      expect(read.events).toHaveLength(PAUSED_FROM - 1);
      expect(read.issues).toEqual([
        expect.objectContaining({ featureIndex: 7, featureId: `ev-${PAUSED_FROM - 7}`, field: 'status' }),
      ]);
      expect(pauses).toBeGreaterThan(0);
    },
  );
});
