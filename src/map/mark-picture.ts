/**
 * What a mark looks like, as data: a single event's status symbol (colour = type, shape =
 * status, a red ring for US/coalition casualties) or a group's donut (one segment per type,
 * sized by its share, the count in the middle, a red badge when any event in it had
 * casualties). The painter (paint-mark.ts) only draws this; tests read it.
 */
import type { AtlasEvent } from '../data/model';
import { EVENT_TYPES, type EventType, type Status } from '../data/schema';
import { type Severity, severityOf } from '../data/severity';
import type { MarkState } from './group-counts';
import { countLabel } from './mark-size';

export interface DonutSegment {
  type: EventType;
  /** Radians clockwise from 12 o'clock. */
  from: number;
  to: number;
}

export type MarkPicture =
  | { kind: 'event'; type: EventType; status: Status; severity: Severity | null }
  | { kind: 'group'; n: number; label: string; segments: DonutSegment[]; severity: Severity | null };

/** Segments in the legend's type order, starting at 12 o'clock, each as wide as its share. */
export function donutSegments(byType: readonly number[]): DonutSegment[] {
  const n = byType.reduce((a, b) => a + b, 0);
  const segments: DonutSegment[] = [];
  let at = 0;
  EVENT_TYPES.forEach((type, i) => {
    const k = byType[i] ?? 0;
    if (k === 0 || n === 0) return;
    const to = at + (2 * Math.PI * k) / n;
    segments.push({ type, from: at, to });
    at = to;
  });
  return segments;
}

export function markPicture(mark: MarkState, events: readonly AtlasEvent[]): MarkPicture | null {
  if (mark.n === 0) return null;
  const single = mark.event >= 0 ? events[mark.event] : undefined;
  if (single) {
    return { kind: 'event', type: single.type, status: single.status, severity: severityOf(single) };
  }
  const severity = mark.killed > 0 ? 'killed' : mark.wounded > 0 ? 'wounded' : null;
  return {
    kind: 'group',
    n: mark.n,
    label: countLabel(mark.n),
    segments: donutSegments(mark.byType),
    severity,
  };
}
