/**
 * What the app tells a reader when it opens a dataset: the schema's issues, then the
 * integrity rules as notices on records that still load. The editorial rules stay out.
 */
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/load-dataset';
import { event, files } from './fixtures';

describe('loadDataset', () => {
  it('keeps a record that breaks an integrity rule, and says it was kept', () => {
    const moved = { ...event('e1'), geometry: { type: 'Point', coordinates: [42.5, 33.79] } };
    const data = loadDataset(files([moved]));
    expect(data.eventById.has('e1')).toBe(true);
    expect(data.issues).toEqual([
      expect.objectContaining({ featureId: 'e1', field: 'geometry', effect: 'kept' }),
    ]);
  });

  it('does not hold a dataset to the editorial rules (a short summary loads without a notice)', () => {
    expect(loadDataset(files([event('e1', { summary: 'x' })])).issues).toEqual([]);
  });

  it('says once that the official counts are missing, without also faulting their version', () => {
    const raw = { ...files([event('e1')]), counts: null };
    const data = loadDataset(raw, { countsUnavailable: 'Could not load it (HTTP 404).' });
    expect(data.issues).toEqual([
      expect.objectContaining({
        file: 'official-counts.json',
        field: '(file)',
        message: 'Could not load it (HTTP 404). The coverage line is not shown.',
      }),
    ]);
    // Rules about the other files still hold.
    const moved = { ...event('e1'), geometry: { type: 'Point', coordinates: [42.5, 33.79] } };
    const both = loadDataset({ ...files([moved]), counts: null }, { countsUnavailable: 'Gone.' });
    expect(both.issues.map((i) => [i.file, i.field])).toEqual([
      ['official-counts.json', '(file)'],
      ['events.geojson', 'geometry'],
    ]);
    // A counts file that did arrive without a version is faulted.
    const unversioned = { ...files([event('e1')]), counts: { description: 'test', counts: [] } };
    expect(loadDataset(unversioned).issues).toEqual([
      expect.objectContaining({ file: 'official-counts.json', field: 'version', effect: 'kept' }),
    ]);
  });
});
