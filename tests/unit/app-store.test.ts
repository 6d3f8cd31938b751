/**
 * The store's actions as the reader meets them: opening other data starts a clean view,
 * filters and search reset together, notices are said once and never pile up without end.
 */
import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS } from '../../src/data/view-types';
import { parseCivilDate } from '../../src/shared/civil-date';
import { createAppStore, DEFAULT_PLAYBACK, MAX_NOTICES, viewOf } from '../../src/store/app-store';
import { DEFAULT_VIEW } from '../../src/store/view-state';

const day = (d: string) => parseCivilDate(d) as number;

function busyStore() {
  const store = createAppStore({
    range: [day('2023-10-20'), day('2023-11-01')],
    search: 'tanf',
    selection: { kind: 'event', id: 'e1-tanf' },
    view: 'list',
  });
  store.getState().setFilter('types', ['drone_attack']);
  store.getState().setPlayback({ playing: true, speed: 7, loop: true });
  return store;
}

describe('the app store', () => {
  it('opens other data on a clean view, stopping playback but keeping its settings and the pane', () => {
    const store = busyStore();
    store.getState().openData({ kind: 'link', path: 'data/other.csv' });
    const s = store.getState();
    expect(viewOf(s)).toEqual({ ...DEFAULT_VIEW, view: 'list', data: 'data/other.csv' });
    expect(s.playback).toEqual({ ...DEFAULT_PLAYBACK, speed: 7, loop: true, playing: false });
    expect(s.origin).toBe('data');
  });

  it('a file opened, then a link, then the built-in data: only the built-in forgets the file', () => {
    const store = busyStore();
    store.getState().openData({ kind: 'file', key: 1, name: 'mine.csv' });
    expect(store.getState().localData).toEqual({ key: 1, name: 'mine.csv' });
    expect(store.getState().data).toBeNull();
    store.getState().openData({ kind: 'link', path: 'a.geojson' });
    expect(store.getState().localData).toEqual({ key: 1, name: 'mine.csv' });
    store.getState().openData({ kind: 'built-in' });
    expect(store.getState().localData).toBeNull();
    expect(store.getState().view).toBe('list');
  });

  it('resetting the filters clears the search too, and a filter change keeps the others', () => {
    const store = busyStore();
    store.getState().setFilter('statuses', ['claimed_only']);
    expect(store.getState().filters).toEqual({
      ...EMPTY_FILTERS,
      types: ['drone_attack'],
      statuses: ['claimed_only'],
    });
    expect(store.getState().origin).toBe('filters');
    store.getState().select({ kind: 'event', id: 'e1-tanf' }, 'list');
    store.getState().resetFilters();
    expect(store.getState().origin).toBe('filters');
    expect(store.getState().filters).toEqual(EMPTY_FILTERS);
    expect(store.getState().search).toBe('');
    expect(store.getState().range).toEqual([day('2023-10-20'), day('2023-11-01')]);
  });

  it('says a notice once however often it comes, and keeps only the latest few', () => {
    const store = createAppStore({}, ['first']);
    store.getState().addNotices(['second', 'first', 'second']);
    expect(store.getState().notices).toEqual(['first', 'second']);
    store.getState().addNotices(Array.from({ length: MAX_NOTICES + 5 }, (_, i) => `n${i}`));
    const { notices } = store.getState();
    expect(notices).toHaveLength(MAX_NOTICES);
    expect(notices.at(-1)).toBe(`n${MAX_NOTICES + 4}`);
    expect(notices).not.toContain('first');
    store.getState().dismissNotices();
    expect(store.getState().notices).toEqual([]);
  });

  it('a window moved without saying who moved it counts as the timeline', () => {
    const store = createAppStore();
    store.getState().setRange([day('2023-11-01'), day('2023-11-02')]);
    expect(store.getState().origin).toBe('timeline');
    store.getState().setRange(null, 'playback');
    expect(store.getState()).toMatchObject({ range: null, origin: 'playback' });
  });

  it('starts from the link it was given, with no hover, no local file and playback stopped', () => {
    const store = createAppStore({ search: 'drone' }, ['a notice']);
    const s = store.getState();
    expect(viewOf(s)).toEqual({ ...DEFAULT_VIEW, search: 'drone' });
    expect(s).toMatchObject({ origin: 'url', hoveredId: null, localData: null, notices: ['a notice'] });
    expect(s.playback).toEqual({ playing: false, speed: 1, mode: 'moving', loop: false });
  });

  it('the pointer, the camera, the pane and the search each change what they name and say who changed it', () => {
    const store = createAppStore();
    store.getState().hover('e1-tanf');
    expect(store.getState().hoveredId).toBe('e1-tanf');
    const camera = { zoom: 7, lat: 33.5, lng: 40.1, bearing: 0, pitch: 0 };
    store.getState().setCamera(camera, 'map');
    expect(store.getState()).toMatchObject({ camera, origin: 'map' });
    store.getState().setSearch('asad');
    expect(store.getState()).toMatchObject({ search: 'asad', origin: 'filters' });
    store.getState().setView('about');
    expect(store.getState().view).toBe('about');
    store.getState().applyView({ ...DEFAULT_VIEW, search: 'tanf' }, 'url');
    expect(store.getState()).toMatchObject({ search: 'tanf', view: 'map', camera: null, origin: 'url' });
  });
});
