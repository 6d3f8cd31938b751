/**
 * The dataset's contract as zod schemas: the full check, with a message for every field that
 * is wrong. Files are GeoJSON (RFC 7946) FeatureCollections; see docs/data-format.md. The
 * vocabulary and the record types are in schema.ts, which carries no zod: the app's first view
 * reads the built-in data through quick-check.ts and loads this module only when that data
 * breaks a rule and needs its messages (issue 13). `npm test`'s data check uses it always.
 *
 * The schema is what the app must be able to read; it stays lenient where a reader can still
 * be shown something true (a source given as a bare URL, a claimant spelled another way). The
 * stricter rules a curated release must meet (a titled source, the canonical claimant list,
 * the coverage window) live in check-rules.ts and check-text.ts, which name file, feature and
 * field for every breach.
 */
// Before any schema is built: jitless parsing and English messages (see the module).
import './zod-config';
import * as z from 'zod/mini';
import { parseCivilDate } from '../shared/civil-date';
import {
  COORD_PRECISIONS,
  type CoverageWindow,
  DATE_PRECISIONS,
  DIRECTIONS,
  EVENT_TYPES,
  type EventProperties,
  type OfficialCount,
  REGION_BBOX,
  SITE_KINDS,
  type SiteProperties,
  SOURCE_KINDS,
  type Source,
  STATUSES,
} from './schema';
import { ID_PATTERN, ID_RULE } from './values';

/** Any real calendar day; whether it falls inside the declared coverage is a check rule. */
export const civilDate = z
  .string()
  .check(z.refine((s) => parseCivilDate(s) !== null, { message: 'must be a real calendar date YYYY-MM-DD' }));

/** Only web links: a `javascript:` or `data:` source must never become a link. */
export const webUrl = z.string().check(
  z.refine(
    (s) => {
      try {
        const url = new URL(s);
        return url.protocol === 'https:' || url.protocol === 'http:';
      } catch {
        return false;
      }
    },
    { message: 'must be an http: or https: URL' },
  ),
);

