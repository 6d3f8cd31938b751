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
      files([event('e1', { summary: text }), event('e2', { summary: text, type: 'rocket_attack' })]),
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

  it('rejects a date outside the wave', () => {
    const messages = checkDataset(files([event('e1'), event('e2', { date: '2023-10-01' })]));
    expect(messages).toEqual([
      'events.geojson #1 (e2) date: must fall inside the wave (2023-10-17 to 2024-12-31)',
    ]);
  });

  it('rejects a site outside the region', () => {
    const messages = checkDataset(files([], [site('asad', [42.44, 33.79]), site('paris', [2.35, 48.85])]));
    expect(messages).toEqual([
      'sites.geojson #1 (paris) geometry.coordinates: must be inside the region (lon 30..54, lat 24..40)',
    ]);
  });

  it('rejects a javascript: source', () => {
    const messages = checkDataset(files([event('e1', { sources: ['javascript:alert(1)'] })]));
    expect(messages).toEqual(['events.geojson #0 (e1) sources.0: must be an http: or https: URL']);
  });

  it('rejects a duplicate id', () => {
    const messages = checkDataset(files([event('e1'), event('e1', { date: '2023-10-20' })]));
    expect(messages).toEqual(['events.geojson #1 (e1) id: duplicate id']);
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
      'official-counts.json version: "0.9.0" differs from events.geojson ("1.0.0")',
    ]);
  });
});

describe('the duplicate rule (same date, site and type)', () => {
  it('flags an unexplained duplicate, naming both events', () => {
    const messages = checkDataset(files([event('e1'), event('e2')]));
    expect(messages).toEqual([
      'events.geojson #1 (e2) date: same date, siteId and type as "e1"; both notes must say "separate" and name the other id',
    ]);
  });

  it('still flags it when only one of the two notes explains', () => {
    const messages = checkDataset(files([event('e1'), event('e2', { notes: 'Separate attack from e1.' })]));
    expect(messages).toHaveLength(1);
  });

  it('accepts a duplicate when both notes explain and name each other', () => {
    const a = event('e1', { notes: 'Separate from e2: a second salvo that night.' });
    const b = event('e2', { notes: 'Separate from e1: officials counted two attacks.' });
    expect(checkDataset(files([a, b]))).toEqual([]);
  });

  it('does not treat different types on the same day and site as duplicates', () => {
    expect(checkDataset(files([event('e1'), event('e2', { type: 'rocket_attack' })]))).toEqual([]);
  });
});

describe('a file that is not a FeatureCollection', () => {
  it('is reported as one message instead of throwing', () => {
    const raw = files([event('e1')]);
    raw.events = { type: 'Feature' };
    expect(checkDataset(raw)).toEqual(['events.geojson is not a GeoJSON FeatureCollection']);
  });
});
