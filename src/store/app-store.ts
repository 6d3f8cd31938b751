/**
 * The one store that keeps map, timeline, list and panel in sync. It holds view state
 * only; the dataset stays in the query cache. Every change goes through an action, and
 * changes carry an origin so a component does not react to its own intent (the map does
 * not fly to a point the user just clicked on it).
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { FilterKey } from '../data/filter-spec';
import type { Camera, DayRange, Filters, Selection } from '../data/view-types';
import { EMPTY_FILTERS } from '../data/view-types';
import { DEFAULT_VIEW, type ViewMode, type ViewState } from './view-state';

export type Origin = 'map' | 'list' | 'panel' | 'timeline' | 'url' | 'filters' | 'playback' | 'data';

/** Which data the page shows: the built-in dataset, a `data=` path, or a file read locally. */
export type DataSource =
  | { kind: 'built-in' }
  | { kind: 'link'; path: string }
  | { kind: 'file'; key: number; name: string };

/** Timeline playback; never written to the URL while it runs. */
export interface Playback {
  playing: boolean;
  /** Days advanced per second of playback. */
  speed: number;
  /** A window of fixed width that moves, or one whose end grows from a fixed start. */
  mode: 'moving' | 'cumulative';
  loop: boolean;
}

export const DEFAULT_PLAYBACK: Playback = { playing: false, speed: 1, mode: 'moving', loop: false };

export interface AppState extends ViewState {
  playback: Playback;
  /** Who made the latest selection or camera change. */
  origin: Origin;
  /** Event under the pointer on map or list; never in the URL. */
  hoveredId: string | null;
  /** Messages about input that could not be used (bad URL parameters, ...). */
  notices: string[];
  /**
   * A file the reader opened (its events live in the query cache under this key). Never in
   * the URL: a link cannot carry a local file. Shown while no `data=` path is in the view.
   */
  localData: { key: number; name: string } | null;
  setRange(range: DayRange | null, origin?: Origin): void;
  select(selection: Selection | null, origin: Origin): void;
  hover(id: string | null): void;
  setFilter<K extends FilterKey>(key: K, values: Filters[K]): void;
  resetFilters(): void;
  setSearch(text: string): void;
  setCamera(camera: Camera | null, origin: Origin): void;
  setView(view: ViewMode): void;
  /** Replaces the whole view at once (boot, Back/Forward). */
  applyView(view: ViewState, origin: Origin): void;
  setPlayback(change: Partial<Playback>): void;
  addNotices(notices: string[]): void;
  /** Switches the data: the old view's window, filters and selection mean nothing in the new. */
  openData(source: DataSource): void;
  dismissNotices(): void;
}

export type AppStore = StoreApi<AppState>;

/** Link notices kept at once. */
export const MAX_NOTICES = 50;

export function createAppStore(initial: Partial<ViewState> = {}, notices: string[] = []): AppStore {
  return createStore<AppState>()((set) => ({
    ...DEFAULT_VIEW,
    ...initial,
    origin: 'url',
    hoveredId: null,
    notices,
    localData: null,
    playback: DEFAULT_PLAYBACK,
    setRange: (range, origin = 'timeline') => set({ range, origin }),
    select: (selection, origin) => set({ selection, origin }),
    hover: (hoveredId) => set({ hoveredId }),
    setFilter: (key, values) => set((s) => ({ filters: { ...s.filters, [key]: values }, origin: 'filters' })),
    resetFilters: () => set({ filters: EMPTY_FILTERS, search: '', origin: 'filters' }),
    setSearch: (search) => set({ search, origin: 'filters' }),
    setCamera: (camera, origin) => set({ camera, origin }),
    setView: (view) => set({ view }),
    applyView: (view, origin) => set({ ...view, origin }),
    setPlayback: (change) => set((s) => ({ playback: { ...s.playback, ...change } })),
    // The same notice twice (Back to a link already explained) is said once, and only the
    // latest few are kept: thousands of Back/Forward steps must not grow the page.
    addNotices: (more) =>
      set((s) => ({ notices: [...new Set([...s.notices, ...more])].slice(-MAX_NOTICES) })),
    dismissNotices: () => set({ notices: [] }),
    openData: (source) =>
      set((s) => ({
        range: null,
        filters: EMPTY_FILTERS,
        search: '',
        selection: null,
        // The About page tells of the built-in dataset; other data opens on the map.
        view: s.view === 'about' ? 'map' : s.view,
        data: source.kind === 'link' ? source.path : null,
        localData:
          source.kind === 'file'
            ? { key: source.key, name: source.name }
            : source.kind === 'built-in'
              ? null
              : s.localData,
        playback: { ...s.playback, playing: false },
        origin: 'data',
      })),
  }));
}

/** The serialisable part of the state, for the URL. */
export function viewOf(state: AppState): ViewState {
  const { range, filters, search, selection, camera, view, data } = state;
  return { range, filters, search, selection, camera, view, data };
}