/** The same rule as a link's `event=` and `site=` (values.ts), so every id can be linked. */
const id = z.string().check(z.regex(ID_PATTERN, ID_RULE));
const text = z.string().check(z.minLength(1));
const country = z.string().check(z.regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code'));
/** A field that may be null, and is null when a file leaves it out. */
const orNull = <T extends z.ZodMiniType>(schema: T) => z._default(z.nullable(schema), null as never);

const point = z.object({
  type: z.literal('Point'),
  coordinates: z
    .tuple([z.number(), z.number()])
    .check(
      z.refine(
        ([lon, lat]) =>
          lon >= REGION_BBOX[0] && lon <= REGION_BBOX[2] && lat >= REGION_BBOX[1] && lat <= REGION_BBOX[3],
        { message: 'must be inside the region (lon 30..54, lat 24..40)' },
      ),
    ),
});

/** A report an event rests on: what a reader needs to find and cite it. */
export const sourceObject = z.object({
  url: webUrl,
  /** The headline as published. */
  title: orNull(text),
  /** The outlet or body that published it (not the host name). */
  publisher: orNull(text),
  published: orNull(civilDate),
  kind: orNull(z.enum(SOURCE_KINDS)),
  /** An archived copy (web.archive.org, archive.ph) when one is known. */
  archive: orNull(webUrl),
  /** The outlet whose report this page republishes, e.g. "Reuters". */
  relays: orNull(text),
  /** True when this report quotes a US official or the Pentagon/CENTCOM on this event. */
  quotesUsOfficial: z._default(z.boolean(), false),
});

/** A bare URL (files before 2.0.0) still loads, as a source with nothing known but its link. */
export const source = z.pipe(
  z.transform((v: unknown) => (typeof v === 'string' ? { url: v } : v)),
  sourceObject,
);

export const siteProperties = z.object({
  id,
  name: text,
  /** The Arabic name, as a cited source writes it, and that source. */
  nameAr: orNull(text),
  nameArSource: orNull(webUrl),
  altNames: z.array(text),
  country,
  admin1: z.nullable(z.string()),
  kind: z.enum(SITE_KINDS),
  coordPrecision: z.enum(COORD_PRECISIONS),
  coordSource: text,
  notes: z.nullable(z.string()),
});

export const siteFeature = z
  .object({
    type: z.literal('Feature'),
    id: z.optional(z.string()),
    geometry: z.nullable(point),
    properties: siteProperties,
  })
  .check(
    z.refine((f) => (f.geometry === null) === (f.properties.coordPrecision === 'unknown'), {
      message: 'a site has no geometry exactly when its coordPrecision is "unknown"',
      path: ['geometry'],
    }),
  );

const count = orNull(z.int().check(z.nonnegative()));

export const eventProperties = z.object({
  id,
  date: civilDate,
  /** Last day of the window when `datePrecision` is "window" (inclusive). */
  dateEnd: z.nullable(civilDate),
  timeUtc: z.nullable(z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be HH:MM (UTC)'))),
  datePrecision: z.enum(DATE_PRECISIONS),
  siteId: id,
  country,
  type: z.enum(EVENT_TYPES),
  direction: z.enum(DIRECTIONS),
  /** Who claimed it (one of CLAIMANTS in a curated file); null = unclaimed or unknown. */
  claimedBy: z.nullable(text),
  /** Whom US officials blamed, kept apart from the claim; null when they named nobody. */
  attributedTo: orNull(text),
  weapons: z.nullable(z.string()),
  casualties: z.nullable(z.string()),
  /**
   * US and coalition personnel killed and wounded in an attack, as sources count them; where
   * they report injuries without a number, the least their words allow (1). Null when no
   * source says; 0 when sources say there were none. Optional in files, for older data.
   */
  usKilled: count,
  usWounded: count,
  /** The source (one of `sources`) that gives the counts. */
  casualtySource: orNull(webUrl),
  status: z.enum(STATUSES),
  summary: text,
  sources: z.array(source).check(z.minLength(1, 'needs at least one source')),
  notes: z.nullable(z.string()),
  /** Other events at the same site within two days that are separate incidents (why: in notes). */
  distinctFrom: z._default(z.array(id), []),
});

export const eventFeature = z.object({
  type: z.literal('Feature'),
  id: z.optional(z.string()),
  /** The site's point, repeated so the file stands alone in GIS tools; null when unlocated. */
  geometry: z.nullable(point),
  properties: eventProperties,
});

const nonnegativeOrNull = z.nullable(z.int().check(z.nonnegative()));

export const officialCount = z.object({
  /** Day the count was given (or, for a window, its last day). */
  date: civilDate,
  /** The running total of attacks on US forces since 17 Oct 2023. */
  total: z.int().check(z.positive()),
  /** "at_least" for figures published as "100+" or "at least 46"; "approx" for "about". */
  qualifier: z.enum(['exact', 'at_least', 'approx']),
  iraq: nonnegativeOrNull,
  syria: nonnegativeOrNull,
  /** What the total counts when it is not Iraq and Syria alone (e.g. "Iraq, Syria and Jordan"). */
  scope: orNull(z.string()),
  injured: z.nullable(z.string()),
  sources: z.array(webUrl).check(z.minLength(1)),
  notes: z.nullable(z.string()),
});

export const officialCountsFile = z.object({
  description: z.string(),
  counts: z.array(z.unknown()),
});

/** The days a file claims to cover, inclusive; every date in it must fall inside. */
export const coverageWindow = z
  .object({ start: civilDate, end: civilDate })
  .check(z.refine((c) => c.start <= c.end, { message: 'start must not be after end' }));

export const featureCollection = z.object({
  type: z.literal('FeatureCollection'),
  /** Foreign member: the dataset version, e.g. "2.0.0". */
  version: z.optional(z.string()),
  features: z.array(z.unknown()),
});

/** The hand-written record types of schema.ts are exactly what these schemas give. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const TYPES_MATCH: [
  Same<z.output<typeof sourceObject>, Source>,
  Same<z.output<typeof siteProperties>, SiteProperties>,
  Same<z.output<typeof eventProperties>, EventProperties>,
  Same<z.output<typeof officialCount>, OfficialCount>,
  Same<z.output<typeof coverageWindow>, CoverageWindow>,
] = [true, true, true, true, true];
