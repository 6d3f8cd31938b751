/**
 * The dataset's vocabulary and the shape of its records, as the app keeps them once loaded.
 * No zod here: every view imports this module, and the first view must not carry the schema
 * library (issue 13). The rules themselves are record-schema.ts (zod, with a message for every
 * breach) and quick-check.ts (the same rules, no messages, for the first view's data); both
 * give exactly these types (record-schema.ts checks it at compile time).
 */

/** Coverage used when a file declares none (files before 2.0.0): the wave to the end of 2024. */
export const WAVE_START = '2023-10-17';
export const WAVE_END = '2024-12-31';
/** Every coordinate must fall inside this box (lon/lat): Levant, Iraq, Jordan, Gulf. */
export const REGION_BBOX = [30, 24, 54, 40] as const;

export const SITE_KINDS = [
  'us_base',
  'coalition_base',
  'airport',
  'oil_field',
  'militia_site',
  'other',
] as const;
export const COORD_PRECISIONS = ['facility', 'town', 'area', 'unknown'] as const;
export const EVENT_TYPES = [
  'drone_attack',
  'rocket_attack',
  'missile',
  'mixed',
  'interception',
  'us_airstrike',
  'other',
] as const;
export const DIRECTIONS = ['attack_on_us', 'us_strike'] as const;
export const STATUSES = [
  'confirmed_by_us_officials',
  'claimed_only',
  'reported_by_media',
  'disputed',
] as const;
export const DATE_PRECISIONS = ['exact', 'inferred', 'window'] as const;
/** Who published a source; definitions in docs/data-format.md and on the About page. */
export const SOURCE_KINDS = [
  'official',
  'wire',
  'major_outlet',
  'regional',
  'state_affiliated',
  'militia_channel',
  'monitor',
  'blog_or_aggregator',
] as const;
/**
 * The one spelling of each group that claimed an attack or that US officials blamed. An event
 * with nobody named has `null`, shown and filtered as "Unclaimed / unknown".
 */
export const CLAIMANTS = [
  'Islamic Resistance in Iraq',
  'Kataib Hezbollah',
  'Harakat Hezbollah al-Nujaba',
  'Kataib Sayyid al-Shuhada',
  'Tashkil al-Waritheen',
  'Ansar Allah al-Awfiya',
  'Saraya Awliya al-Dam',
  'Al-Thawriyoun',
  'Iran',
] as const;
/** The claimant filter's value for events with no claimant (`claimedBy: null`). */
export const UNCLAIMED = 'unclaimed';

export type SiteKind = (typeof SITE_KINDS)[number];
export type CoordPrecision = (typeof COORD_PRECISIONS)[number];
export type EventType = (typeof EVENT_TYPES)[number];
export type Direction = (typeof DIRECTIONS)[number];
export type Status = (typeof STATUSES)[number];
export type DatePrecision = (typeof DATE_PRECISIONS)[number];
export type SourceKind = (typeof SOURCE_KINDS)[number];
export type Claimant = (typeof CLAIMANTS)[number];

/** A report an event rests on: what a reader needs to find and cite it. */
export interface Source {
  /** An http: or https: URL. */
  url: string;
  /** The headline as published. */
  title: string | null;
  /** The outlet or body that published it (not the host name). */
  publisher: string | null;
  published: string | null;
  kind: SourceKind | null;
  /** An archived copy (web.archive.org, archive.ph) when one is known. */
  archive: string | null;
  /** The outlet whose report this page republishes, e.g. "Reuters". */
  relays: string | null;
  /** True when this report quotes a US official or the Pentagon/CENTCOM on this event. */
  quotesUsOfficial: boolean;
}

export interface SiteProperties {
  id: string;
  name: string;
  /** The Arabic name, as a cited source writes it, and that source. */
  nameAr: string | null;
  nameArSource: string | null;
  altNames: string[];
  country: string;
  admin1: string | null;
  kind: SiteKind;
  coordPrecision: CoordPrecision;
  coordSource: string;
  notes: string | null;
}

export interface EventProperties {
  id: string;
  /** A real calendar day, YYYY-MM-DD. */
  date: string;
  /** Last day of the window when `datePrecision` is "window" (inclusive). */
  dateEnd: string | null;
  /** HH:MM, UTC. */
  timeUtc: string | null;
  datePrecision: DatePrecision;
  siteId: string;
  country: string;
  type: EventType;
  direction: Direction;
  /** Who claimed it (one of CLAIMANTS in a curated file); null = unclaimed or unknown. */
  claimedBy: string | null;
  /** Whom US officials blamed, kept apart from the claim; null when they named nobody. */
  attributedTo: string | null;
  weapons: string | null;
  casualties: string | null;
  /** US and coalition personnel killed and wounded, as sources count them (record-schema.ts). */
  usKilled: number | null;
  usWounded: number | null;
  /** The source (one of `sources`) that gives the counts. */
  casualtySource: string | null;
  status: Status;
  summary: string;
  sources: Source[];
  notes: string | null;
  /** Other events at the same site within two days that are separate incidents (why: in notes). */
  distinctFrom: string[];
}

export interface OfficialCount {
  /** Day the count was given (or, for a window, its last day). */
  date: string;
  /** The running total of attacks on US forces since 17 Oct 2023. */
  total: number;
  /** "at_least" for figures published as "100+" or "at least 46"; "approx" for "about". */
  qualifier: 'exact' | 'at_least' | 'approx';
  iraq: number | null;
  syria: number | null;
  /** What the total counts when it is not Iraq and Syria alone (e.g. "Iraq, Syria and Jordan"). */
  scope: string | null;
  injured: string | null;
  sources: string[];
  notes: string | null;
}

/** The days a file claims to cover, inclusive; every date in it must fall inside. */
export interface CoverageWindow {
  start: string;
  end: string;
}
