/**
 * The same-incident rule. Two events at one site within two days of each other may be one
 * incident entered twice (the review of 1.1.0 found three such pairs). They may stay apart
 * only when each names the other in `distinctFrom` and its notes say why they are separate.
 */
import { EVENTS_FILE, issue, type Positions } from './check-issue';
import type { AtlasEvent, DataIssue } from './model';

/** How many days apart two events at one site may be before the rule stops asking. */
export const NEAR_DAYS = 2;

/** True when b starts no more than NEAR_DAYS after a ends, or the other way round. */
export function areNear(a: AtlasEvent, b: AtlasEvent): boolean {
  return b.day - a.dayEnd <= NEAR_DAYS && a.day - b.dayEnd <= NEAR_DAYS;
}

/** Pairs of nearby events at one site that do not both name each other. */
export function duplicateIssues(events: readonly AtlasEvent[], positions: Positions): DataIssue[] {
  const bySite = new Map<string, AtlasEvent[]>();
  for (const e of events) bySite.set(e.siteId, [...(bySite.get(e.siteId) ?? []), e]);
  const out: DataIssue[] = [];
  for (const group of bySite.values()) {
    for (const e of group) {
      const at = positions.get(e.id) ?? e.index;
      for (const other of group) {
        if (other === e || !areNear(e, other) || e.distinctFrom.includes(other.id)) continue;
        out.push(
          issue(
            EVENTS_FILE,
            at,
            e.id,
            'distinctFrom',
            `"${other.id}" is at the same site within ${NEAR_DAYS} days: merge them if they are one ` +
              `incident, or list "${other.id}" here and say in notes why they are separate`,
          ),
        );
      }
    }
  }
  return out;
}

/** Every id in distinctFrom must exist, and the notes must give the reason. */
export function distinctFromIssues(events: readonly AtlasEvent[], positions: Positions): DataIssue[] {
  const ids = new Set(events.map((e) => e.id));
  const out: DataIssue[] = [];
  for (const e of events) {
    if (e.distinctFrom.length === 0) continue;
    const at = positions.get(e.id) ?? e.index;
    for (const other of e.distinctFrom) {
      if (other === e.id || !ids.has(other)) {
        out.push(
          issue(EVENTS_FILE, at, e.id, 'distinctFrom', `names "${other}", which is not another event`),
        );
      }
    }
    if (!e.notes?.trim()) {
      out.push(issue(EVENTS_FILE, at, e.id, 'notes', 'must say why the events in distinctFrom are separate'));
    }
  }
  return out;
}
