/**
 * Owns the MapLibre map and exposes intents, not MapLibre. It queues calls until the style
 * has loaded, draws the events as marks (mark-layer.ts: groups per zoom level, recounted on
 * a scrub, never re-grouped), answers clicks and hovers with the mark nearest the pointer,
 * and leaves camera bookkeeping to CameraSync.
 */
import type { AtlasEvent, Dataset } from '../data/model';
import type { Camera, Selection } from '../data/view-types';
import { MAP_INITIAL_VIEW, MAP_MAX_ZOOM } from './basemap-style';
import { CameraSync, type Insets, NO_INSETS } from './camera-sync';
import { marksAt, type ScreenMark } from './hit-test';
import type { MapLike } from './map-like';
import { problemText } from './map-problem';
import type { MarkGlLayer } from './mark-gl';
import { addOverlay, type DrawnMark, MarkLayer } from './mark-layer';
import { eventsAtPoint, type MarkSummary, summarise } from './mark-summary';
import { type PlaceIndex, placeIndex, placeIndexSteps } from './place-points';
import { SOLO_RADIUS } from './mark-size';
import { type GroupLevel, groupPointsSteps, LEVEL_STEP, levelOf } from './site-groups';
import { runSliced, type Steps } from './slices';

export interface ScreenDrawnMark extends ScreenMark, DrawnMark {}

export interface HoverCard {
  x: number;
  y: number;
  /** The mark's drawn radius: the card opens beside it, not over it. */
  r: number;
  summary: MarkSummary;
}

/** Several things at one point (or past the last zoom): the reader picks one. */
export interface Chooser {
  x: number;
  y: number;
  summary: MarkSummary;
  /** The events there, oldest first, at most CHOOSER_EVENTS. */
  events: AtlasEvent[];
  /** How many more there are than `events` lists. */
  more: number;
}

export const CHOOSER_EVENTS = 50;
/** A touch is coarse: a tap this close to a mark's edge still means that mark. */
const SLOP = 6;
/** Flying to a pick zooms in until it stands apart, but no closer than this. */
const PICK_MAX_ZOOM = 9;
/**
 * From this many events a dataset's places and first grouping are prepared in slices that
 * leave the page free (its progress bar moving); below it they take a few milliseconds and
 * are done at once, so a small dataset is drawn in the same task that hands it over.
 */
export const SLICED_FROM = 50_000;

export interface MapCallbacks {
  onSelect(selection: Selection): void;
  onCamera(camera: Camera): void;
  /** The map finished drawing everything it was asked to (MapLibre's `idle`). */
  onIdle?(): void;
  /** A frame has put this dataset's marks on the canvas (once per dataset; the basemap may still be loading). */
  onMarksDrawn?(): void;
  /** The map has work to draw after a change. */
  onBusy?(): void;
  onHover?(card: HoverCard | null): void;
  onChooser?(chooser: Chooser | null): void;
  /** Something the reader should know (a part of the basemap failed to load). */
  onProblem?(message: string): void;
  /** The parts of the map covered by a panel or sheet, in CSS pixels. */
  insets?(): Insets;
  /** The graphics context went ('lost': the map draws nothing) or came back ('restored'). */
  onContext?(state: 'lost' | 'restored'): void;
}

export interface ControllerOptions {
  reducedMotion?: boolean;
  pixelRatio?: number;
  /** No camera in the link: fit the data when it arrives, and on resize until the reader moves. */
  autoCamera?: boolean;
}

type Listener = [keyof import('maplibre-gl').MapEventType, (e: never) => void];

export class MapController {
  private ready = false;
  private destroyed = false;
  private dataset: Dataset | null = null;
  private layer: MarkLayer | null = null;
  /** The overlay's WebGL layer, made once per style and kept from one dataset to the next. */
  private gl: MarkGlLayer | null = null;
  /** Stops the sliced preparation of a big dataset's marks, while one runs. */
  private stopPreparing: (() => void) | null = null;
  /** The dataset whose marks are installed on the map. */
  private installed: Dataset | null = null;
  private visible: readonly AtlasEvent[] | null = null;
  private selection: Selection | null = null;
  private hoveredId: string | null = null;
  private pendingView: 'fly' | 'keep' | null = null;
  /** The marks' first frame has been told of (for the dataset installed last). */
  private marksTold = false;
  /** The WebGL context is gone: MapLibre has dropped its style, so nothing may touch it. */
  private lost = false;
  /** From a context loss until the marks are installed again on the rebuilt style. */
  private restoring = false;
  /** A camera change asked for while the context was lost, made once the marks are back. */
  private deferred: (() => void) | null = null;
  private readonly cameraSync: CameraSync;
  private readonly listeners: Listener[] = [];

