/**
 * A group's donut as data: one segment per type present, as wide as its share, in the
 * legend's type order from 12 o'clock. The marks' shader draws the same rule from the
 * cumulative shares (mark-gl.ts); the legend draws it as SVG.
 */
import { EVENT_TYPES, type EventType } from '../data/schema';

export interface DonutSegment {
  type: EventType;
  /** Radians clockwise from 12 o'clock. */
  from: number;
  to: number;
}

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
