/** Reader-facing words for the dataset's enums: one home, read by every feature. */
import type {
  CoordPrecision,
  DatePrecision,
  Direction,
  EventType,
  SiteKind,
  SourceKind,
  Status,
} from '../data/schema';

export const TYPE_LABELS: Record<EventType, string> = {
  drone_attack: 'Drone attack',
  rocket_attack: 'Rocket attack',
  missile: 'Missile attack',
  mixed: 'Rockets and drones',
  interception: 'Intercepted attack',
  us_airstrike: 'US strike',
  other: 'Other incident',
};

export const STATUS_LABELS: Record<Status, string> = {
  confirmed_by_us_officials: 'Confirmed by US officials',
  reported_by_media: 'Reported by media',
  claimed_only: 'Claimed only',
  disputed: 'Disputed',
};

export const DIRECTION_LABELS: Record<Direction, string> = {
  attack_on_us: 'Attack on US forces',
  us_strike: 'US strike',
};

export const DATE_PRECISION_LABELS: Record<DatePrecision, string> = {
  exact: 'exact day',
  inferred: 'date inferred',
  window: 'sometime in this window',
};

export const COORD_PRECISION_LABELS: Record<CoordPrecision, string> = {
  facility: 'at the facility',
  town: 'placed at the nearest town',
  area: 'placed at the area, not the facility',
  unknown: 'location unknown (not on the map)',
};

export const SITE_KIND_LABELS: Record<SiteKind, string> = {
  us_base: 'US base',
  coalition_base: 'Coalition base',
  airport: 'Airport',
  oil_field: 'Oil or gas field',
  militia_site: 'Militia site',
  other: 'Other place',
};

/** Who published a source, in a reader's words (definitions on the About page). */
export const SOURCE_KIND_LABELS: Record<SourceKind, string> = {
  official: 'Official statement',
  wire: 'News agency',
  major_outlet: 'Major news outlet',
  regional: 'Regional outlet',
  state_affiliated: 'State-affiliated outlet',
  militia_channel: 'Militia channel',
  monitor: 'Conflict monitor',
  blog_or_aggregator: 'Blog or aggregator',
};

/** The claimant filter's label for events nobody claimed (or whose claimant is not known). */
export const UNCLAIMED_LABEL = 'Unclaimed / unknown';

export const SEVERITY_LABELS: Record<'killed' | 'wounded', string> = {
  killed: 'US/coalition personnel killed',
  wounded: 'US/coalition personnel wounded',
};

/** The casualty filter's options: one value per event, so "wounded" means none were killed. */
export const SEVERITY_FILTER_LABELS: Record<'killed' | 'wounded', string> = {
  killed: 'Personnel killed',
  wounded: 'Wounded, none killed',
};
