import { describe, expect, it } from 'vitest';
import { dataUrl, isDataPath, MAX_DATA_PATH } from '../../src/store/data-path';
import { decodeUrl, encodeUrl } from '../../src/store/url-codec';
import { DEFAULT_VIEW } from '../../src/store/view-state';

describe('the data= parameter', () => {
  it('opens a same-origin path to a CSV or GeoJSON file and writes it back first', () => {
    const { view, notices } = decodeUrl('?v=1&data=datasets/acled-2024.csv&from=2024-01-01');
    expect(notices).toEqual([]);
    expect(view.data).toBe('datasets/acled-2024.csv');
    expect(encodeUrl({ ...DEFAULT_VIEW, ...view })).toBe('?v=1&data=datasets/acled-2024.csv&from=2024-01-01');
  });

  it.each([
    'https://evil.example/x.csv',
    '//evil.example/x.csv',
    '../secret.csv',
    'datasets/../../x.csv',
    'x.csv?token=1',
    'javascript:alert(1)',
    'data:text/csv,a,b',
    'script.js',
    'x.csv#y',
    '\\\\evil\\x.csv',
    '',
  ])('refuses %j with a notice and opens the built-in data', (value) => {
    const { view, notices } = decodeUrl(`?v=1&data=${encodeURIComponent(value)}`);
    expect(view.data).toBeUndefined();
    expect(notices.join(' ')).toMatch(/reset: data/);
  });

  it('resolves only to this origin, under the app base', () => {
    expect(dataUrl('datasets/a.geojson', 'https://site.example/atlas/')?.href).toBe(
      'https://site.example/atlas/datasets/a.geojson',
    );
    expect(dataUrl('/d/a.csv', 'https://site.example/atlas/')?.href).toBe('https://site.example/d/a.csv');
    expect(dataUrl('//evil.example/a.csv', 'https://site.example/')).toBeNull();
    expect(isDataPath(`${'a'.repeat(400)}.csv`)).toBe(false);
  });
});

describe('data paths at their limits', () => {
  it('takes a path of exactly the longest length, and refuses one character more', () => {
    const longest = `${'a'.repeat(MAX_DATA_PATH - 4)}.csv`;
    expect(longest).toHaveLength(MAX_DATA_PATH);
    expect(isDataPath(longest)).toBe(true);
    expect(isDataPath(`a${longest}`)).toBe(false);
  });

  it('resolves no path that climbs out of the app base, even to this origin', () => {
    expect(dataUrl('../secret.csv', 'https://site.example/atlas/')).toBeNull();
    expect(dataUrl('datasets/../x.csv', 'https://site.example/atlas/')).toBeNull();
  });
});
