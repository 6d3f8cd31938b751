import type { ArchiveTile } from './pmtiles-archive.mjs';
export const LAYER: string;
export const EXTENT: number;
export function dayNumber(date: string): number;
export function worldPosition(lon: number, lat: number): [number, number];
export interface TilePoint {
  lon: number;
  lat: number;
  position: [number, number];
  tags: Record<string, string | number>;
}
export function locatedEvents(collection: { features: readonly unknown[] }): {
  points: TilePoint[];
  unlocated: number;
};
export function eventTiles(
  points: readonly TilePoint[],
  zooms: { minZoom: number; maxZoom: number },
): ArchiveTile[];
export function pointBounds(points: readonly TilePoint[]): [number, number, number, number];
