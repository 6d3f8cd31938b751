import { describe, expect, it } from 'vitest';
import { MAX_LIST_ITEMS, MAX_TEXT_CHARS } from '../../src/data/limits';
import { DatasetFormatError, parseDataset } from '../../src/data/parse-dataset';
import { COUNTS, EVENTS, eventFeature, rawFiles, SITES, siteFeature } from '../support/fixture';

const events = (features: unknown[]) => ({ type: 'FeatureCollection', features });

describe('parseDataset', () => {
  it('loads a good dataset with no issues', () => {
    const data = parseDataset(rawFiles());
    expect(data.events).toHaveLength(EVENTS.length);
    expect(data.issues).toEqual([]);
    expect(data.eventById.get('e1-tanf')?.site?.name).toBe('Al-Tanf Garrison');
    expect(data.counts[0]?.total).toBe(13);
  });

  it('keeps the good features and reports each bad one with its field and reason', () => {
    const bad = [
      eventFeature('bad-date', '2023-11-31', 'al-tanf'),
      eventFeature('bad-status', '2023-10-20', 'al-tanf', { status: 'rumoured' }),
      eventFeature('bad-source', '2023-10-20', 'al-tanf', { sources: ['javascript:alert(1)'] }),
      eventFeature('no-site', '2023-10-20', 'atlantis'),
      { type: 'Feature', geometry: null, properties: null },
    ];
    const data = parseDataset(rawFiles({ events: events([...EVENTS, ...bad]) }));
    expect(data.events).toHaveLength(EVENTS.length);
    const byId = Object.fromEntries(data.issues.map((i) => [i.featureId ?? `#${i.featureIndex}`, i]));
    expect(byId['bad-date']).toMatchObject({
      field: 'date',
      message: expect.stringContaining('calendar date'),
    });
    expect(byId['bad-status']?.field).toBe('status');
    expect(byId['bad-source']).toMatchObject({
      field: 'sources.0.url',
      message: expect.stringContaining('http'),
    });
    expect(byId['no-site']).toMatchObject({ field: 'siteId', message: expect.stringContaining('atlantis') });
    // The feature without properties is named by its position, and the message says what is wrong.
    expect(byId[`#${EVENTS.length + 4}`]).toMatchObject({
      file: 'events.geojson',
      featureIndex: EVENTS.length + 4,
      message: expect.stringMatching(/expected object/),
    });
    expect(data.issues).toHaveLength(bad.length);
  });

  it('loads one of two identical copies and reports the copy', () => {
    const data = parseDataset(rawFiles({ events: events([...EVENTS, EVENTS[0]]) }));
    expect(data.events).toHaveLength(EVENTS.length);
    expect(data.issues).toEqual([
      expect.objectContaining({
        featureIndex: EVENTS.length,
        featureId: 'e1-tanf',
        field: 'id',
        message: 'repeats feature #0 exactly; one copy is loaded',
        effect: 'kept',
      }),
    ]);
  });

  it('never lets an impostor placed first win: differing copies are both reported, neither loads', () => {
    const impostor = siteFeature('al-asad', [31, 25], { name: 'IMPOSTOR', country: 'IQ' });
    const sites = { type: 'FeatureCollection', version: '1.0.0', features: [impostor, ...SITES] };
    const data = parseDataset(rawFiles({ sites }));
    expect(data.siteById.has('al-asad')).toBe(false);
    expect(data.sites.map((s) => s.name)).not.toContain('IMPOSTOR');
    const real = SITES.findIndex((f) => f.id === 'al-asad') + 1;
    const about = data.issues.filter((i) => i.featureId === 'al-asad');
    expect(about).toEqual([
      expect.objectContaining({ featureIndex: 0, message: expect.stringContaining(`feature #${real}`) }),
      expect.objectContaining({ featureIndex: real, message: expect.stringContaining('feature #0') }),
    ]);
    // The events at that site are left out, and the message says why instead of "does not exist".
    const atAsad = data.issues.filter((i) => i.file === 'events.geojson');
    expect(atAsad.map((i) => i.featureId).sort()).toEqual(['e2-asad', 'e6-asad-strike']);
    expect(atAsad[0]?.message).toMatch(/several sites use that id/);
    expect(data.events.some((e) => e.siteId === 'al-asad')).toBe(false);
  });

  it('names the record and the field: a missing properties object, an official count, a bad date', () => {
    const noProps = { type: 'Feature', id: 'bad-no-properties', geometry: null };
    const listProps = { type: 'Feature', id: 'bad-list-properties', geometry: null, properties: [] };
    const badDate = eventFeature('bad-date', 'someday', 'al-tanf');
    // A count that is not a record at all is named by its position, and the good one is kept.
    const counts = { ...COUNTS, counts: [...COUNTS.counts, { ...COUNTS.counts[0], total: -1 }, null] };
    const data = parseDataset(rawFiles({ events: events([...EVENTS, noProps, listProps, badDate]), counts }));
    const byId = (id: string) => data.issues.filter((i) => i.featureId === id);
    expect(byId('bad-no-properties')).toEqual([expect.objectContaining({ field: 'properties' })]);
    expect(byId('bad-list-properties')).toEqual([expect.objectContaining({ field: 'properties' })]);
    // One message for an unreadable date, not also "must fall inside the wave".
    expect(byId('bad-date')).toEqual([
      expect.objectContaining({ field: 'date', message: expect.stringContaining('calendar date') }),
    ]);
    expect(data.issues).toContainEqual(
      expect.objectContaining({ file: 'official-counts.json', featureIndex: 1, featureId: '2023-10-24' }),
    );
    expect(data.issues).toContainEqual(
      expect.objectContaining({ file: 'official-counts.json', featureIndex: 2 }),
    );
    expect(data.counts.map((c) => c.total)).toEqual([13]);
  });

  it('removes bidirectional controls from every text, and says so', () => {
    const rlo = '\u202Efdp.exe\u202C';
    const site = siteFeature('al-tanf', [38.6178, 33.5058], {
      name: `Tanf ${rlo}`,
      admin1: '\u2067Homs',
      altNames: ['\u202BTanf'],
    });
    const sites = { type: 'FeatureCollection', features: [site, ...SITES.slice(1)] };
    const data = parseDataset(rawFiles({ sites }));
    const tanf = data.siteById.get('al-tanf');
    expect([tanf?.name, tanf?.admin1, tanf?.altNames]).toEqual(['Tanf fdp.exe', 'Homs', ['Tanf']]);
    expect(data.issues).toEqual([
      expect.objectContaining({ featureId: 'al-tanf', field: 'name, altNames.0, admin1', effect: 'kept' }),
    ]);
    // Arabic text itself is untouched.
    const arabic = parseDataset(
      rawFiles({
        sites: { type: 'FeatureCollection', features: [siteFeature('x', null, { name: 'قاعدة' })] },
      }),
    );
    expect(arabic.sites[0]?.name).toBe('قاعدة');
  });

  it('leaves out a record whose text or list is past the documented limits, naming the field', () => {
    const huge = eventFeature('huge', '2023-10-20', 'al-tanf', { summary: 'x'.repeat(MAX_TEXT_CHARS + 1) });
    const many = eventFeature('many', '2023-10-21', 'al-tanf', {
      sources: Array.from({ length: MAX_LIST_ITEMS + 1 }, (_, i) => `https://example.org/${i}`),
    });
    const fits = eventFeature('fits', '2023-10-22', 'al-tanf', { summary: 'y'.repeat(MAX_TEXT_CHARS) });
    const full = eventFeature('full', '2023-10-23', 'al-tanf', {
      sources: Array.from({ length: MAX_LIST_ITEMS }, (_, i) => `https://example.org/${i}`),
    });
    const data = parseDataset(rawFiles({ events: events([...EVENTS, huge, many, fits, full]) }));
    expect(data.eventById.has('huge')).toBe(false);
    expect(data.eventById.has('many')).toBe(false);
    expect(data.eventById.has('fits')).toBe(true);
    expect(data.eventById.get('full')?.sources).toHaveLength(MAX_LIST_ITEMS);
    expect(data.issues).toEqual([
      expect.objectContaining({
        featureId: 'huge',
        field: 'summary',
        message: expect.stringMatching(/limit is 10,000/),
      }),
      expect.objectContaining({
        featureId: 'many',
        field: 'sources',
        message: expect.stringMatching(/limit is 500/),
      }),
    ]);
  });

  it('keeps every event when the official counts are unusable, and says the coverage line is gone', () => {
    const broken = parseDataset(rawFiles({ counts: { description: 'no list' } }));
    expect(broken.events).toHaveLength(EVENTS.length);
    expect(broken.counts).toEqual([]);
    expect(broken.issues).toEqual([
      expect.objectContaining({
        file: 'official-counts.json',
        effect: 'file',
        message: expect.stringMatching(/coverage/),
      }),
    ]);
    const missing = parseDataset(rawFiles({ counts: null }), {
      countsUnavailable: 'Could not load it (HTTP 404).',
    });
    expect(missing.events).toHaveLength(EVENTS.length);
    expect(missing.issues).toEqual([
      expect.objectContaining({
        effect: 'file',
        message: 'Could not load it (HTTP 404). The coverage line is not shown.',
      }),
    ]);
  });

  it('refuses a file that is not a FeatureCollection at all', () => {
    expect(() => parseDataset(rawFiles({ events: { hello: 'world' } }))).toThrow(DatasetFormatError);
  });

  it('sorts events by day, then by id, whatever the file order, and spans them in the extent', () => {
    const scrambled = events([
      eventFeature('b-late', '2023-11-02', 'al-tanf'),
      eventFeature('z-same', '2023-10-20', 'al-tanf'),
      eventFeature('w-window', '2023-10-21', 'al-tanf', { datePrecision: 'window', dateEnd: '2023-11-05' }),
      eventFeature('a-same', '2023-10-20', 'al-tanf'),
    ]);
    const data = parseDataset(rawFiles({ events: scrambled }));
    expect(data.events.map((e) => [e.id, e.index])).toEqual([
      ['a-same', 0],
      ['z-same', 1],
      ['w-window', 2],
      ['b-late', 3],
    ]);
    const day = (d: string) => data.eventById.get(d)?.day;
    expect(data.extent).toEqual([day('a-same'), data.eventById.get('w-window')?.dayEnd]);
    expect(parseDataset(rawFiles({ events: events([]) })).extent).toEqual([0, 0]);
  });

  it('sorts the official counts by date', () => {
    const at = (date: string, total: number) => ({ ...COUNTS.counts[0], date, total });
    const counts = {
      ...COUNTS,
      counts: [at('2023-11-20', 60), at('2023-10-24', 13), at('2023-12-01', 70), at('2023-11-20', 61)],
    };
    const data = parseDataset(rawFiles({ counts }));
    expect(data.counts.map((c) => [c.date, c.total])).toEqual([
      ['2023-10-24', 13],
      ['2023-11-20', 60],
      ['2023-11-20', 61],
      ['2023-12-01', 70],
    ]);
  });

  it('names a bad record by properties.id, else its Feature id, else only its position', () => {
    const ownId = { ...eventFeature('own-id', 'someday', 'al-tanf'), id: 'feature-id' };
    const featureIdOnly = {
      type: 'Feature',
      id: 'only-feature-id',
      geometry: null,
      properties: { date: 'x' },
    };
    const data = parseDataset(rawFiles({ events: events([ownId, featureIdOnly, null, 7]) }));
    // The first issue of each record: one per field follows, but the name is the same.
    const first = [
      ...new Map(data.issues.map((i) => [i.featureIndex, i] as const).reverse()).values(),
    ].reverse();
    expect(first.map((i) => [i.featureIndex, i.featureId, i.field])).toEqual([
      [0, 'own-id', 'date'],
      [1, 'only-feature-id', 'id'],
      [2, null, '(record)'],
      [3, null, '(record)'],
    ]);
    // An official count is named by its date; one without a date by its position only.
    const counts = { ...COUNTS, counts: [{ ...COUNTS.counts[0], total: 0 }, { total: 3 }] };
    const countIssues = parseDataset(rawFiles({ counts })).issues;
    expect(new Set(countIssues.map((i) => `${i.featureIndex} ${i.featureId}`))).toEqual(
      new Set(['0 2023-10-24', '1 null']),
    );
  });

  it('gives a field one message, the first found, when two parts of a record name it', () => {
    // A Feature id and properties.id are both reported as "id": the reader gets the first.
    const base = eventFeature('x', '2023-10-20', 'al-tanf');
    const both = { ...base, id: 7, properties: { ...base.properties, id: 'Not An Id' } };
    const data = parseDataset(rawFiles({ events: events([...EVENTS, both]) }));
    expect(data.issues).toEqual([
      expect.objectContaining({ field: 'id', message: 'Invalid input: expected string, received number' }),
    ]);
  });

  it('words each file-level and cross-record problem with its field and reason', () => {
    const rlo = siteFeature('al-tanf', [38.6178, 33.5058], { name: 'Tanf \u202Ex' });
    const sites = { type: 'FeatureCollection', features: [rlo, ...SITES.slice(1), SITES[1]] };
    const impostor = siteFeature('al-asad', [42, 33], { name: 'Other Asad', country: 'IQ' });
    const clash = { type: 'FeatureCollection', features: [...SITES, impostor] };
    const stripped = parseDataset(rawFiles({ sites })).issues.find((i) => i.featureId === 'al-tanf');
    expect(stripped?.message).toBe('held bidirectional control characters, which were removed');
    const left = parseDataset(rawFiles({ sites: clash })).issues.filter((i) => i.file === 'events.geojson');
    expect(left.map((i) => [i.featureId, i.field])).toEqual([
      ['e2-asad', 'siteId'],
      ['e6-asad-strike', 'siteId'],
    ]);
    const noList = parseDataset(rawFiles({ counts: { description: 'no list' } })).issues[0];
    expect(noList).toMatchObject({ field: 'counts', featureIndex: null, featureId: null });
    const missing = parseDataset(rawFiles({ counts: null }), { countsUnavailable: 'Gone.' });
    expect(missing.counts).toEqual([]);
    expect(missing.issues).toEqual([
      {
        file: 'official-counts.json',
        featureIndex: null,
        featureId: null,
        field: '(file)',
        message: 'Gone. The coverage line is not shown.',
        effect: 'file',
      },
    ]);
  });

  it('leaves out an official count whose text is past the limits', () => {
    const long = { ...COUNTS.counts[0], date: '2023-11-01', notes: 'n'.repeat(MAX_TEXT_CHARS + 1) };
    const data = parseDataset(rawFiles({ counts: { ...COUNTS, counts: [...COUNTS.counts, long] } }));
    expect(data.counts.map((c) => c.date)).toEqual(['2023-10-24']);
    expect(data.issues).toEqual([expect.objectContaining({ file: 'official-counts.json', field: 'notes' })]);
  });

  it('rejects an event whose window ends before it starts', () => {
    const backwards = eventFeature('backwards', '2023-10-22', 'al-tanf', {
      datePrecision: 'window',
      dateEnd: '2023-10-20',
    });
    const data = parseDataset(rawFiles({ events: events([...EVENTS, backwards]) }));
    expect(data.eventById.has('backwards')).toBe(false);
    expect(data.issues).toEqual([
      expect.objectContaining({
        featureId: 'backwards',
        field: 'dateEnd',
        message: 'must not be before date',
      }),
    ]);
  });

  it('reads the declared coverage, and names the part of a bad one', () => {
    const withCoverage = (coverage: unknown) =>
      parseDataset(rawFiles({ events: { ...events(EVENTS), coverage } }));
    expect(withCoverage({ start: '2023-10-17', end: '2024-12-31' }).coverage).toEqual({
      start: '2023-10-17',
      end: '2024-12-31',
    });
    expect(withCoverage(undefined).coverage).toBeNull();
    for (const [bad, fields] of [
      ['all of it', ['coverage']],
      [{ start: '2024-01-01', end: '2023-01-01' }, ['coverage']],
      [{ start: 'soon', end: '2023-01-01' }, ['coverage.start', 'coverage']],
    ] as const) {
      const data = withCoverage(bad);
      expect(data.coverage).toBeNull();
      expect(data.issues.map((i) => [i.file, i.featureIndex, i.field])).toEqual(
        fields.map((f) => ['events.geojson', null, f]),
      );
    }
  });

  it('keeps a version without bidi controls and at most 64 characters, and says when there is none', () => {
    const versioned = (version: unknown) =>
      parseDataset(rawFiles({ events: { ...events(EVENTS), version } })).version;
    expect(versioned('2.0.0')).toBe('2.0.0');
    expect(versioned(`\u202E${'9'.repeat(80)}`)).toBe('9'.repeat(64));
    expect(versioned(undefined)).toBe('unversioned');
  });
});
