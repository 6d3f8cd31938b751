/**
 * The slice of MapLibre's `Map` the map code uses, in MapLibre's own types. `create-map.ts`
 * assigns a real `Map` to it without a cast, so the compiler proves the real map fits this
 * seam; the fake (tests/support/fake-map.ts) `implements` it, so the compiler proves the fake
 * does too. Only what src/map calls is here: a member nobody calls is one the fake could get
 * wrong unnoticed.
 */
import type {
  AddLayerObject,
  CameraForBoundsOptions,
  EaseToOptions,
  FeatureIdentifier,
  JumpToOptions,
  MapEventType,
  Source,
  SourceSpecification,
  StyleSpecification,
} from 'maplibre-gl';

export type MapEvents = MapEventType;

/** Pixels for `addImage` (the marks' invisible boxes): what ImageData provides. */
export interface ImageLike {
  width: number;
  height: number;
  data: Uint8Array | Uint8ClampedArray;
}

export interface MapLike {
  on<T extends keyof MapEventType>(type: T, listener: (ev: MapEventType[T] & object) => void): unknown;
  off<T extends keyof MapEventType>(type: T, listener: (ev: MapEventType[T] & object) => void): unknown;
  once<T extends keyof MapEventType>(type: T, listener: (ev: MapEventType[T] & object) => void): unknown;
  // MapLibre's own return type, void included: the seam copies it rather than narrowing it.
  // biome-ignore lint/suspicious/noConfusingVoidType: must match MapLibre's declaration
  isStyleLoaded(): boolean | void;
  addSource(id: string, source: SourceSpecification): unknown;
  getSource<TSource extends Source>(id: string): TSource | undefined;
  addLayer(layer: AddLayerObject, beforeId?: string): unknown;
  removeLayer(id: string): unknown;
  hasImage(id: string): boolean;
  addImage(id: string, image: ImageLike, options?: { pixelRatio?: number }): unknown;
  removeImage(id: string): void;
  /** Called when a tile needs an image the style lacks: marks are painted only when first seen. */
  setMissingStyleImageResolver(resolver: ((id: string) => void) | null): unknown;
  setFeatureState(feature: FeatureIdentifier, state: Record<string, unknown>): unknown;
  removeFeatureState(target: FeatureIdentifier): unknown;
  getCanvas(): HTMLCanvasElement;
  getZoom(): number;
  getCenter(): { lng: number; lat: number };
  getBearing(): number;
  getPitch(): number;
  isMoving(): boolean;
  jumpTo(options: JumpToOptions, eventData?: unknown): unknown;
  easeTo(options: EaseToOptions, eventData?: unknown): unknown;
  /** Ends any camera animation at once; its `moveend` fires before this returns. */
  stop(): unknown;
  cameraForBounds(
    bounds: [[number, number], [number, number]],
    options?: CameraForBoundsOptions,
  ): JumpToOptions | undefined;
  /** Screen position (CSS pixels from the container's top left) of a longitude/latitude. */
  project(lnglat: [number, number]): { x: number; y: number };
  triggerRepaint(): void;
  /** Draws the current frame now, synchronously (for a snapshot). */
  redraw(): unknown;
  remove(): void;
}

/** Camera and container for a new map; the app's own choices (bounds, zoom limits) included. */
export interface MapOptions {
  container: HTMLElement;
  style: StyleSpecification;
  center: [number, number];
  zoom: number;
  bearing?: number;
  pitch?: number;
  maxBounds: [[number, number], [number, number]];
  maxZoom: number;
  reducedMotion: boolean;
  /** The "reset view" control was pressed (a control of the map's own, see create-map.ts). */
  onResetView?: () => void;
}

/** The seam: the app passes the real factory, tests pass the fake one. */
export type CreateMap = (options: MapOptions) => Promise<MapLike>;
