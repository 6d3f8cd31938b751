import { describe, expect, it } from 'vitest';
import { DatasetFormatError, parseDataset } from '../../src/data/parse-dataset';
import { EVENTS, eventFeature, rawFiles } from '../support/fixture';

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
    expect(byId[`#${EVENTS.length + 4}`]).toBeDefined();
  });

  it('reports duplicate ids instead of loading both', () => {
    const data = parseDataset(rawFiles({ events: events([...EVENTS, EVENTS[0]]) }));
    expect(data.events).toHaveLength(EVENTS.length);
    expect(data.issues).toMatchObject([{ featureId: 'e1-tanf', field: 'id', message: 'duplicate id' }]);
  });

  it('refuses a file that is not a FeatureCollection at all', () => {
    expect(() => parseDataset(rawFiles({ events: { hello: 'world' } }))).toThrow(DatasetFormatError);
  });
});
