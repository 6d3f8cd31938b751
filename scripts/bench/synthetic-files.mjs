// Synthetic dataset files in the app's own format (sites.geojson, events.geojson,
// official-counts.json) for the app benchmark (app-bench.mjs): served in place of the real
// files, so the built app loads, validates and shows N events through its normal path.
// Benchmark data only: generated per run, never written into public/ or shipped.
//
// Events are spread so the load-time rules stay quiet (one site's events at least 3 days
// apart, unique summaries, the site's point and country), so the page shows no notices.

const TYPES = ['drone_attack', 'rocket_attack', 'missile', 'mixed', 'interception', 'us_airstrike', 'other'];
const STATUSES = ['confirmed_by_us_officials', 'claimed_only', 'reported_by_media', 'disputed'];
const CLAIMANTS = [
  'Islamic Resistance in Iraq',
  'Kataib Hezbollah',
  'Harakat Hezbollah al-Nujaba',
  'Kataib Sayyid al-Shuhada',
  null,
];
const WEAPONS = ['one-way attack drone(s)', 'rockets', 'close-range ballistic missile', null];
export const FIRST_DAY = '2023-10-17';
export const DAYS = 180;
/** Same box as the scrub bench (synthetic.ts): Iraq, Syria and around. */
const BOX = [34, 28, 50, 38];

/** mulberry32, as in synthetic.ts: every run draws the same data. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const pick = (items, random) => items[Math.floor(random() * items.length)];
const dayString = (offset) =>
  new Date(Date.UTC(2023, 9, 17) + offset * 86_400_000).toISOString().slice(0, 10);

/** About ten events per site, as the scrub bench has it. */
export const siteCountFor = (n) => Math.max(50, Math.ceil(n / 10));

export function syntheticFiles(n, seed = 20231017) {
  const random = prng(seed);
  const siteCount = siteCountFor(n);
  const sites = Array.from({ length: siteCount }, (_, i) => {
    const lon = Math.round((BOX[0] + random() * (BOX[2] - BOX[0])) * 1e4) / 1e4;
    const lat = Math.round((BOX[1] + random() * (BOX[3] - BOX[1])) * 1e4) / 1e4;
    return {
      type: 'Feature',
      id: `site-${i}`,
      geometry: { type: 'Point', coordinates: [lon, lat] },
      properties: {
        id: `site-${i}`,
        name: `Synthetic site ${i}`,
        nameAr: `موقع ${i}`,
        nameArSource: 'https://example.org/synthetic-sites-ar',
        altNames: [`Place ${i}`],
        country: random() < 0.5 ? 'IQ' : 'SY',
        admin1: null,
        kind: pick(['us_base', 'coalition_base', 'airport', 'oil_field', 'militia_site'], random),
        coordPrecision: 'facility',
        coordSource: 'https://example.org/synthetic-sites',
        notes: null,
      },
    };
  });
  const perSite = Math.ceil(n / siteCount);
  const stride = Math.floor(DAYS / perSite);
  if (stride < 3) throw new Error(`too many events per site for ${n} (${perSite})`);
  const events = [];
  for (let i = 0; i < n; i += 1) {
    const s = i % siteCount;
    const slot = Math.floor(i / siteCount);
    const day = slot * stride + (s % stride);
    const site = sites[s];
    const type = pick(TYPES, random);
    const strike = type === 'us_airstrike';
    const source = {
      url: `https://example.org/synthetic/${i}`,
      title: `Synthetic report ${i}`,
      publisher: 'Benchmark Wire',
      published: null,
      kind: 'wire',
      archive: null,
      relays: null,
      quotesUsOfficial: true,
    };
    events.push({
      type: 'Feature',
      id: `ev-${i}`,
      geometry: site.geometry,
      properties: {
        id: `ev-${i}`,
        date: dayString(day),
        dateEnd: null,
        timeUtc: null,
        datePrecision: 'exact',
        siteId: site.id,
        country: site.properties.country,
        type,
        direction: strike ? 'us_strike' : 'attack_on_us',
        claimedBy: strike ? null : pick(CLAIMANTS, random),
        attributedTo: null,
        weapons: pick(WEAPONS, random),
        casualties: null,
        usKilled: null,
        usWounded: null,
        casualtySource: null,
        status: pick(STATUSES, random),
        summary: `Synthetic benchmark event number ${i} at ${site.properties.name}.`,
        sources: [source],
        notes: null,
        distinctFrom: [],
      },
    });
  }
  const version = '2.0.0';
  return {
    'data/sites.geojson': JSON.stringify({ type: 'FeatureCollection', version, features: sites }),
    'data/events.geojson': JSON.stringify({
      type: 'FeatureCollection',
      version,
      coverage: { start: FIRST_DAY, end: dayString(DAYS - 1) },
      features: events,
    }),
    'data/official-counts.json': JSON.stringify({
      version,
      description: 'No official counts for synthetic data.',
      counts: [],
    }),
  };
}

/**
 * The same N events (same seed, same draws, same order) as a CSV in the app's own export
 * format, for sizes whose GeoJSON would not fit in one JavaScript string (a million events
 * run to most of a gigabyte as GeoJSON): the app opens it through a `data=` link, so it is
 * read by the import worker into columns. Sources are links only, summaries short, and sites
 * carry only their id, kind and point, so a million rows stay under the importer's 250 MB limit.
 * Yields Buffers of about 1 MB.
 */
export function* syntheticCsvChunks(n, seed = 20231017) {
  const random = prng(seed);
  const siteCount = siteCountFor(n);
  const sites = Array.from({ length: siteCount }, (_, i) => {
    const lon = Math.round((BOX[0] + random() * (BOX[2] - BOX[0])) * 1e4) / 1e4;
    const lat = Math.round((BOX[1] + random() * (BOX[3] - BOX[1])) * 1e4) / 1e4;
    const country = random() < 0.5 ? 'IQ' : 'SY';
    const kind = pick(['us_base', 'coalition_base', 'airport', 'oil_field', 'militia_site'], random);
    return { i, lon, lat, country, kind };
  });
  const perSite = Math.ceil(n / siteCount);
  const stride = Math.floor(DAYS / perSite);
  if (stride < 3) throw new Error(`too many events per site for ${n} (${perSite})`);
  yield Buffer.from(
    'id,date,date_precision,type,direction,status,claimed_by,weapons,summary,sources,' +
      'site_id,site_kind,country,latitude,longitude,coord_precision\n',
  );
  let lines = [];
  let size = 0;
  for (let i = 0; i < n; i += 1) {
    const s = i % siteCount;
    const day = Math.floor(i / siteCount) * stride + (s % stride);
    const site = sites[s];
    const type = pick(TYPES, random);
    const strike = type === 'us_airstrike';
    const claimedBy = strike ? null : pick(CLAIMANTS, random);
    const weapons = pick(WEAPONS, random);
    const status = pick(STATUSES, random);
    const line =
      `ev-${i},${dayString(day)},exact,${type},${strike ? 'us_strike' : 'attack_on_us'},${status},` +
      `${claimedBy ?? ''},${weapons ?? ''},Synthetic event ${i} at site ${s}.,` +
      `https://example.org/s/${i},site-${s},${site.kind},${site.country},${site.lat},${site.lon},facility\n`;
    lines.push(line);
    size += line.length;
    if (size > 1 << 20) {
      yield Buffer.from(lines.join(''));
      lines = [];
      size = 0;
    }
  }
  if (lines.length > 0) yield Buffer.from(lines.join(''));
}
