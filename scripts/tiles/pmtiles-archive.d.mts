export const ROOT_DIRECTORY_LIMIT: number;
export interface DirectoryEntry {
  tileId: number;
  offset: number;
  length: number;
  runLength: number;
}
export function encodeDirectory(entries: readonly DirectoryEntry[]): Uint8Array;
export interface ArchiveTile {
  z: number;
  x: number;
  y: number;
  data: Uint8Array;
}
export function buildArchive(options: {
  tiles: readonly ArchiveTile[];
  bounds: readonly [number, number, number, number];
  minZoom: number;
  maxZoom: number;
  centerZoom?: number;
  metadata: Record<string, unknown>;
}): Uint8Array;
