/**
 * A stateful stand-in for MapLibre behind the one seam (`CreateMap`). It records sources,
 * layers and feature-state, and can emit clicks and camera moves, so tests assert what the
 * map would show ("event 3 is shown") rather than which methods were called.
 */
import type { SourceSpecification } from 'maplibre-gl';
import type { CreateMap, MapLike, MapOptions, MapPointerEvent } from '../../src/map/map-like';

type Listener = (event: never) => void;
interface RenderedFeature {
  id?: number;
  layer: { id: string };
  properties: Record<string, unknown>;
}

export class FakeMap implements MapLike {
  sources = new Map<string, { data: GeoJSON.GeoJSON }>();
  layers: { id: string }[] = [];
  featureState = new Map<string, Record<string, unknown>>();
  camera: { zoom: number; lat: number; lng: number; bearing: number; pitch: number };
  removed = false;
  styleLoaded = false;
  moving = false;
  setDataCalls = new Map<string, number>();
  private listeners: { type: string; layer: string | null; fn: Listener }[] = [];
  private rendered: RenderedFeature[] = [];
  // A plain object: the controller only sets the cursor style, and unit tests run without a DOM.
  private readonly canvas = { style: {} } as HTMLCanvasElement;

  constructor(readonly options: MapOptions) {
    this.camera = {
      zoom: options.zoom,
      lat: options.center[1],
      lng: options.center[0],
      bearing: 0,
      pitch: 0,
    };
  }

  on(type: string, a: unknown, b?: unknown) {
    this.listeners.push({ type, layer: typeof a === 'string' ? a : null, fn: (b ?? a) as Listener });
    return this;
  }
  off(type: string, a: unknown, b?: unknown) {
    const fn = b ?? a;
    this.listeners = this.listeners.filter((l) => !(l.type === type && l.fn === fn));
    return this;
  }
  once(type: string, fn: () => void) {
    const wrapped = () => {
      this.off(type, wrapped);
      fn();
    };
    return this.on(type, wrapped);
  }
  isStyleLoaded() {
    return this.styleLoaded;
  }
  addSource(id: string, source: SourceSpecification) {
    this.sources.set(id, { data: (source as { data: GeoJSON.GeoJSON }).data });
  }
  getSource(id: string) {
    const source = this.sources.get(id);
    if (!source) return undefined;
    return {
      setData: (data: GeoJSON.GeoJSON) => {
        source.data = data;
        this.setDataCalls.set(id, (this.setDataCalls.get(id) ?? 0) + 1);
      },
    };
  }
  addLayer(layer: { id: string }) {
    this.layers.push(layer);
  }
  images = new Map<string, { width: number; height: number }>();
  hasImage(name: string) {
    return this.images.has(name);
  }
  addImage(name: string, image: { width: number; height: number }) {
    this.images.set(name, { width: image.width, height: image.height });
  }
  setFilter() {}
  setFeatureState(feature: { source: string; id: number }, state: Record<string, unknown>) {
    const key = `${feature.source}:${feature.id}`;
    this.featureState.set(key, { ...this.featureState.get(key), ...state });
  }
  getCanvas() {
    return this.canvas;
  }
  getZoom() {
    return this.camera.zoom;
  }
  getCenter() {
    return { lng: this.camera.lng, lat: this.camera.lat };
  }
  getBearing() {
    return this.camera.bearing;
  }
  getPitch() {
    return this.camera.pitch;
  }
  isMoving() {
    return this.moving;
  }
  jumpTo(o: { center?: [number, number]; zoom?: number; bearing?: number; pitch?: number }) {
    this.moveTo(o);
  }
  easeTo(o: { center?: [number, number]; zoom?: number }) {
    this.moveTo(o);
  }
  fitBounds() {}
  queryRenderedFeatures() {
    return this.rendered;
  }
  triggerRepaint() {}
  redraw() {}
  resize() {}
  remove() {
    this.removed = true;
  }

  private moveTo(o: { center?: [number, number]; zoom?: number; bearing?: number; pitch?: number }) {
    const [lng, lat] = o.center ?? [this.camera.lng, this.camera.lat];
    this.camera = {
      ...this.camera,
      lng,
      lat,
      zoom: o.zoom ?? this.camera.zoom,
      bearing: o.bearing ?? this.camera.bearing,
      pitch: o.pitch ?? this.camera.pitch,
    };
    this.emit('moveend', {});
  }

  emit(type: string, event: unknown, layer: string | null = null) {
    for (const l of [...this.listeners])
      if (l.type === type && l.layer === layer) (l.fn as (e: unknown) => void)(event);
  }

  /** Finishes loading the style, as MapLibre's `load` event does. */
  load() {
    this.styleLoaded = true;
    this.emit('load', {});
  }

  /** A click where these features are rendered (topmost first). */
  click(features: RenderedFeature[]) {
    this.rendered = features;
    this.emit('click', { point: { x: 10, y: 10 } } satisfies MapPointerEvent);
  }

  /** A user pan or zoom that ends at this camera. */
  userMoveTo(camera: Partial<FakeMap['camera']>) {
    this.camera = { ...this.camera, ...camera };
    this.emit('moveend', { originalEvent: {} });
  }

  /** Indices of events currently drawn. */
  shownEvents(): number[] {
    const ids: number[] = [];
    for (const [key, state] of this.featureState) {
      if (key.startsWith('events:') && state.shown) ids.push(Number(key.slice(7)));
    }
    return ids.sort((a, b) => a - b);
  }
}

/** A factory that hands out fake maps and remembers them; `autoLoad` fires `load` at once. */
export function createFakeMapFactory(autoLoad = true) {
  const maps: FakeMap[] = [];
  const createMap: CreateMap = async (options) => {
    const map = new FakeMap(options);
    maps.push(map);
    if (autoLoad) queueMicrotask(() => map.load());
    return map;
  };
  return { createMap, maps };
}
