#!/usr/bin/env node
/**
 * One-off record of how dataset 2.0.0 was made: version 1.2.0 (read from git at BASE), the
 * corrections in edits-2.0.mjs, the Arabic names in arabic-names.json, and the research
 * hand-offs for issue #10 (source metadata, new events, later official totals). The committed
 * files in public/data are the truth from 2.0.0 on: edit them directly (or with small scripts),
 * never rerun this over them.
 *
 * Usage: node scripts/data/migrate-2.0.mjs <research-dir>   (the hand-off JSON files)
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { cleanReaderText, idsToWords } from './clean-text-2.0.mjs';
import * as edits from './edits-2.0.mjs';
import { addDays, dayLabel, daysBetween, eventFeature, readDataAt, readJsonFile, writeData } from './lib.mjs';

const BASE = '666d652';
const VERSION = '2.0.0';
const research = process.argv[2];
if (!research) throw new Error('usage: migrate-2.0.mjs <research-dir>');
const optional = (name, fallback) =>
  existsSync(join(research, name)) ? readJsonFile(join(research, name)) : fallback;
const log = (...args) => console.info(...args);

const base = {
  sites: readDataAt(BASE, 'sites.geojson'),
  events: readDataAt(BASE, 'events.geojson'),
  counts: readDataAt(BASE, 'official-counts.json'),
};
const wave1 = optional('events-wave1.json', { events: [], newSites: [], sourceMeta: {} });
const wave2 = optional('events-wave2.json', { events: [], newSites: [], sourceMeta: {} });
const countsExtra = optional('counts-extra.json', []);
const upgrade = optional('sources-upgrade.json', { add: {}, sourceMeta: {} });
const arabic = readJsonFile(new URL('./arabic-names.json', import.meta.url));

// ---- source metadata: later tables win; my corrections (read from the pages) win over all ----
const meta = new Map();
for (const table of [
  optional('sources.json', {}),
  wave1.sourceMeta ?? {},
  wave2.sourceMeta ?? {},
  edits.sourceMeta,
  upgrade.sourceMeta ?? {},
  edits.metaCorrections,
]) {
  for (const [url, m] of Object.entries(table)) {
    // A later table fills or corrects a field; its null never erases what an earlier one knew.
    const known = Object.fromEntries(Object.entries(m).filter(([, v]) => v !== null && v !== undefined));
    meta.set(url, { ...(meta.get(url) ?? {}), ...known });
  }
}

const UNTITLED = '[Headline not recorded]';

function sourceObject(url, quotes) {
  const m = meta.get(url);
  if (!m) throw new Error(`no metadata for source ${url}`);
  const relays = m.relays === 'Associated Press (AP)' ? 'Associated Press' : (m.relays ?? null);
  return {
    url,
    // A supplied title, in square brackets as citation practice has it, where no one could read
    // the headline (an address without words, a page outside the stored copies).
    title: m.title ?? UNTITLED,
    publisher: m.publisher ?? null,
    published: m.published ?? null,
    kind: m.kind ?? null,
    archive: m.archive ?? null,
    relays,
    ...(quotes ? { quotesUsOfficial: true } : {}),
  };
}

// ---- sites ----
const sites = [];
for (const f of base.sites.features) {
  const p = { ...f.properties, ...(edits.siteEdits[f.properties.id] ?? {}) };
  const geometry = edits.siteGeometry[p.id] ?? f.geometry;
  sites.push({ geometry, p });
}
for (const s of [...(wave1.newSites ?? []), ...(wave2.newSites ?? []), ...edits.newSites]) {
  if (edits.rejectSites[s.id]) continue;
  if (sites.some((x) => x.p.id === s.id)) throw new Error(`new site ${s.id} already exists`);
  const { coordinates, ...rest } = {
    ...s,
    ...(edits.siteEdits[s.id] ?? {}),
    ...(edits.researchSiteEdits[s.id] ?? {}),
  };
  const geometry = coordinates ? { type: 'Point', coordinates } : null;
  sites.push({
    geometry,
    p: { ...rest, coordSource: rest.coordSource ?? 'No source found that locates it.' },
  });
}
const siteById = new Map(sites.map((s) => [s.p.id, s]));
for (const s of sites) {
  const [nameAr, nameArSource] = arabic[s.p.id] ?? [s.p.nameAr ?? null, s.p.nameArSource ?? null];
  const { id, name, altNames, country, admin1, kind, coordPrecision, coordSource, notes } = s.p;
  s.p = {
    id,
    name,
    nameAr,
    nameArSource,
    altNames,
    country,
    admin1,
    kind,
    coordPrecision,
    coordSource,
    notes,
  };
}

// ---- events: 1.2.0 corrected, then mine, then the research waves ----
const removed = edits.removedEvents;
const baseById = Object.fromEntries(base.events.features.map((f) => [f.properties.id, f.properties]));
const eventEdits = edits.eventEdits(baseById);
for (const id of Object.keys(eventEdits)) {
  if (!baseById[id] || removed[id]) throw new Error(`edit for a row that is not in 1.2.0: ${id}`);
}
const rows = [];
for (const f of base.events.features) {
  const p = f.properties;
  if (removed[p.id]) continue;
  rows.push({ origin: '1.2.0', p: { ...p, ...(eventEdits[p.id] ?? {}) } });
}
for (const p of edits.newEvents) rows.push({ origin: 'edits', p });
const researchById = Object.fromEntries(
  [...(wave1.events ?? []), ...(wave2.events ?? [])].map((e) => [e.id, e]),
);
const researchEdits = edits.researchEdits(researchById);
for (const id of Object.keys(researchEdits)) {
  if (!researchById[id]) throw new Error(`edit for a research row that is not there: ${id}`);
}
for (const [wave, data] of [
  ['wave1', wave1],
  ['wave2', wave2],
]) {
  for (const e of data.events ?? []) {
    if (edits.rejectEvents[e.id]) {
      log(`rejected ${wave} ${e.id}: ${edits.rejectEvents[e.id]}`);
      continue;
    }
    if (rows.some((r) => r.p.id === e.id)) throw new Error(`${wave} ${e.id} repeats an id`);
    rows.push({ origin: wave, p: { ...e, ...(researchEdits[e.id] ?? {}) } });
  }
}

const CANONICAL_CLAIMANT = edits.claimantSpellings;
function canonical(name) {
  if (name === null || name === undefined) return null;
  const fixed = CANONICAL_CLAIMANT[name] ?? name;
  return fixed;
}

// The evidence that US officials confirmed an event: given explicitly, or (for rows confirmed
// before 2.0.0) the row's official, wire and major-outlet sources and pages relaying one, which
// is where the research found the US officials it cited.
const key = (name) => name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
const established = new Set(edits.ESTABLISHED.map(key));
for (const m of meta.values()) {
  if (m.publisher && ['official', 'wire', 'major_outlet'].includes(m.kind)) established.add(key(m.publisher));
}
const relaysEstablished = (relays) =>
  Boolean(relays) && relays.split(/\s+and\s+|,\s*|\s*\(/).some((part) => established.has(key(part)));
function officialUrls(r) {
  const explicit = new Set([...(r.p.officialSources ?? []), ...(edits.officialSources[r.p.id] ?? [])]);
  if (explicit.size > 0 || r.p.officialSources) return explicit;
  if (r.p.status !== 'confirmed_by_us_officials') return new Set();
  const urls = r.p.sources.filter((u) => {
    const m = meta.get(u) ?? {};
    return (
      m.kind === 'official' || m.kind === 'wire' || m.kind === 'major_outlet' || relaysEstablished(m.relays)
    );
  });
  return new Set(urls);
}

// The source helper's second pass: official, wire and major-outlet pages for existing events,
// each quoting a US official on the event unless listed in edits.upgradeNotQuoting.
for (const r of rows) {
  const added = upgrade.add?.[r.p.id] ?? [];
  if (added.length === 0) continue;
  r.p.sources = [...new Set([...r.p.sources, ...added])];
  if (!edits.upgradeNotQuoting.includes(r.p.id)) {
    r.p.officialSources = [...new Set([...(r.p.officialSources ?? []), ...officialUrls(r), ...added])];
  }
}

const events = rows.map((r) => {
  const p = r.p;
  const quotes = officialUrls(r);
  const sources = [...new Set(p.sources)].map((u) => sourceObject(u, quotes.has(u)));
  return {
    origin: r.origin,
    p: {
      id: p.id,
      date: p.date,
      dateEnd: p.dateEnd ?? null,
      timeUtc: p.timeUtc ?? null,
      datePrecision: p.datePrecision,
      siteId: p.siteId,
      country: p.country,
      type: p.type,
      direction: p.direction,
      claimedBy: canonical(p.claimedBy),
      attributedTo: canonical(p.attributedTo ?? null),
      weapons: p.weapons ?? null,
      casualties: p.casualties ?? null,
      usKilled: p.usKilled ?? null,
      usWounded: p.usWounded ?? null,
      casualtySource: p.casualtySource ?? null,
      status: p.status,
      summary: p.summary,
      sources,
      notes: p.notes ?? null,
      // A merged row is named by the row it was folded into; a removed one is dropped.
      distinctFrom: [
        ...new Set(
          (p.distinctFrom ?? [])
            .map((id) => edits.mergedInto[id] ?? id)
            .filter((id) => !edits.removedEvents[id] || edits.mergedInto[id]),
        ),
      ].filter((id) => id !== p.id),
    },
  };
});
const byId = new Map(events.map((e) => [e.p.id, e]));

// ---- reader-facing text: research shorthand out, event ids in words ----
const describe = (id) => {
  if (edits.removedWords[id]) return { words: edits.removedWords[id] };
  const target = byId.get(edits.mergedInto[id] ?? id);
  return target ? { date: target.p.date, type: target.p.type } : null;
};
for (const { p } of events) {
  for (const field of ['summary', 'weapons', 'casualties', 'notes']) {
    p[field] = cleanReaderText(idsToWords(p[field], describe));
  }
}
for (const s of sites) s.p.notes = cleanReaderText(s.p.notes);

// ---- same site within two days: each pair reviewed (edits.distinctPairs) or declared by research ----
const near = (a, b) =>
  a.siteId === b.siteId &&
  daysBetween(a.dateEnd ?? a.date, b.date) <= 2 &&
  daysBetween(b.dateEnd ?? b.date, a.date) <= 2;
const reviewed = new Map();
for (const [a, b, why] of edits.distinctPairs) {
  reviewed.set(`${a}|${b}`, why);
  reviewed.set(`${b}|${a}`, why);
}
const unreviewed = [];
for (const a of events) {
  for (const b of events) {
    if (a === b || !near(a.p, b.p)) continue;
    const declared = a.p.distinctFrom.includes(b.p.id) || b.p.distinctFrom.includes(a.p.id);
    if (!declared && !reviewed.has(`${a.p.id}|${b.p.id}`)) {
      if (a.p.id < b.p.id) unreviewed.push([a.p.id, b.p.id]);
      continue;
    }
    if (!a.p.distinctFrom.includes(b.p.id)) a.p.distinctFrom.push(b.p.id);
  }
}
if (unreviewed.length > 0) {
  log(`${unreviewed.length} same-site pairs within two days not yet reviewed:`);
  for (const [a, b] of unreviewed) log(`  ['${a}', '${b}', ''],`);
}
// Each event that names others says why, once, in its notes.
for (const e of events) {
  if (e.p.distinctFrom.length === 0) continue;
  const reasons = e.p.distinctFrom
    .map((other) => reviewed.get(`${e.p.id}|${other}`))
    .filter((why) => why && !(e.p.notes ?? '').includes(why));
  const own = edits.distinctNotes[e.p.id];
  const extra = own ?? [...new Set(reasons)].join(' ');
  if (extra) e.p.notes = e.p.notes ? `${e.p.notes} ${extra}` : extra;
  if (!e.p.notes) {
    const others = e.p.distinctFrom.map((id) => byId.get(id)?.p).filter(Boolean);
    const words = others.map((o) => `the ${describeType(o.type)} of ${dayLabel(o.date, false)}`);
    e.p.notes = `Kept apart from ${words.join(' and ')} at the same place: the sources report them separately.`;
  }
}
function describeType(type) {
  return edits.TYPE_WORDS[type];
}

// ---- write ----
events.sort((a, b) => (a.p.date < b.p.date ? -1 : a.p.date > b.p.date ? 1 : a.p.id < b.p.id ? -1 : 1));
const lastDay = events.reduce(
  (max, e) => ((e.p.dateEnd ?? e.p.date) > max ? (e.p.dateEnd ?? e.p.date) : max),
  '',
);
const coverage = {
  start: '2023-10-17',
  end: lastDay > '2024-12-31' ? `${lastDay.slice(0, 4)}-12-31` : '2024-12-31',
};
writeData('sites.geojson', {
  type: 'FeatureCollection',
  version: VERSION,
  features: sites.map((s) => ({ type: 'Feature', id: s.p.id, geometry: s.geometry, properties: s.p })),
});
writeData('events.geojson', {
  type: 'FeatureCollection',
  version: VERSION,
  coverage,
  features: events.map((e) => eventFeature(e.p, siteById.get(e.p.siteId))),
});
writeData('official-counts.json', edits.buildCounts(base.counts, countsExtra, VERSION, coverage));

const attacks = events.filter((e) => e.p.direction === 'attack_on_us');
log(
  `wrote ${VERSION}: ${sites.length} sites, ${events.length} events (${attacks.length} attacks, ` +
    `${events.length - attacks.length} US strikes), coverage ${coverage.start}..${coverage.end}; ` +
    `attacks by 2024-02-07: ${attacks.filter((e) => e.p.date <= '2024-02-07').length}; ` +
    `after 2024-02-29: ${events.filter((e) => e.p.date > '2024-02-29').length} rows`,
);
void addDays;