  constructor(
    private readonly map: MapLike,
    private readonly callbacks: MapCallbacks,
    private readonly options: ControllerOptions = {},
  ) {
    this.cameraSync = new CameraSync(
      map,
      (camera) => callbacks.onCamera(camera),
      options.reducedMotion ?? false,
      options.autoCamera ?? true,
    );
    // Tracked like every other listener, so destroy() removes it even before the style loads (B9).
    this.listen('load', () => this.onStyleLoad());
    // After a context loss MapLibre rebuilds the style: 'style.load' says it is ready again.
    this.listen('style.load', () => this.onStyleLoad());
    this.listen('webglcontextlost', () => this.onContextLost());
    this.listen('webglcontextrestored', () => this.onContextRestored());
    if (map.isStyleLoaded()) queueMicrotask(() => this.onStyleLoad());
    this.listen('click', (e: { point: { x: number; y: number } }) => this.onClick(e.point));
    this.listen('mousemove', (e: { point: { x: number; y: number } }) => this.onPointer(e.point));
    this.listen('mouseout', () => this.onPointer(null));
    this.listen('movestart', (e: { atlasMove?: number }) => {
      // The reader moving the map closes a chooser; our own flights leave it to the caller.
      if (e.atlasMove === undefined) this.callbacks.onChooser?.(null);
    });
    this.listen('moveend', (e: { originalEvent?: unknown; atlasMove?: number }) =>
      this.cameraSync.onMoveEnd(e),
    );
    this.listen('zoom', () => this.onZoom());
    this.listen('resize', () => {
      if (this.cameraSync.auto) this.whenDrawing(() => this.fitData(false));
    });
    this.listen('idle', () => this.callbacks.onIdle?.());
    this.listen('render', () => {
      if (this.marksTold || !this.layer?.onCanvas) return;
      this.marksTold = true;
      this.callbacks.onMarksDrawn?.();
    });
    this.listen('error', (e: { error?: { message?: string }; sourceId?: string }) => this.onError(e));
  }

  private listen<T extends keyof import('maplibre-gl').MapEventType>(type: T, fn: (e: never) => void) {
    this.map.on(type, fn as never);
    this.listeners.push([type, fn]);
  }

  private onStyleLoad() {
    if (this.ready || this.destroyed || this.lost) return;
    this.ready = true;
    if (this.dataset) this.install(this.dataset);
  }

  /**
   * MapLibre has destroyed its style (and with it our sources, layers and feature-state) and
   * every GL object made on the context. Forget the marks without touching the map: calls on
   * it would throw. What the store asks meanwhile (window, filters, selection) is kept and
   * drawn when the context returns.
   */
  private onContextLost() {
    this.lost = true;
    this.restoring = true;
    this.ready = false;
    this.cancelPreparing();
    this.layer = null;
    this.installed = null;
    this.gl = null;
    this.callbacks.onHover?.(null);
    this.callbacks.onChooser?.(null);
    this.callbacks.onBusy?.();
    this.callbacks.onContext?.('lost');
  }

  /**
   * MapLibre rebuilds the style from a snapshot without the custom layer or any feature-state;
   * once that style has loaded, the marks are installed again: a new WebGL layer (its program,
   * buffers and glyph atlas made on the new context), the window, filters, rings and camera.
   */
  private onContextRestored() {
    this.lost = false;
    this.callbacks.onContext?.('restored');
    if (this.map.isStyleLoaded()) this.onStyleLoad();
  }

  /** Runs a camera change now, or after the context returns if it is lost. */
  private whenDrawing(fn: () => void) {
    if (this.restoring) this.deferred = fn;
    else fn();
  }

