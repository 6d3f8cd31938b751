/**
 * The event list's keys: where each one moves the active row, as a pure function of the
 * active index and the number of rows. Up/Down step, Home/End go to the ends, Page Up/Down
 * jump a screenful of eight rows; none goes past either end.
 */
export const PAGE_ROWS = 8;

const KEY_STEP: Record<string, (index: number, count: number) => number> = {
  ArrowDown: (i, n) => Math.min(n - 1, i + 1),
  ArrowUp: (i) => Math.max(0, i - 1),
  Home: () => 0,
  End: (_, n) => n - 1,
  PageDown: (i, n) => Math.min(n - 1, i + PAGE_ROWS),
  PageUp: (i) => Math.max(0, i - PAGE_ROWS),
};

/** The row a key moves to from `index` among `count` rows; null for a key the list ignores. */
export function rowForKey(key: string, index: number, count: number): number | null {
  if (count === 0 || !Object.hasOwn(KEY_STEP, key)) return null;
  return (KEY_STEP[key] as (index: number, count: number) => number)(index, count);
}
