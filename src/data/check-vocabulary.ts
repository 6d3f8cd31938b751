/**
 * Vocabulary rules: one spelling per claimant (so the filter lists each group once), and
 * an Arabic name with its source for every site (so Arabic search finds it).
 */
import { EVENTS_FILE, issue, type Positions, SITES_FILE } from './check-issue';
import type { AtlasEvent, DataIssue, Site } from './model';
import { CLAIMANTS } from './schema';

const CANONICAL: ReadonlySet<string> = new Set(CLAIMANTS);
const ARABIC = /\p{Script=Arabic}/u;

export function claimantIssues(events: readonly AtlasEvent[], positions: Positions): DataIssue[] {
  const out: DataIssue[] = [];
  for (const e of events) {
    const at = positions.get(e.id) ?? e.index;
    for (const field of ['claimedBy', 'attributedTo'] as const) {
      const value = e[field];
      if (value !== null && !CANONICAL.has(value)) {
        out.push(
          issue(
            EVENTS_FILE,
            at,
            e.id,
            field,
            `"${value}" is not in the canonical claimant list (schema CLAIMANTS)`,
          ),
        );
      }
    }
  }
  return out;
}

/**
 * A place no source locates (a name in a claim, a placeholder for "location not given") may
 * lack an Arabic name when none was found, provided its notes say so; a spelling is never guessed.
 */
function excused(s: Site): boolean {
  return s.nameAr === null && s.coordPrecision === 'unknown' && /\bArabic\b/.test(s.notes ?? '');
}

export function arabicNameIssues(sites: readonly Site[], positions: Positions): DataIssue[] {
  const out: DataIssue[] = [];
  sites.forEach((s, i) => {
    const at = positions.get(s.id) ?? i;
    if (excused(s)) return;
    if (!s.nameAr || !ARABIC.test(s.nameAr)) {
      out.push(issue(SITES_FILE, at, s.id, 'nameAr', 'must give the Arabic name in Arabic script'));
    }
    if (!s.nameArSource)
      out.push(issue(SITES_FILE, at, s.id, 'nameArSource', 'must cite where the Arabic name comes from'));
  });
  return out;
}
