/**
 * Source rules: every source citable (title, publisher, kind), one description per URL, a
 * "confirmed by US officials" status backed by a US official on record, and structured
 * casualty counts tied to the source that gives them.
 */
import { EVENTS_FILE, issue, type Positions } from './check-issue';
import type { AtlasEvent, DataIssue } from './model';
import type { Source } from './schema';

/** Wire services whose copy other outlets republish verbatim: a faithful relay counts as the wire. */
export const WIRE_SERVICES = ['Reuters', 'Associated Press', 'AFP'] as const;
/**
 * Newsrooms whose reports count when a page republishes them, besides the wires and every
 * publisher the dataset itself classes as official, wire or major outlet (docs/data-format.md).
 */
export const MAJOR_OUTLETS = [
  'CNN',
  'The New York Times',
  'The Washington Post',
  'BBC',
  'Al Jazeera English',
  'The Times of Israel',
  'Military Times',
  'Politico',
  'The National',
  'NBC News',
  'ABC News',
  'CBS News',
  'Fox News',
  'The Wall Street Journal',
  'The Guardian',
  'Voice of America',
  'Alhurra',
  'Stars and Stripes',
  'Al Arabiya English',
] as const;

const nameKey = (name: string) => name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** The wires and MAJOR_OUTLETS alone, for judging one event's sources without the whole dataset. */
export const KNOWN_OUTLETS: ReadonlySet<string> = new Set([...WIRE_SERVICES, ...MAJOR_OUTLETS].map(nameKey));

const COUNTS_AS_RELAYED: ReadonlySet<string> = new Set(['official', 'wire', 'major_outlet']);

/**
 * The outlets whose reports count as evidence when a page republishes them: the wires, the
 * major outlets above, and every publisher the dataset itself classes as official, wire or major.
 */
export function establishedOutlets(events: readonly Pick<AtlasEvent, 'sources'>[]): ReadonlySet<string> {
  const names = new Set<string>([...WIRE_SERVICES, ...MAJOR_OUTLETS].map(nameKey));
  for (const e of events) {
    for (const s of e.sources) {
      if (s.publisher && s.kind && COUNTS_AS_RELAYED.has(s.kind)) names.add(nameKey(s.publisher));
    }
  }
  return names;
}

/** Does this page republish a report by one of `outlets` ("Reuters", "AFP and Associated Press")? */
export function relaysEstablished(s: Pick<Source, 'relays'>, outlets: ReadonlySet<string>): boolean {
  if (s.relays === null) return false;
  return s.relays.split(/\s+and\s+|,\s*|\s*\(/).some((part) => outlets.has(nameKey(part)));
}

/** Is this source evidence that a US official confirmed the event? */
export function isUsOfficialEvidence(s: Source, outlets: ReadonlySet<string>): boolean {
  if (s.kind === 'official') return true;
  if (!s.quotesUsOfficial) return false;
  if (s.kind === 'wire' || s.kind === 'major_outlet') return true;
  return relaysEstablished(s, outlets);
}

const REQUIRED = ['title', 'publisher', 'kind'] as const;

function completenessIssues(e: AtlasEvent, at: number): DataIssue[] {
  const out: DataIssue[] = [];
  e.sources.forEach((s, i) => {
    for (const field of REQUIRED) {
      if (s[field] === null) {
        out.push(
          issue(EVENTS_FILE, at, e.id, `sources.${i}.${field}`, 'a source needs a title, publisher and kind'),
        );
      }
    }
  });
  return out;
}

function statusIssue(e: AtlasEvent, at: number, outlets: ReadonlySet<string>): DataIssue | null {
  if (e.status !== 'confirmed_by_us_officials' || e.sources.some((s) => isUsOfficialEvidence(s, outlets))) {
    return null;
  }
  return issue(
    EVENTS_FILE,
    at,
    e.id,
    'status',
    'confirmed_by_us_officials needs an official source, or a wire or major-outlet report (or a page ' +
      'relaying one) marked quotesUsOfficial',
  );
}

function casualtyIssue(e: AtlasEvent, at: number): DataIssue | null {
  const harmed = (e.usKilled ?? 0) > 0 || (e.usWounded ?? 0) > 0;
  if (e.casualtySource === null) {
    return harmed
      ? issue(
          EVENTS_FILE,
          at,
          e.id,
          'casualtySource',
          'must name the source of the killed and wounded counts',
        )
      : null;
  }
  if (e.sources.some((s) => s.url === e.casualtySource)) return null;
  return issue(EVENTS_FILE, at, e.id, 'casualtySource', 'must be one of the event’s sources');
}

const SAME = ['title', 'publisher', 'published', 'kind', 'archive', 'relays'] as const;

/** A page is one page: two events citing one URL must describe it the same way. */
function consistencyIssues(events: readonly AtlasEvent[], positions: Positions): DataIssue[] {
  const first = new Map<string, { source: Source; id: string }>();
  const out: DataIssue[] = [];
  for (const e of events) {
    e.sources.forEach((s, i) => {
      const seen = first.get(s.url);
      if (!seen) {
        first.set(s.url, { source: s, id: e.id });
        return;
      }
      const differs = SAME.filter((f) => seen.source[f] !== s[f]);
      if (differs.length > 0) {
        const at = positions.get(e.id) ?? e.index;
        const message = `describes this URL differently from "${seen.id}" (${differs.join(', ')})`;
        out.push(issue(EVENTS_FILE, at, e.id, `sources.${i}`, message));
      }
    });
  }
  return out;
}

export function sourceIssues(events: readonly AtlasEvent[], positions: Positions): DataIssue[] {
  const out: DataIssue[] = [];
  const outlets = establishedOutlets(events);
  for (const e of events) {
    const at = positions.get(e.id) ?? e.index;
    out.push(...completenessIssues(e, at));
    for (const found of [statusIssue(e, at, outlets), casualtyIssue(e, at)]) if (found) out.push(found);
  }
  out.push(...consistencyIssues(events, positions));
  return out;
}
