#!/usr/bin/env node
// One-off helper: turns the research CSVs in /work/shared/data into public/data/*.geojson.
// The committed GeoJSON is the truth; rerunning this overwrites hand edits, so edit the
// mappings here (summaries, overrides, additions) rather than the output.
import { readFileSync, writeFileSync } from 'node:fs';
import Papa from 'papaparse';
import { additions } from './additions.mjs';
import { overrides } from './overrides.mjs';
import { summaries } from './summaries.mjs';

const RESEARCH = process.env.RESEARCH_DIR ?? '/work/shared/data';
const OUT = new URL('../../public/data/', import.meta.url);
import { VERSION } from './version.mjs';

const PRECISION = { exact_facility: 'facility', approx_town: 'town', approx_area: 'area', '': 'unknown' };
const blank = (s) => (s === undefined || s.trim() === '' ? null : s.trim());
const list = (s) =>
  blank(s)
    ? s
        .split(';')
        .map((x) => x.trim())
        .filter(Boolean)
    : [];
const csv = (name) =>
  Papa.parse(readFileSync(`${RESEARCH}/${name}`, 'utf8'), { header: true, skipEmptyLines: true }).data;

function siteFeature(r) {
  const coordPrecision = PRECISION[r.coord_precision.trim()];
  if (!coordPrecision) throw new Error(`unknown coord_precision ${r.coord_precision} for ${r.id}`);
  const located = blank(r.lat) !== null && blank(r.lon) !== null;
  if (located === (coordPrecision === 'unknown'))
    throw new Error(`precision/coordinate mismatch for ${r.id}`);
  const geometry = located ? { type: 'Point', coordinates: [Number(r.lon), Number(r.lat)] } : null;
  const properties = {
    id: r.id,
    name: r.name,
    altNames: list(r.alt_names),
    country: r.country,
    admin1: blank(r.admin1),
    kind: r.kind,
    coordPrecision,
    coordSource: r.coord_source.trim(),
    notes: blank(r.notes),
  };
  return { type: 'Feature', id: r.id, geometry, properties };
}

function fromCsv(r, probe = false) {
  const summary = probe ? 'x' : summaries[r.id];
  if (!summary) throw new Error(`no own-words summary for ${r.id}`);
  return {
    id: r.id,
    date: r.date,
    dateEnd: null,
    timeUtc: blank(r.time_utc),
    datePrecision: 'exact',
    siteId: r.site_id,
    country: r.country,
    type: r.event_type,
    direction: r.direction,
    claimedBy: blank(r.claimed_by),
    weapons: blank(r.weapons),
    casualties: blank(r.us_casualties),
    status: r.status,
    summary,
    sources: list(r.sources),
    notes: blank(r.notes),
  };
}

function applyOverride(p) {
  const o = overrides[p.id];
  if (!o) return p;
  const { addSources = [], appendNote, ...fields } = o;
  const merged = { ...p, ...fields, sources: [...p.sources, ...addSources] };
  if (appendNote) merged.notes = merged.notes ? `${merged.notes} ${appendNote}` : appendNote;
  return merged;
}

// Same key order for every event, whether it came from the CSV or from additions.mjs.
const KEYS = Object.keys(fromCsv({ id: 'x', date: '', time_utc: '', sources: '', notes: '', ...{} }, true));

function eventFeature(p, siteById) {
  const site = siteById.get(p.siteId);
  if (!site) throw new Error(`event ${p.id} names unknown site ${p.siteId}`);
  const properties = Object.fromEntries(KEYS.map((k) => [k, p[k] ?? null]));
  return { type: 'Feature', id: p.id, geometry: site.geometry, properties };
}

const sites = csv('sites.csv').map(siteFeature);
const siteById = new Map(sites.map((f) => [f.id, f]));
const events = [
  ...csv('events.csv')
    .map((r) => fromCsv(r))
    .map(applyOverride),
  ...additions,
]
  .sort((a, b) => (a.date === b.date ? (a.id < b.id ? -1 : 1) : a.date < b.date ? -1 : 1))
  .map((p) => eventFeature(p, siteById));

const write = (name, data) => writeFileSync(new URL(name, OUT), `${JSON.stringify(data, null, 2)}\n`);
write('sites.geojson', { type: 'FeatureCollection', version: VERSION, features: sites });
write('events.geojson', { type: 'FeatureCollection', version: VERSION, features: events });
console.log(`sites ${sites.length}, events ${events.length}`);