  /**
   * Groups and draws this dataset's events; a new dataset replaces every mark of the last (B5)
   * on the same map. `camera` says the data comes from another source (a file opened, the
   * built-in data again): the view starts afresh, at that camera, or fitted to the new data
   * when null. Without it (the real data following its empty placeholder) the camera is kept.
   */
  setDataset(dataset: Dataset, camera?: Camera | null) {
    if (camera !== undefined) {
      this.pendingView = null;
      this.cameraSync.auto = camera === null;
    }
    if (this.dataset !== dataset) {
      this.dataset = dataset;
      // What the reader was looking at belongs to the old data; the window comes anew.
      this.visible = null;
      this.callbacks.onHover?.(null);
      this.callbacks.onChooser?.(null);
      if (this.ready) this.install(dataset);
    } else if (camera === null && this.layer) {
      this.whenDrawing(() => this.fitData(false));
    }
    if (camera) this.setCamera(camera);
  }

  /** The dataset whose marks are on the map now (null while a new one is being prepared). */
  get shown(): Dataset | null {
    return this.installed;
  }

  private cancelPreparing() {
    this.stopPreparing?.();
    this.stopPreparing = null;
  }

  private install(dataset: Dataset) {
    this.cancelPreparing();
    this.layer?.dispose();
    this.layer = null;
    this.installed = null;
    this.gl ??= addOverlay(this.map, this.options.pixelRatio ?? 1);
    if (dataset.events.length < SLICED_FROM) {
      this.finishInstall(dataset, placeIndex(dataset));
      return;
    }
    this.callbacks.onBusy?.();
    this.stopPreparing = runSliced(this.prepare(dataset), ({ places, level }) => {
      this.stopPreparing = null;
      this.finishInstall(dataset, places, level);
    });
  }

  /** A big dataset's places, the camera fitted to them, and their grouping at that zoom. */
  private *prepare(dataset: Dataset): Steps<{ places: PlaceIndex; level: GroupLevel }> {
    const places = yield* placeIndexSteps(dataset);
    if (this.cameraSync.auto) this.fitData(false, places);
    const level = yield* groupPointsSteps(places.points, levelOf(this.map.getZoom()));
    return { places, level };
  }

  private finishInstall(dataset: Dataset, places: PlaceIndex, level?: GroupLevel) {
    // Fitted before the marks are grouped: they are grouped once, at the zoom they are drawn at.
    if (this.cameraSync.auto) this.fitData(false, places);
    this.layer = new MarkLayer(this.map, dataset, places, this.gl as MarkGlLayer, level);
    this.installed = dataset;
    this.marksTold = false;
    if (this.visible) this.layer.setVisible(this.visible);
    this.applyRings();
    this.busy();
    this.restoring = false;
    const deferred = this.deferred;
    this.deferred = null;
    deferred?.();
    if (this.pendingView) this.bringIntoView(this.pendingView);
  }

  /** Shows exactly these events (the filtered, searched time window). */
  setVisible(visible: readonly AtlasEvent[]) {
    this.visible = visible;
    if (this.layer?.setVisible(visible)) this.busy();
  }

  private busy() {
    this.callbacks.onBusy?.();
    // Something changed, so a frame follows and `idle` after it, even if MapLibre saw nothing.
    this.map.triggerRepaint();
  }

  /** Rings the selection's mark wherever it is drawn (and once it comes into view, B4). */
  setSelected(selection: Selection | null) {
    this.selection = selection;
    this.applyRings();
  }

  /** Rings the mark holding the event under the pointer in the list. */
  setHovered(eventId: string | null) {
    this.hoveredId = eventId;
    this.applyRings();
  }

  private pointOf(selection: Selection | null): number {
    if (!selection || !this.layer || !this.dataset) return -1;
    const places = this.layer.places;
    if (selection.kind === 'site') return places.pointOfSite.get(selection.id) ?? -1;
    const event = this.dataset.eventById.get(selection.id);
    return event ? (places.pointOfEvent[event.index] ?? -1) : -1;
  }

  private applyRings() {
    if (!this.layer) return;
    const hover = this.hoveredId ? this.pointOf({ kind: 'event', id: this.hoveredId }) : -1;
    const a = this.layer.setRing('selected', this.pointOf(this.selection));
    const b = this.layer.setRing('hover', hover);
    if (a || b) this.busy();
  }

