export function eventArchive(
  collection: { name?: string; version?: string; features: readonly unknown[] },
  zooms: { minZoom: number; maxZoom: number },
): { bytes: Uint8Array; tiles: number; events: number; unlocated: number };
export function dayRange(points: readonly { tags: { day: number; dayEnd: number } }[]): {
  firstDay: number | null;
  lastDay: number | null;
};
