/** The in-memory dataset the app works on: validated, joined and sorted once at load. */
import type { DayNumber } from '../shared/civil-date';
import type { CoverageWindow, EventProperties, OfficialCount, SiteProperties } from './schema';

export interface Site extends SiteProperties {
  /** Null when the site has no sourced coordinate: never guessed. */
  lon: number | null;
  lat: number | null;
}

export interface AtlasEvent extends EventProperties {
  /** Position in `Dataset.events`; also the numeric feature id on the map. */
  index: number;
  day: DayNumber;
  /** Last day (inclusive); equals `day` unless the date is a window. */
  dayEnd: DayNumber;
  /** Undefined only if the event names a site the dataset lacks (reported as an issue). */
  site: Site | undefined;
}

/**
 * What a problem cost the reader: the record was left out (the default), the record loaded
 * but breaks a rule (`kept`), or a whole optional file could not be used (`file`).
 */
export type IssueEffect = 'left-out' | 'kept' | 'file';

/** A problem found while loading: which file, which feature, which field, and why. */
export interface DataIssue {
  file: string;
  featureIndex: number | null;
  featureId: string | null;
  field: string;
  message: string;
  /** Absent means `left-out`. */
  effect?: IssueEffect;
}

export interface Dataset {
  version: string;
  sites: Site[];
  siteById: ReadonlyMap<string, Site>;
  /** Sorted by day, then id. */
  events: AtlasEvent[];
  eventById: ReadonlyMap<string, AtlasEvent>;
  /** Official running totals, sorted by date. */
  counts: OfficialCount[];
  /** First and last day covered by an event. */
  extent: [DayNumber, DayNumber];
  /** The days the dataset declares it covers (events.geojson `coverage`); null if undeclared. */
  coverage: CoverageWindow | null;
  issues: DataIssue[];
}

/** Stands in while the files load or after they failed, so map and controls stay usable. */
export const EMPTY_DATASET: Dataset = {
  version: 'none',
  sites: [],
  siteById: new Map(),
  events: [],
  eventById: new Map(),
  counts: [],
  extent: [0, 0],
  coverage: null,
  issues: [],
};
