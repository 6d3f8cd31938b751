/**
 * Turns the raw files into a `Dataset`. Each feature is validated on its own: good ones load,
 * bad ones become `DataIssue`s naming the feature, the field and the reason. Nothing throws
 * except a file that is not a FeatureCollection at all.
 */
import type { z } from 'zod';
import { parseCivilDate } from '../shared/civil-date';
import type { AtlasEvent, DataIssue, Dataset, Site } from './model';
import {
  coverageWindow,
  eventFeature,
  featureCollection,
  officialCount,
  officialCountsFile,
  siteFeature,
} from './schema';
import type { CoverageWindow, OfficialCount } from './schema';

export interface RawFiles {
  sites: unknown;
  events: unknown;
  counts: unknown;
}

export class DatasetFormatError extends Error {}

function issuesFrom(file: string, index: number | null, raw: unknown, error: z.ZodError): DataIssue[] {
  const props = (raw as { properties?: { id?: unknown } } | null)?.properties;
  const featureId = typeof props?.id === 'string' ? props.id : null;
  return error.issues.map((issue) => ({
    file,
    featureIndex: index,
    featureId,
    field: issue.path.filter((p) => p !== 'properties').join('.') || '(feature)',
    message: issue.message,
  }));
}

function collection(file: string, raw: unknown): unknown[] {
  const parsed = featureCollection.safeParse(raw);
  if (!parsed.success) throw new DatasetFormatError(`${file} is not a GeoJSON FeatureCollection`);
  return parsed.data.features;
}

function parseSites(raw: unknown, issues: DataIssue[]): Site[] {
  const sites: Site[] = [];
  const seen = new Set<string>();
  collection('sites.geojson', raw).forEach((f, i) => {
    const parsed = siteFeature.safeParse(f);
    if (!parsed.success) {
      issues.push(...issuesFrom('sites.geojson', i, f, parsed.error));
      return;
    }
    const { properties, geometry } = parsed.data;
    if (seen.has(properties.id)) {
      issues.push({
        file: 'sites.geojson',
        featureIndex: i,
        featureId: properties.id,
        field: 'id',
        message: 'duplicate id',
      });
      return;
    }
    seen.add(properties.id);
    const [lon, lat] = geometry?.coordinates ?? [null, null];
    sites.push({ ...properties, lon, lat });
  });
  return sites;
}

function parseEvents(raw: unknown, siteById: Map<string, Site>, issues: DataIssue[]): AtlasEvent[] {
  const events: Omit<AtlasEvent, 'index'>[] = [];
  const seen = new Set<string>();
  collection('events.geojson', raw).forEach((f, i) => {
    const parsed = eventFeature.safeParse(f);
    if (!parsed.success) {
      issues.push(...issuesFrom('events.geojson', i, f, parsed.error));
      return;
    }
    const p = parsed.data.properties;
    const problem = (field: string, message: string) =>
      issues.push({ file: 'events.geojson', featureIndex: i, featureId: p.id, field, message });
    const site = siteById.get(p.siteId);
    const day = parseCivilDate(p.date) as number;
    const dayEnd = p.dateEnd === null ? day : (parseCivilDate(p.dateEnd) as number);
    if (seen.has(p.id)) problem('id', 'duplicate id');
    else if (!site) problem('siteId', `names a site that does not exist ("${p.siteId}")`);
    else if (dayEnd < day) problem('dateEnd', 'must not be before date');
    if (seen.has(p.id) || !site || dayEnd < day) return;
    seen.add(p.id);
    events.push({ ...p, day, dayEnd, site });
  });
  events.sort((a, b) => a.day - b.day || (a.id < b.id ? -1 : 1));
  return events.map((e, index) => ({ ...e, index }));
}

function parseCounts(raw: unknown, issues: DataIssue[]): OfficialCount[] {
  const file = officialCountsFile.safeParse(raw);
  if (!file.success) throw new DatasetFormatError('official-counts.json has no "counts" list');
  const counts: OfficialCount[] = [];
  file.data.counts.forEach((c, i) => {
    const parsed = officialCount.safeParse(c);
    if (parsed.success) counts.push(parsed.data);
    else issues.push(...issuesFrom('official-counts.json', i, c, parsed.error));
  });
  return counts.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** The declared coverage window (a foreign member of events.geojson), if there is a good one. */
function parseCoverage(raw: unknown, issues: DataIssue[]): CoverageWindow | null {
  const declared = (raw as { coverage?: unknown } | null)?.coverage;
  if (declared === undefined) return null;
  const parsed = coverageWindow.safeParse(declared);
  if (parsed.success) return parsed.data;
  for (const issue of issuesFrom('events.geojson', null, null, parsed.error)) {
    const field = issue.field === '(feature)' ? 'coverage' : `coverage.${issue.field}`;
    issues.push({ ...issue, field });
  }
  return null;
}

export function parseDataset(raw: RawFiles): Dataset {
  const issues: DataIssue[] = [];
  const sites = parseSites(raw.sites, issues);
  const siteById = new Map(sites.map((s) => [s.id, s]));
  const events = parseEvents(raw.events, siteById, issues);
  const counts = parseCounts(raw.counts, issues);
  const coverage = parseCoverage(raw.events, issues);
  const first = events[0]?.day ?? 0;
  const last = events.reduce((max, e) => Math.max(max, e.dayEnd), first);
  const version = (raw.events as { version?: unknown }).version;
  return {
    version: typeof version === 'string' ? version : 'unversioned',
    sites,
    siteById,
    events,
    eventById: new Map(events.map((e) => [e.id, e])),
    counts,
    extent: [first, last],
    coverage,
    issues,
  };
}