  /**
   * Brings the selection into the part of the map no panel covers. 'fly' centres it there and
   * zooms in until it stands apart; 'keep' moves only if it is hidden (a pick on the map).
   */
  bringIntoView(mode: 'fly' | 'keep') {
    this.pendingView = mode;
    if (!this.layer) return;
    this.pendingView = null;
    const point = this.layer.places.points[this.pointOf(this.selection)];
    if (!point || this.cameraSync.userMoving()) return;
    const insets = this.insets();
    const center: [number, number] = [point.lng, point.lat];
    if (mode === 'keep') {
      const at = this.map.project(center);
      const canvas = this.map.getCanvas();
      const width = canvas.clientWidth;
      const height = canvas.clientHeight;
      const m = 28;
      const inside =
        at.x >= insets.left + m &&
        at.x <= width - insets.right - m &&
        at.y >= insets.top + m &&
        at.y <= height - insets.bottom - m;
      if (inside) return;
      this.cameraSync.flyTo(center, this.map.getZoom(), insets);
      return;
    }
    const zoom = Math.min(PICK_MAX_ZOOM, Math.max(this.map.getZoom(), this.apartZoom(point.index)));
    this.cameraSync.flyTo(center, zoom, insets);
  }

  /** The lowest zoom at which this point is a mark of its own. */
  private apartZoom(point: number): number {
    const layer = this.layer as MarkLayer;
    for (let z = 0; z <= MAP_MAX_ZOOM; z += LEVEL_STEP) {
      const level = layer.levelAt(z);
      const group = level.groups[level.groupOfPoint[point] ?? -1];
      if (group && group.points.length === 1) return z;
    }
    return MAP_MAX_ZOOM;
  }

  private insets(): Insets {
    return this.callbacks.insets?.() ?? NO_INSETS;
  }

  /** A camera from a link (Back/Forward included); null: the default view, fitted to the data. */
  setCamera(camera: Camera | null) {
    this.whenDrawing(() => {
      if (camera) this.cameraSync.applyLink(camera);
      else this.fitData(false);
    });
  }

  /** The "reset view" control: back to the data, animated. */
  resetView() {
    this.callbacks.onChooser?.(null);
    this.whenDrawing(() => this.fitData(true));
  }

  /** Fits every located event (not only those in view: the frame stays put while scrubbing). */
  private fitData(animate: boolean, places = this.layer?.places) {
    const points = places?.points ?? [];
    if (points.length === 0) {
      const [lng, lat] = MAP_INITIAL_VIEW.center;
      const d = 6;
      this.cameraSync.fit(
        [
          [lng - d, lat - d / 2],
          [lng + d, lat + d / 2],
        ],
        this.insets(),
        6,
        animate,
      );
      return;
    }
    let [w, s, e, n] = [180, 90, -180, -90];
    for (const p of points) {
      w = Math.min(w, p.lng);
      e = Math.max(e, p.lng);
      s = Math.min(s, p.lat);
      n = Math.max(n, p.lat);
    }
    this.cameraSync.fit(
      [
        [w, s],
        [e, n],
      ],
      this.insets(),
      8,
      animate,
    );
  }

  camera(): Camera {
    return this.cameraSync.camera();
  }

  /** Where a longitude/latitude is on screen, in CSS pixels from the map's top left. */
  project(lng: number, lat: number): { x: number; y: number } {
    const { x, y } = this.map.project([lng, lat]);
    return { x, y };
  }

  /** Every mark drawn now, on screen (for hit-testing, and for the browser tests). */
  screenMarks(): ScreenDrawnMark[] {
    return (this.layer?.drawn() ?? []).map((m) => ({ ...m, ...this.project(m.lng, m.lat) }));
  }

  private onZoom() {
    if (this.layer?.setZoom(this.map.getZoom())) {
      this.callbacks.onHover?.(null);
      this.busy();
    }
  }

  /**
   * The mark a pointer means: the nearest disc, or the mark holding the place under the
   * pointer (a group drawn at its centroid still answers at each of its places, so a click
   * on a place is never a click on nothing).
   */
  private markAt(point: { x: number; y: number }): ScreenDrawnMark | null {
    const layer = this.layer;
    if (!layer) return null;
    const discs = this.screenMarks();
    const places = discs.flatMap((m) =>
      (layer.current.groups[m.group]?.points ?? [])
        .filter((p) => (layer.counts.n[p] ?? 0) > 0)
        .map((p) => {
          const at = layer.places.points[p] as { lng: number; lat: number };
          return { ...this.project(at.lng, at.lat), r: SOLO_RADIUS, of: m };
        }),
    );
    const hits = marksAt([...discs.map((m) => ({ ...m, of: m })), ...places], point, SLOP);
    return hits[0]?.of ?? null;
  }

