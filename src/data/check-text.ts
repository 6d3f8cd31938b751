/**
 * Reader-facing text must read as finished prose: research shorthand ("DISAGREEMENT:", a
 * "mirror" URL, event ids, "TODO") belongs in the research notes, not in what the app shows.
 */
import { COUNTS_FILE, EVENTS_FILE, issue, type Positions, SITES_FILE } from './check-issue';
import type { AtlasEvent, DataIssue, Site } from './model';

/** Each pattern with what a maintainer should be told about it. */
export const SHORTHAND: readonly [RegExp, string][] = [
  [
    /\b(DISAGREEMENT|INCONSISTENT|UNVERIFIED|VERIFY|CHECK|NOTE|DATE (WINDOW|WEAK|INFERRED)|STAND-IN)\b/,
    'an all-capitals research label (such as "DISAGREEMENT:")',
  ],
  [/https?:\/\/|\bwww\./i, 'a raw URL (cite it as a source instead)'],
  [/\bmirror\b/i, 'the word "mirror" (cite the original page)'],
  [/\b(TODO|FIXME|TBD|XXX)\b/, 'a to-do marker'],
  [/\bexcerpt\b/i, 'a remark about search excerpts'],
  [/\bsrc\b/i, 'the abbreviation "src"'],
  [/≈|~\d/, 'an approximation sign (write "about")'],
  [/\b[a-z]+_[a-z_]+\b/, 'a field or file name (such as time_utc)'],
  [/\b(otherTallies|the CSV|seed (article|event))\b/i, 'a reference to the research files'],
  [/\bAdded \d{4}-\d{2}-\d{2}\b/, 'an editing log entry (put it in the changelog)'],
  [/\b20\d\d-\d\d-\d\d-[a-z]/, 'an event id (name the event in words; link it with distinctFrom)'],
];

/** The first shorthand found in a text, as a reason, or null. */
export function shorthandIn(text: string | null): string | null {
  if (!text) return null;
  for (const [pattern, reason] of SHORTHAND) if (pattern.test(text)) return reason;
  return null;
}

function check(
  out: DataIssue[],
  file: string,
  at: number,
  id: string | null,
  field: string,
  text: string | null,
) {
  const reason = shorthandIn(text);
  if (reason) out.push(issue(file, at, id, field, `reader-facing text contains ${reason}`));
}

const EVENT_TEXT = ['summary', 'weapons', 'casualties', 'notes'] as const;

export function textIssues(
  events: readonly AtlasEvent[],
  sites: readonly Site[],
  positions: Positions,
  sitePositions: Positions,
  rawCounts: unknown,
): DataIssue[] {
  const out: DataIssue[] = [];
  for (const e of events) {
    const at = positions.get(e.id) ?? e.index;
    for (const field of EVENT_TEXT) check(out, EVENTS_FILE, at, e.id, field, e[field]);
  }
  sites.forEach((s, i) => {
    const at = sitePositions.get(s.id) ?? i;
    check(out, SITES_FILE, at, s.id, 'name', s.name);
    check(out, SITES_FILE, at, s.id, 'notes', s.notes);
  });
  const counts = (rawCounts as { counts?: unknown } | null)?.counts;
  if (Array.isArray(counts)) {
    counts.forEach((c, i) => {
      const { notes, injured } = (c ?? {}) as { notes?: unknown; injured?: unknown };
      check(out, COUNTS_FILE, i, null, 'notes', typeof notes === 'string' ? notes : null);
      check(out, COUNTS_FILE, i, null, 'injured', typeof injured === 'string' ? injured : null);
    });
  }
  return out;
}
