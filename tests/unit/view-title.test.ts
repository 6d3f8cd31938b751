import { describe, expect, it } from 'vitest';
import { viewTitle } from '../../src/app/view-title';
import { builtInMeta } from '../../src/data/dataset-meta';
import { parseDataset } from '../../src/data/parse-dataset';
import { parseCivilDate } from '../../src/shared/civil-date';
import { createAppStore } from '../../src/store/app-store';
import { rawFiles } from '../support/fixture';

const dataset = parseDataset(rawFiles());
const day = (s: string) => parseCivilDate(s) as number;
const meta = builtInMeta('1.2.0');

describe('the page title names the view', () => {
  it('says the app alone for the default view', () => {
    expect(viewTitle(dataset, meta, { selection: null, range: null })).toBe('Incident Atlas');
  });

  it('names the open event, its place and day, and the window', () => {
    expect(
      viewTitle(dataset, meta, {
        selection: { kind: 'event', id: 'e1-tanf' },
        range: [day('2023-10-18'), day('2023-11-01')],
      }),
    ).toBe('Drone attack at Al-Tanf Garrison, 19 Oct 2023 · 18 Oct 2023 to 1 Nov 2023 · Incident Atlas');
  });

  it('names an open place, a one-day window, and data that is not the built-in', () => {
    const file = { ...meta, origin: 'file' as const, title: 'my-events.csv' };
    expect(
      viewTitle(dataset, file, {
        selection: { kind: 'site', id: 'al-asad' },
        range: [day('2023-10-18'), day('2023-10-18')],
      }),
    ).toBe('Ain al-Asad Air Base · 18 Oct 2023 · my-events.csv · Incident Atlas');
  });

  it('leaves out what the data does not have', () => {
    expect(viewTitle(dataset, meta, { selection: { kind: 'event', id: 'gone' }, range: null })).toBe(
      'Incident Atlas',
    );
  });
});

describe('opening other data', () => {
  it('clears the window, filters, search and selection of the old data, and keeps the camera', () => {
    const camera = { zoom: 6, lat: 34, lng: 40, bearing: 0, pitch: 0 };
    const store = createAppStore({
      range: [1, 2],
      search: 'tanf',
      selection: { kind: 'event', id: 'e1-tanf' },
      camera,
      filters: {
        types: ['drone_attack'],
        directions: [],
        claimants: [],
        countries: [],
        statuses: [],
        sites: [],
        severities: [],
      },
    });
    store.getState().openData({ kind: 'file', key: 3, name: 'mine.csv' });
    const s = store.getState();
    expect(s).toMatchObject({ range: null, search: '', selection: null, camera, data: null });
    expect(s.filters.types).toEqual([]);
    expect(s.localData).toEqual({ key: 3, name: 'mine.csv' });
    store.getState().openData({ kind: 'link', path: 'datasets/a.csv' });
    expect(store.getState()).toMatchObject({
      data: 'datasets/a.csv',
      localData: { key: 3, name: 'mine.csv' },
    });
    store.getState().openData({ kind: 'built-in' });
    expect(store.getState()).toMatchObject({ data: null, localData: null });
    store.getState().setView('about');
    store.getState().openData({ kind: 'file', key: 4, name: 'other.csv' });
    expect(store.getState().view).toBe('map');
  });
});
