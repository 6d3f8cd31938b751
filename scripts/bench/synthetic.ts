/**
 * Synthetic events for the benchmark only: generated in the page from a fixed seed, never
 * written to disk or shipped as data. Shaped exactly like the app's Dataset so the real
 * controller and derivations run on them unchanged.
 */
import type { AtlasEvent, Dataset, Site } from '../../src/data/model';
import { DIRECTIONS, EVENT_TYPES, type Source, STATUSES } from '../../src/data/schema';
import { formatCivilDate, parseCivilDate } from '../../src/shared/civil-date';

/** Same box and span as the prototype (tech-prototype.md §3): points over [34,28,50,38], 180 days. */
export const BOX = [34, 28, 50, 38] as const;
export const FIRST_DAY = parseCivilDate('2023-10-17') as number;
export const DAYS = 180;

/** mulberry32: small, fast and deterministic, so every run draws the same events. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const SOURCE: Source = {
  url: 'https://example.org/synthetic',
  title: 'Synthetic report',
  publisher: 'Benchmark',
  published: null,
  kind: 'blog_or_aggregator',
  archive: null,
  relays: null,
  quotesUsOfficial: false,
};

function pick<T>(items: readonly T[], random: () => number): T {
  return items[Math.floor(random() * items.length)] as T;
}

/** About ten events per site, as at a busy base, so site counts change as the window moves. */
export function siteCountFor(n: number): number {
  return Math.min(10_000, Math.max(50, Math.round(n / 10)));
}

export function syntheticDataset(n: number, seed = 20231017): Dataset {
  const random = prng(seed);
  const [w, s, e, north] = BOX;
  const sites: Site[] = Array.from({ length: siteCountFor(n) }, (_, i) => ({
    id: `s${i}`,
    name: `Site ${i}`,
    nameAr: null,
    nameArSource: null,
    altNames: [],
    country: random() < 0.5 ? 'IQ' : 'SY',
    admin1: null,
    kind: 'us_base',
    coordPrecision: 'facility',
    coordSource: 'https://example.org/synthetic',
    notes: null,
    lon: w + random() * (e - w),
    lat: s + random() * (north - s),
  }));
  const days = Array.from({ length: n }, () => FIRST_DAY + Math.floor(random() * DAYS)).sort((a, b) => a - b);
  const events: AtlasEvent[] = days.map((day, index) => {
    const site = pick(sites, random);
    return {
      id: `b${index}`,
      date: formatCivilDate(day),
      dateEnd: null,
      timeUtc: null,
      datePrecision: 'exact',
      siteId: site.id,
      country: site.country,
      type: pick(EVENT_TYPES, random),
      direction: pick(DIRECTIONS, random),
      claimedBy: null,
      attributedTo: null,
      weapons: null,
      casualties: null,
      usKilled: null,
      usWounded: null,
      casualtySource: null,
      status: pick(STATUSES, random),
      summary: 'Synthetic benchmark event.',
      sources: [SOURCE],
      notes: null,
      distinctFrom: [],
      index,
      day,
      dayEnd: day,
      site,
    } as AtlasEvent;
  });
  return {
    version: `bench-${n}`,
    sites,
    siteById: new Map(sites.map((x) => [x.id, x])),
    events,
    eventById: new Map(events.map((x) => [x.id, x])),
    counts: [],
    extent: [FIRST_DAY, FIRST_DAY + DAYS - 1],
    coverage: null,
    issues: [],
  };
}
