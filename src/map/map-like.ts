/**
 * The slice of MapLibre's `Map` the controller uses. The real map satisfies it; tests pass
 * a stateful fake (tests/support/fake-map.ts). Keeping it narrow keeps the fake honest.
 */
import type {
  FilterSpecification,
  LayerSpecification,
  MapGeoJSONFeature,
  SourceSpecification,
  StyleSpecification,
} from 'maplibre-gl';

export interface FeatureRef {
  source: string;
  id: number;
}

export interface MapPointerEvent {
  features?: MapGeoJSONFeature[];
  point: { x: number; y: number };
}

export interface MapLike {
  on(type: string, listener: (event: never) => void): unknown;
  on(type: string, layer: string, listener: (event: MapPointerEvent) => void): unknown;
  off(type: string, listener: (event: never) => void): unknown;
  off(type: string, layer: string, listener: (event: MapPointerEvent) => void): unknown;
  once(type: string, listener: () => void): unknown;
  isStyleLoaded(): unknown;
  addSource(id: string, source: SourceSpecification): unknown;
  getSource(id: string): { setData(data: GeoJSON.GeoJSON): unknown } | undefined;
  addLayer(layer: LayerSpecification): unknown;
  hasImage(name: string): boolean;
  addImage(
    name: string,
    image: { width: number; height: number; data: Uint8Array },
    options?: { pixelRatio?: number },
  ): unknown;
  setFilter(layer: string, filter: FilterSpecification | null): unknown;
  setFeatureState(feature: FeatureRef, state: Record<string, unknown>): void;
  getCanvas(): HTMLCanvasElement;
  getZoom(): number;
  getCenter(): { lng: number; lat: number };
  getBearing(): number;
  getPitch(): number;
  isMoving(): boolean;
  jumpTo(options: { center?: [number, number]; zoom?: number; bearing?: number; pitch?: number }): unknown;
  easeTo(options: { center?: [number, number]; zoom?: number; duration?: number }): unknown;
  fitBounds(
    bounds: [[number, number], [number, number]],
    options?: { padding?: number; maxZoom?: number; duration?: number },
  ): unknown;
  queryRenderedFeatures(
    point: { x: number; y: number },
    options: { layers: string[] },
  ): { id?: string | number; layer: { id: string }; properties: Record<string, unknown> }[];
  triggerRepaint(): void;
  /** Draws the current frame now, synchronously (for a snapshot). */
  redraw(): unknown;
  resize(): unknown;
  remove(): void;
}

export interface MapOptions {
  container: HTMLElement;
  style: StyleSpecification;
  center: [number, number];
  zoom: number;
  bearing?: number;
  pitch?: number;
  maxBounds: [[number, number], [number, number]];
  reducedMotion: boolean;
}

/** The seam: the app passes the real factory, tests pass the fake one. */
export type CreateMap = (options: MapOptions) => Promise<MapLike>;
