/**
 * Which mark a pointer means: the one whose drawn disc is nearest the pointer, among those
 * within reach. Marks never overlap (site-groups.ts), so "nearest" only decides the margin
 * between two; the slop widens the target for touch without stealing from a neighbour.
 */

export interface ScreenMark {
  x: number;
  y: number;
  /** Drawn radius in CSS pixels. */
  r: number;
}

/** Marks under the point, nearest edge first; a point inside a disc beats any slop. */
export function marksAt<T extends ScreenMark>(
  marks: readonly T[],
  point: { x: number; y: number },
  slop = 0,
): T[] {
  const hits: [number, T][] = [];
  for (const m of marks) {
    const gap = Math.hypot(m.x - point.x, m.y - point.y) - m.r;
    if (gap <= slop) hits.push([Math.max(0, gap), m]);
  }
  return hits
    .sort(
      (a, b) =>
        a[0] - b[0] ||
        Math.hypot(a[1].x - point.x, a[1].y - point.y) - Math.hypot(b[1].x - point.x, b[1].y - point.y),
    )
    .map(([, m]) => m);
}
