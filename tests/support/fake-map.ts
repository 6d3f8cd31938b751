/**
 * A stateful stand-in for MapLibre behind the one seam (`CreateMap`). It `implements MapLike`,
 * the same interface a real MapLibre Map is checked against, and behaves like MapLibre where
 * the app depends on it:
 * - sources, layers, images and feature-state are recorded, so tests assert what the map
 *   would show ("this mark is ringed") rather than which methods were called; a source added
 *   twice throws as MapLibre's does, and removing a layer that is not there is an `error`
 *   event (recorded in `errors`);
 * - camera moves take time: `easeTo` with a duration runs on a timer, `isMoving()` is true
 *   meanwhile and `moveend` fires when it ends (or at once from `stop()` or `settle()`);
 *   `jumpTo` and zero-duration moves end within the call, as MapLibre's do;
 * - event data passed to a move rides on its events, as MapLibre's does;
 * - `project` and `cameraForBounds` use Web Mercator with 512-pixel tiles on an 800×600 canvas;
 * - a lost WebGL context (`loseContext`) drops the style as MapLibre 6 does: every call that
 *   needs it throws MapLibre's TypeError until `restoreContext`, which rebuilds the style from
 *   a snapshot without custom layers or feature-state and loads it a moment later
 *   (`webglcontextlost`, `webglcontextrestored`, then `style.load`).
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
} from 'maplibre-gl';
import type { CreateMap, ImageLike, MapLike, MapOptions } from '../../src/map/map-like';
import { worldPixel } from '../../src/map/site-groups';

type Listener = (event: never) => void;
type Camera = { zoom: number; lat: number; lng: number; bearing: number; pitch: number };

const WIDTH = 800;
const HEIGHT = 600;

function lngLatAt(x: number, y: number, zoom: number): [number, number] {
  const size = 512 * 2 ** zoom;
  return [(x / size) * 360 - 180, (Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / size))) * 180) / Math.PI];
}

function toLngLat(center: unknown): [number, number] | undefined {
  if (Array.isArray(center)) return [Number(center[0]), Number(center[1])];
  if (center && typeof center === 'object' && 'lng' in center && 'lat' in center)
    return [Number((center as { lng: number }).lng), Number((center as { lat: number }).lat)];
  return undefined;
}

interface Flight {
  from: Camera;
  to: Camera;
  started: number;
  duration: number;
  data: Record<string, unknown>;
  timer: ReturnType<typeof setTimeout>;
}

export class FakeMap implements MapLike {
  sources = new Map<string, { data: GeoJSON.GeoJSON }>();
  layers: AddLayerObject[] = [];
  featureState = new Map<string, Record<string, unknown>>();
  images = new Map<string, { width: number; height: number }>();
  camera: Camera;
  removed = false;
  styleLoaded = false;
  setDataCalls = new Map<string, number>();
  /** The misuses MapLibre would have reported as `error` events. */
  errors: string[] = [];
  private listeners: { type: string; fn: Listener }[] = [];
  /** MapLibre sets `map.style = null` on a lost context. */
  private styleGone = false;
  private flight: Flight | null = null;
  private resolver: ((id: string) => void) | null = null;
  /** A plain object: the controller only reads its size and sets the cursor; unit tests have no DOM. */
  private readonly canvas = { style: {}, clientWidth: WIDTH, clientHeight: HEIGHT } as HTMLCanvasElement;

  constructor(readonly options: MapOptions) {
    this.camera = {
      zoom: options.zoom,
      lat: options.center[1],
      lng: options.center[0],
      bearing: options.bearing ?? 0,
      pitch: options.pitch ?? 0,
    };
  }

  on<T extends keyof MapEventType>(type: T, listener: (ev: MapEventType[T] & object) => void) {
    this.listeners.push({ type, fn: listener as Listener });
    return this;
  }
  off<T extends keyof MapEventType>(type: T, listener: (ev: MapEventType[T] & object) => void) {
    this.listeners = this.listeners.filter((l) => !(l.type === type && l.fn === listener));
    return this;
  }
  once<T extends keyof MapEventType>(type: T, listener: (ev: MapEventType[T] & object) => void) {
    const wrapped = (event: MapEventType[T] & object) => {
      this.off(type, wrapped);
      listener(event);
    };
    return this.on(type, wrapped);
  }
  /** Listeners still attached (destroy must leave none). */
  listenerCount(): number {
    return this.listeners.length;
  }
  isStyleLoaded() {
    return this.styleLoaded;
  }
  /** What MapLibre throws when a style method is called with `map.style` null. */
  private style(member: string) {
    if (this.styleGone) throw new TypeError(`Cannot read properties of null (reading '${member}')`);
  }
  addSource(id: string, source: SourceSpecification) {
    this.style('addSource');
    if (this.sources.has(id)) throw new Error(`Source "${id}" already exists.`);
    this.sources.set(id, { data: (source as { data: GeoJSON.GeoJSON }).data });
  }
  getSource<TSource extends Source>(id: string): TSource | undefined {
    this.style('getSource');
    const source = this.sources.get(id);
    if (!source) return undefined;
    const setData = (data: GeoJSON.GeoJSON) => {
      source.data = data;
      this.setDataCalls.set(id, (this.setDataCalls.get(id) ?? 0) + 1);
      this.requestImages(data);
    };
    return { setData } as unknown as TSource;
  }
  /** Tiles ask for the images their features name; a missing one goes to the resolver. */
  private requestImages(data: GeoJSON.GeoJSON) {
    if (data.type !== 'FeatureCollection') return;
    for (const f of data.features) {
      const image = f.properties?.box;
      if (typeof image === 'string' && !this.images.has(image)) this.resolver?.(image);
    }
  }
  addLayer(layer: AddLayerObject, beforeId?: string) {
    this.style('addLayer');
    if (this.layers.some((l) => l.id === layer.id)) throw new Error(`Layer "${layer.id}" already exists`);
    const at = beforeId ? this.layers.findIndex((l) => l.id === beforeId) : -1;
    if (at >= 0) this.layers.splice(at, 0, layer);
    else this.layers.push(layer);
  }
  removeLayer(id: string) {
    this.style('removeLayer');
    if (!this.layers.some((l) => l.id === id)) {
      this.fail(`Cannot remove non-existing layer "${id}".`);
      return;
    }
    this.layers = this.layers.filter((l) => l.id !== id);
  }
  /** A misuse MapLibre reports with an `error` event rather than a throw (kept in `errors`). */
  private fail(message: string) {
    this.errors.push(message);
    this.emit('error', { error: new Error(message) });
  }
  hasImage(id: string) {
    this.style('imageManager');
    return this.images.has(id);
  }
  addImage(id: string, image: ImageLike) {
    this.style('addImage');
    if (this.images.has(id)) throw new Error(`Image id ${id} already exist, use updateImage instead`);
    this.images.set(id, { width: image.width, height: image.height });
  }
  removeImage(id: string) {
    this.style('removeImage');
    this.images.delete(id);
  }
  setMissingStyleImageResolver(resolver: ((id: string) => void) | null) {
    this.resolver = resolver;
  }
  setFeatureState(feature: FeatureIdentifier, state: Record<string, unknown>) {
    this.style('setFeatureState');
    const key = `${feature.source}:${feature.id}`;
    this.featureState.set(key, { ...this.featureState.get(key), ...state });
  }
  removeFeatureState(target: FeatureIdentifier) {
    this.style('removeFeatureState');
    for (const key of [...this.featureState.keys()]) {
      const [source, id] = key.split(':');
      if (source === target.source && (target.id === undefined || String(target.id) === id))
        this.featureState.delete(key);
    }
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
    return this.flight !== null;
  }

  private target(o: JumpToOptions | EaseToOptions): Camera {
    const zoom = Math.min(this.options.maxZoom ?? 22, o.zoom ?? this.camera.zoom);
    let [lng, lat] = toLngLat(o.center) ?? [this.camera.lng, this.camera.lat];
    const offset = 'offset' in o ? toLngLat(o.offset) : undefined;
    if (offset) {
      // The point given as `center` ends at screen centre + offset, as MapLibre's easeTo does.
      const [x, y] = worldPixel(lng, lat, zoom);
      [lng, lat] = lngLatAt(x - offset[0], y - offset[1], zoom);
    }
    return { zoom, lng, lat, bearing: o.bearing ?? this.camera.bearing, pitch: o.pitch ?? this.camera.pitch };
  }

  jumpTo(o: JumpToOptions, eventData?: unknown) {
    return this.jump(o, eventData);
  }
  private jump(o: JumpToOptions | EaseToOptions, eventData?: unknown) {
    this.stop();
    const data = (eventData ?? {}) as Record<string, unknown>;
    this.emit('movestart', data);
    this.setCamera(this.target(o), data);
    this.emit('moveend', data);
    return this;
  }
  easeTo(o: EaseToOptions, eventData?: unknown) {
    const duration = o.duration ?? 500;
    if (duration === 0) return this.jump(o, eventData);
    this.stop();
    const data = (eventData ?? {}) as Record<string, unknown>;
    const from = { ...this.camera };
    const to = this.target(o);
    const timer = setTimeout(() => this.settle(), duration);
    this.flight = { from, to, started: performance.now(), duration, data, timer };
    this.emit('movestart', data);
    return this;
  }
  /** Ends a running move where it is now, firing its `moveend`, as MapLibre's stop() does. */
  stop() {
    const f = this.flight;
    if (!f) return this;
    const k = Math.min(1, (performance.now() - f.started) / f.duration);
    this.endFlight({
      zoom: f.from.zoom + (f.to.zoom - f.from.zoom) * k,
      lng: f.from.lng + (f.to.lng - f.from.lng) * k,
      lat: f.from.lat + (f.to.lat - f.from.lat) * k,
      bearing: f.to.bearing,
      pitch: f.to.pitch,
    });
    return this;
  }
  /** Finishes a running move at its target now (tests that do not want to wait for its timer). */
  settle() {
    if (this.flight) this.endFlight(this.flight.to);
  }
  private endFlight(at: Camera) {
    const f = this.flight as Flight;
    clearTimeout(f.timer);
    this.flight = null;
    this.setCamera(at, f.data);
    this.emit('moveend', f.data);
  }
  private setCamera(camera: Camera, data: Record<string, unknown>) {
    const zoomed = camera.zoom !== this.camera.zoom;
    this.camera = camera;
    this.emit('move', data);
    if (zoomed) this.emit('zoom', data);
  }

  cameraForBounds(bounds: [[number, number], [number, number]], options?: CameraForBoundsOptions) {
    const p = options?.padding;
    const pad =
      typeof p === 'number'
        ? { top: p, right: p, bottom: p, left: p }
        : { top: 0, right: 0, bottom: 0, left: 0, ...p };
    const [[w, s], [e, n]] = bounds;
    const [x0, y0] = worldPixel(w, n, 0);
    const [x1, y1] = worldPixel(e, s, 0);
    const fit = Math.min(
      (WIDTH - pad.left - pad.right) / Math.max(1e-9, x1 - x0),
      (HEIGHT - pad.top - pad.bottom) / Math.max(1e-9, y1 - y0),
    );
    const zoom = Math.min(options?.maxZoom ?? 22, this.options.maxZoom ?? 22, Math.log2(fit));
    const scale = 2 ** zoom;
    const cx = ((x0 + x1) / 2) * scale - (pad.left - pad.right) / 2;
    const cy = ((y0 + y1) / 2) * scale - (pad.top - pad.bottom) / 2;
    return { center: lngLatAt(cx, cy, zoom), zoom, bearing: 0 };
  }
  project(lnglat: [number, number]) {
    const [x, y] = worldPixel(lnglat[0], lnglat[1], this.camera.zoom);
    const [cx, cy] = worldPixel(this.camera.lng, this.camera.lat, this.camera.zoom);
    return { x: x - cx + WIDTH / 2, y: y - cy + HEIGHT / 2 };
  }
  triggerRepaint() {}
  redraw() {}
  remove() {
    this.stop();
    this.removed = true;
  }

  emit(type: string, event: unknown = {}) {
    for (const l of [...this.listeners]) if (l.type === type) (l.fn as (e: unknown) => void)(event);
  }

  /** Finishes loading the style, as MapLibre's `load` event does. */
  load() {
    this.styleLoaded = true;
    this.emit('load', {});
  }

  /** The browser takes the WebGL context away (a GPU reset, too many contexts). */
  loseContext() {
    this.styleGone = true;
    this.styleLoaded = false;
    this.emit('webglcontextlost', { originalEvent: {} });
  }

  /**
   * The context comes back: MapLibre rebuilds the style from its snapshot (sources, their data,
   * images and style layers, but no custom layer and no feature-state) with setStyle, which
   * loads on a later frame.
   */
  restoreContext() {
    this.styleGone = false;
    this.layers = this.layers.filter((l) => l.type !== 'custom');
    this.featureState.clear();
    this.emit('webglcontextrestored', { originalEvent: {} });
    setTimeout(() => {
      if (this.styleGone || this.removed) return;
      this.styleLoaded = true;
      this.emit('style.load', {});
    }, 0);
  }

  /** A click (or tap) at this screen point. */
  click(point: { x: number; y: number }) {
    this.emit('click', { point });
  }

  /** The pointer moving over the map, or leaving it (null). */
  hover(point: { x: number; y: number } | null) {
    if (point) this.emit('mousemove', { point });
    else this.emit('mouseout', {});
  }

  /** A pan or zoom by the reader that ends at this camera. */
  userMoveTo(camera: Partial<Camera>) {
    this.emit('movestart', { originalEvent: {} });
    this.setCamera({ ...this.camera, ...camera }, { originalEvent: {} });
    this.emit('moveend', { originalEvent: {} });
  }

  /** The features of a GeoJSON source, with their feature-state. */
  features(source: string) {
    const data = this.sources.get(source)?.data;
    if (data?.type !== 'FeatureCollection') return [];
    return data.features.map((f) => ({
      id: f.id as number,
      coordinates: (f.geometry as GeoJSON.Point).coordinates as [number, number],
      properties: f.properties ?? {},
      state: this.featureState.get(`${source}:${f.id}`) ?? {},
    }));
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