  private summaryOf(mark: ScreenDrawnMark): MarkSummary {
    const layer = this.layer as MarkLayer;
    const group = layer.current.groups[mark.group];
    if (!group || !this.dataset) throw new Error('a drawn mark has a group');
    return summarise(mark.mark, group, layer.counts, layer.places, this.dataset);
  }

  private onClick(point: { x: number; y: number }) {
    const mark = this.markAt(point);
    if (!mark || !this.dataset || !this.layer) {
      this.callbacks.onChooser?.(null);
      return;
    }
    const event = mark.mark.event >= 0 ? this.dataset.events[mark.mark.event] : undefined;
    if (event) {
      this.callbacks.onChooser?.(null);
      this.callbacks.onSelect({ kind: 'event', id: event.id });
      return;
    }
    const summary = this.summaryOf(mark);
    const atMax = this.map.getZoom() >= MAP_MAX_ZOOM - 1e-6;
    if (mark.mark.at < 0 && !atMax) {
      this.callbacks.onChooser?.(null);
      this.zoomInto(mark);
      return;
    }
    const events =
      mark.mark.at >= 0 ? eventsAtPoint(this.visible ?? [], mark.mark.at, this.layer.places) : [];
    this.callbacks.onChooser?.({
      x: mark.x,
      y: mark.y,
      summary,
      events: events.slice(0, CHOOSER_EVENTS),
      more: Math.max(0, events.length - CHOOSER_EVENTS),
    });
  }

  /** Zooms so the group's places with events in view fill the free part of the map. */
  private zoomInto(mark: ScreenDrawnMark) {
    const layer = this.layer as MarkLayer;
    const group = layer.current.groups[mark.group];
    if (!group) return;
    const held = group.points
      .filter((p) => (layer.counts.n[p] ?? 0) > 0)
      .map((p) => layer.places.points[p])
      .filter((p) => p !== undefined);
    let [w, s, e, n] = [180, 90, -180, -90];
    for (const p of held) {
      w = Math.min(w, p.lng);
      e = Math.max(e, p.lng);
      s = Math.min(s, p.lat);
      n = Math.max(n, p.lat);
    }
    const insets = this.insets();
    const fit = this.map.cameraForBounds(
      [
        [w, s],
        [e, n],
      ],
      {
        padding: {
          top: insets.top + 60,
          right: insets.right + 60,
          bottom: insets.bottom + 60,
          left: insets.left + 60,
        },
        maxZoom: MAP_MAX_ZOOM,
      },
    );
    // At least one level further in, so the click always makes progress.
    const zoom = Math.min(MAP_MAX_ZOOM, Math.max(this.map.getZoom() + 1, fit?.zoom ?? 0));
    this.cameraSync.flyTo([(w + e) / 2, (s + n) / 2], zoom, NO_INSETS);
  }

  private onPointer(point: { x: number; y: number } | null) {
    const mark = point ? this.markAt(point) : null;
    this.map.getCanvas().style.cursor = mark ? 'pointer' : '';
    this.callbacks.onHover?.(
      mark ? { x: mark.x, y: mark.y, r: mark.r, summary: this.summaryOf(mark) } : null,
    );
  }

  private onError(e: { error?: { message?: string }; sourceId?: string }) {
    const text = problemText(e.sourceId);
    if (text) this.callbacks.onProblem?.(text);
    else console.warn('map:', e.error?.message ?? e);
  }

  /**
   * The map as drawn now, copied onto a 2D canvas (for an image, or a printout, where a WebGL
   * canvas prints blank). A synchronous redraw fills the WebGL buffer, which keeps the frame
   * until this task ends, so the copy is never blank and every other frame keeps the speed of
   * `preserveDrawingBuffer: false`. Null where there is no real canvas (the test fake).
   */
  snapshot(): HTMLCanvasElement | null {
    const source = this.map.getCanvas();
    if (typeof HTMLCanvasElement === 'undefined' || !(source instanceof HTMLCanvasElement)) return null;
    if (source.width === 0 || source.height === 0) return null;
    this.map.redraw();
    const copy = source.ownerDocument.createElement('canvas');
    copy.width = source.width;
    copy.height = source.height;
    const ctx = copy.getContext('2d');
    if (!ctx) return null;
    ctx.drawImage(source, 0, 0);
    return copy;
  }

  destroy() {
    this.destroyed = true;
    this.cancelPreparing();
    for (const [type, fn] of this.listeners) this.map.off(type, fn as never);
    this.listeners.length = 0;
    this.map.remove();
  }
}
