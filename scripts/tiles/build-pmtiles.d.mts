export function eventArchive(
  collection: { name?: string; version?: string; features: readonly unknown[] },
  zooms: { minZoom: number; maxZoom: number },
): { bytes: Uint8Array; tiles: number; events: number; unlocated: number };
