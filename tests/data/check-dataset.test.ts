import { describe, expect, it } from 'vitest';
import { checkDataset } from '../../src/data/check-dataset';
import { event, files, site } from './fixtures';

describe('checkDataset on small fixtures', () => {
  it('accepts a valid fixture', () => {
    expect(checkDataset(files([event('e1')]))).toEqual([]);
  });

  it('rejects a placeholder summary', () => {
    const messages = checkDataset(files([event('e1', { summary: 'x' })]));
    expect(messages).toEqual([
      'events.geojson #0 (e1) summary: must be a one-sentence summary (30 characters or more)',
    ]);
  });

  it('rejects a summary copied from another event', () => {
    const text = 'One-way drones were aimed at the base and shot down.';
    const messages = checkDataset(
      files([event('e1', { summary: text }), event('e2', { summary: text, date: '2023-10-30' })]),
    );
    expect(messages).toEqual(['events.geojson #1 (e2) summary: repeats the summary of "e1"']);
  });

  it('names an event whose site does not exist', () => {
    const messages = checkDataset(files([event('e1', { siteId: 'nowhere' })]));
    expect(messages).toEqual(['events.geojson #0 (e1) siteId: names a site that does not exist ("nowhere")']);
  });

  it('rejects an impossible calendar date', () => {
    const messages = checkDataset(files([event('e1', { date: '2023-02-30' })]));
    expect(messages).toContain('events.geojson #0 (e1) date: must be a real calendar date YYYY-MM-DD');
  });

  it('rejects a site outside the region', () => {
    const messages = checkDataset(files([], [site('asad', [42.44, 33.79]), site('paris', [2.35, 48.85])]));
    expect(messages).toEqual([
      'sites.geojson #1 (paris) geometry.coordinates: must be inside the region (lon 30..54, lat 24..40)',
    ]);
  });

  it('rejects a javascript: source', () => {
    const messages = checkDataset(files([event('e1', { sources: ['javascript:alert(1)'] })]));
    expect(messages).toEqual(['events.geojson #0 (e1) sources.0.url: must be an http: or https: URL']);
  });

  it('rejects both records of a duplicate id when they differ, naming each other', () => {
    const messages = checkDataset(files([event('e1'), event('e1', { date: '2023-10-25' })]));
    expect(messages).toEqual([
      'events.geojson #0 (e1) id: is also the id of feature #1, with different content; none of them is loaded',
      'events.geojson #1 (e1) id: is also the id of feature #0, with different content; none of them is loaded',
    ]);
    const three = checkDataset(
      files([event('e1'), event('e1', { date: '2023-10-25' }), event('e1', { date: '2023-10-26' })]),
    );
    expect(three[0]).toBe(
      'events.geojson #0 (e1) id: is also the id of feature #1, #2, with different content; none of them is loaded',
    );
  });

  it('reports an exact copy of a record once, against the copy', () => {
    expect(checkDataset(files([event('e1'), event('e1')]))).toEqual([
      'events.geojson #1 (e1) id: repeats feature #0 exactly; one copy is loaded',
    ]);
  });

  it('rejects an unknown status', () => {
    const messages = checkDataset(files([event('e1', { status: 'rumoured' })]));
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^events\.geojson #0 \(e1\) status: /);
  });

  it('flags an event whose geometry is not its site point', () => {
    const moved = { ...event('e1'), geometry: { type: 'Point', coordinates: [42.5, 33.79] } };
    expect(checkDataset(files([moved]))).toEqual([
      'events.geojson #0 (e1) geometry: must equal the point of site "asad" [42.44, 33.79]',
    ]);
  });

  it('requires a null geometry for an event at an unlocated site', () => {
    const sites = [site('asad', [42.44, 33.79]), site('qasrak', null)];
    const messages = checkDataset(files([event('e1', { siteId: 'qasrak' })], sites));
    expect(messages).toEqual([
      'events.geojson #0 (e1) geometry: must be null: site "qasrak" has no coordinate',
    ]);
  });

  it('reports a window without dateEnd', () => {
    const messages = checkDataset(files([event('e1', { datePrecision: 'window' })]));
    expect(messages).toEqual([
      'events.geojson #0 (e1) dateEnd: must be set exactly when datePrecision is "window"',
    ]);
  });

  it('rejects mismatched versions between files', () => {
    const raw = files([event('e1')]);
    (raw.counts as { version: string }).version = '0.9.0';
    expect(checkDataset(raw)).toEqual([
      'official-counts.json version: "0.9.0" differs from events.geojson ("2.0.0")',
    ]);
  });
});

describe('a file that is not a FeatureCollection', () => {
  it('is reported as one message instead of throwing', () => {
    const raw = files([event('e1')]);
    raw.events = { type: 'Feature' };
    expect(checkDataset(raw)).toEqual(['events.geojson is not a GeoJSON FeatureCollection.']);
  });
});
