/** The part of the store that a link carries. Small and serialisable; no data in here. */
import type { Camera, DayRange, Filters, Selection } from '../data/view-types';
import { EMPTY_FILTERS } from '../data/view-types';

/** Which pane a phone shows first, or the About / Data page over everything. */
export type ViewMode = 'map' | 'list' | 'about';

export interface ViewState {
  /** Inclusive civil-day window; null = the dataset's whole extent. */
  range: DayRange | null;
  filters: Filters;
  /** Free-text search over summaries, places, claimants and weapons. */
  search: string;
  /** The open event or site panel. */
  selection: Selection | null;
  /** Null = the default view of the region. */
  camera: Camera | null;
  /** Which pane a phone shows first; 'about' opens the About / Data page. */
  view: ViewMode;
  /** A deployer's other dataset, by its path on this site (`data=`); null = the built-in data. */
  data: string | null;
}

export const DEFAULT_VIEW: ViewState = {
  range: null,
  filters: EMPTY_FILTERS,
  search: '',
  selection: null,
  camera: null,
  view: 'map',
  data: null,
};
