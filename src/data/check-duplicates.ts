/**
 * The duplicate rule. Two events with the same `date`, `siteId` and `type` look like one
 * incident entered twice. They are allowed only when BOTH events' notes explain it: each
 * note must contain the word "separate" and name the other event's id, e.g.
 * "Separate from 2023-10-29-shaddadi-drone (a second claim that evening)."
 */
import type { AtlasEvent, DataIssue } from './model';

function explains(a: AtlasEvent, b: AtlasEvent): boolean {
  const note = a.notes?.toLowerCase() ?? '';
  return note.includes('separate') && note.includes(b.id.toLowerCase());
}

/** Groups by date|site|type; reports each later event of an unexplained pair, naming the first. */
export function duplicateIssues(events: AtlasEvent[], position: Map<string, number>): DataIssue[] {
  const groups = new Map<string, AtlasEvent[]>();
  for (const e of events) {
    const key = `${e.date}|${e.siteId}|${e.type}`;
    groups.set(key, [...(groups.get(key) ?? []), e]);
  }
  const out: DataIssue[] = [];
  for (const group of groups.values()) {
    group.forEach((b, j) => {
      for (const a of group.slice(0, j)) {
        if (explains(a, b) && explains(b, a)) continue;
        out.push({
          file: 'events.geojson',
          featureIndex: position.get(b.id) ?? null,
          featureId: b.id,
          field: 'date',
          message: `same date, siteId and type as "${a.id}"; both notes must say "separate" and name the other id`,
        });
      }
    });
  }
  return out;
}
