/**
 * The dataset's contract, one schema for the app at load time and for the data check in
 * `npm test`. Files are GeoJSON (RFC 7946) FeatureCollections; see docs/data-format.md.
 */
import { z } from 'zod';
import { parseCivilDate } from '../shared/civil-date';
import { ID_PATTERN, ID_RULE } from './values';

/** The wave starts on 17 Oct 2023; the dataset ends with the Feb 2024 strikes. */
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

export type SiteKind = (typeof SITE_KINDS)[number];
export type CoordPrecision = (typeof COORD_PRECISIONS)[number];
export type EventType = (typeof EVENT_TYPES)[number];
export type Direction = (typeof DIRECTIONS)[number];
export type Status = (typeof STATUSES)[number];
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

const civilDate = z
  .string()
  .refine((s) => parseCivilDate(s) !== null, { message: 'must be a real calendar date YYYY-MM-DD' })
  .refine((s) => s >= WAVE_START && s <= WAVE_END, {
    message: `must fall inside the wave (${WAVE_START} to ${WAVE_END})`,
  });

/** Only web links: a `javascript:` or `data:` source must never become a link. */
export const webUrl = z.string().refine(
  (s) => {
    try {
      const url = new URL(s);
      return url.protocol === 'https:' || url.protocol === 'http:';
    } catch {
      return false;
    }
  },
  { message: 'must be an http: or https: URL' },
);

/** The same rule as a link's `event=` and `site=` (values.ts), so every id can be linked. */
const id = z.string().regex(ID_PATTERN, ID_RULE);

const point = z.object({
  type: z.literal('Point'),
  coordinates: z
    .tuple([z.number(), z.number()])
    .refine(
      ([lon, lat]) =>
        lon >= REGION_BBOX[0] && lon <= REGION_BBOX[2] && lat >= REGION_BBOX[1] && lat <= REGION_BBOX[3],
      { message: 'must be inside the region (lon 30..54, lat 24..40)' },
    ),
});

export const siteProperties = z.object({
  id,
  name: z.string().min(1),
  altNames: z.array(z.string().min(1)),
  country: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code'),
  admin1: z.string().nullable(),
  kind: z.enum(SITE_KINDS),
  coordPrecision: z.enum(COORD_PRECISIONS),
  coordSource: z.string().min(1),
  notes: z.string().nullable(),
});

export const siteFeature = z
  .object({
    type: z.literal('Feature'),
    id: z.string().optional(),
    geometry: point.nullable(),
    properties: siteProperties,
  })
  .refine((f) => (f.geometry === null) === (f.properties.coordPrecision === 'unknown'), {
    message: 'a site has no geometry exactly when its coordPrecision is "unknown"',
    path: ['geometry'],
  });

export const eventProperties = z.object({
  id,
  date: civilDate,
  /** Last day of the window when `datePrecision` is "window" (inclusive). */
  dateEnd: civilDate.nullable(),
  timeUtc: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be HH:MM (UTC)')
    .nullable(),
  datePrecision: z.enum(DATE_PRECISIONS),
  siteId: id,
  country: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code'),
  type: z.enum(EVENT_TYPES),
  direction: z.enum(DIRECTIONS),
  claimedBy: z.string().nullable(),
  weapons: z.string().nullable(),
  casualties: z.string().nullable(),
  /**
   * US and coalition personnel killed and wounded in an attack, as sources count them; where
   * they report injuries without a number, the least their words allow (1). Null when no
   * source says; 0 when sources say there were none. Optional in files, for older data.
   */
  usKilled: z.number().int().nonnegative().nullable().default(null),
  usWounded: z.number().int().nonnegative().nullable().default(null),
  status: z.enum(STATUSES),
  summary: z.string().min(1),
  sources: z.array(webUrl).min(1, 'needs at least one source'),
  notes: z.string().nullable(),
});

export const eventFeature = z.object({
  type: z.literal('Feature'),
  id: z.string().optional(),
  /** The site's point, repeated so the file stands alone in GIS tools; null when unlocated. */
  geometry: point.nullable(),
  properties: eventProperties,
});

export const officialCount = z.object({
  /** Day the count was given (or, for a window, its last day). */
  date: civilDate,
  /** The running total of attacks on US forces since 17 Oct 2023. */
  total: z.number().int().positive(),
  /** "at_least" for figures published as "100+" or "at least 46"; "approx" for "about". */
  qualifier: z.enum(['exact', 'at_least', 'approx']),
  iraq: z.number().int().nonnegative().nullable(),
  syria: z.number().int().nonnegative().nullable(),
  injured: z.string().nullable(),
  sources: z.array(webUrl).min(1),
  notes: z.string().nullable(),
});

export const officialCountsFile = z.object({
  description: z.string(),
  counts: z.array(z.unknown()),
});

export const featureCollection = z.object({
  type: z.literal('FeatureCollection'),
  /** Foreign member: the dataset version, e.g. "1.2.0". */
  version: z.string().optional(),
  features: z.array(z.unknown()),
});

export type SiteProperties = z.infer<typeof siteProperties>;
export type EventProperties = z.infer<typeof eventProperties>;
export type OfficialCount = z.infer<typeof officialCount>;
