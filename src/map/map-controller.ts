/**
 * Owns the MapLibre map and exposes intents, not MapLibre. It queues calls until the style
 * has loaded, diffs before it applies, filters by feature-state deltas (the data source is
 * uploaded once and never rebuilt while scrubbing), never moves the camera while the user
 * is moving it, and mutes its own camera events while it moves the camera itself.
 */
import type { AtlasEvent, Dataset } from '../data/model';
import type { Camera, Selection } from '../data/view-types';
import { BADGES_LAYER, EVENTS_LAYER, EVENTS_SOURCE, overlayLayers, SITES_SOURCE } from './layers';
import { eventFeatures, siteFeatures, visibilityDelta } from './map-features';
import type { MapLike, MapPointerEvent } from './map-like';
import { pickTarget } from './pick-target';
import { SiteBadges } from './site-badges';
import { eventIcons, ICON_PIXEL_RATIO } from './symbol-images';

export interface MapCallbacks {
  onSelect(selection: Selection): void;
  onHover(eventId: string | null): void;
  onCamera(camera: Camera): void;
  /** The map finished drawing everything it was asked to (MapLibre's `idle`). */
  onIdle?(): void;
  /** The map has work to draw after a change. */
  onBusy?(): void;
}

export class MapController {
  private ready = false;
  private dataset: Dataset | null = null;
  private shown = new Set<number>();
  private pendingVisible: readonly AtlasEvent[] | null = null;
  private badges: SiteBadges | null = null;
  private selected: { source: string; id: number } | null = null;
  private selection: Selection | null = null;
  private flyOnReady = false;
  private hovered: number | null = null;
  private internalMove = false;
  private flying = false;
  private readonly listeners: [string, string | null, (e: never) => void][] = [];

  constructor(
    private readonly map: MapLike,
    private readonly callbacks: MapCallbacks,
    private readonly reducedMotion = false,
  ) {
    const onLoad = () => this.onStyleLoad();
    if (map.isStyleLoaded()) queueMicrotask(onLoad);
    else map.once('load', onLoad);
    this.listen('click', null, (e: MapPointerEvent) => this.onClick(e));
    this.listen('mousemove', EVENTS_LAYER, (e: MapPointerEvent) => this.onHoverEvent(e));
    this.listen('mouseleave', EVENTS_LAYER, () => this.onHoverEvent(null));
    this.listen('mouseenter', BADGES_LAYER, () => this.setCursor('pointer'));
    this.listen('mouseleave', BADGES_LAYER, () => this.setCursor(''));
    this.listen('moveend', null, (e: { originalEvent?: unknown }) => this.onMoveEnd(e));
    this.listen('idle', null, () => this.callbacks.onIdle?.());
  }

  private listen(type: string, layer: string | null, fn: (e: never) => void) {
    if (layer) this.map.on(type, layer, fn as (e: MapPointerEvent) => void);
    else this.map.on(type, fn);
    this.listeners.push([type, layer, fn]);
  }

  private onStyleLoad() {
    this.ready = true;
    if (this.dataset) this.upload(this.dataset);
  }

  /** Uploads events and sites once per dataset. */
  setDataset(dataset: Dataset) {
    if (this.dataset === dataset) return;
    this.dataset = dataset;
    if (this.ready) this.upload(dataset);
  }

  private upload(dataset: Dataset) {
    // Before the layers: the badge count layer reads the labels source this adds.
    this.badges = new SiteBadges(this.map, dataset);
    const events = eventFeatures(dataset);
    const sites = siteFeatures(dataset);
    const eventsSource = this.map.getSource(EVENTS_SOURCE);
    if (eventsSource) {
      eventsSource.setData(events);
      this.map.getSource(SITES_SOURCE)?.setData(sites);
    } else {
      this.map.addSource(EVENTS_SOURCE, { type: 'geojson', data: events });
      this.map.addSource(SITES_SOURCE, { type: 'geojson', data: sites });
      for (const [name, image] of eventIcons()) {
        if (!this.map.hasImage(name)) this.map.addImage(name, image, { pixelRatio: ICON_PIXEL_RATIO });
      }
      for (const layer of overlayLayers(events.features.length)) this.map.addLayer(layer);
    }
    this.shown = new Set();
    if (this.pendingVisible) this.setVisible(this.pendingVisible);
    this.setSelected(this.selection, this.flyOnReady);
  }

  /** Shows exactly these events: feature-state for the ones that changed, counts per site. */
  setVisible(visible: readonly AtlasEvent[]) {
    this.pendingVisible = visible;
    if (!this.ready || !this.dataset) return;
    const next = new Set<number>();
    for (const e of visible) if (e.site?.lon != null) next.add(e.index);
    const { show, hide } = visibilityDelta(this.shown, next);
    if (show.length > 0 || hide.length > 0) this.callbacks.onBusy?.();
    for (const id of show) this.map.setFeatureState({ source: EVENTS_SOURCE, id }, { shown: true });
    for (const id of hide) this.map.setFeatureState({ source: EVENTS_SOURCE, id }, { shown: false });
    this.shown = next;
    // Counts per site by feature-state too: no source is rebuilt while scrubbing.
    this.badges?.update(visible);
  }

  /** Highlights the selection; moves the camera to it unless the user picked it on the map. */
  setSelected(selection: Selection | null, fly: boolean) {
    this.selection = selection;
    this.flyOnReady = fly;
    if (!this.ready || !this.dataset) return;
    this.flyOnReady = false;
    if (this.selected) this.map.setFeatureState(this.selected, { selected: false });
    this.selected = this.featureOf(selection);
    if (this.selected) this.map.setFeatureState(this.selected, { selected: true });
    const site = selection?.kind === 'site' ? this.dataset.siteById.get(selection.id) : undefined;
    const place = site ?? (selection ? this.dataset.eventById.get(selection.id)?.site : undefined);
    if (fly && place && place.lon !== null && place.lat !== null && !this.map.isMoving()) {
      this.moveCamera({ center: [place.lon, place.lat], zoom: Math.max(this.map.getZoom(), 6) });
    }
  }

  private featureOf(selection: Selection | null) {
    if (!selection || !this.dataset) return null;
    if (selection.kind === 'event') {
      const event = this.dataset.eventById.get(selection.id);
      return event && this.shown.has(event.index) ? { source: EVENTS_SOURCE, id: event.index } : null;
    }
    const index = this.dataset.sites.findIndex((s) => s.id === selection.id);
    return index >= 0 ? { source: SITES_SOURCE, id: index } : null;
  }

  setHovered(eventId: string | null) {
    if (!this.ready || !this.dataset) return;
    const index = eventId ? (this.dataset.eventById.get(eventId)?.index ?? null) : null;
    if (index === this.hovered) return;
    if (this.hovered !== null)
      this.map.setFeatureState({ source: EVENTS_SOURCE, id: this.hovered }, { hover: false });
    this.hovered = index;
    if (index !== null) this.map.setFeatureState({ source: EVENTS_SOURCE, id: index }, { hover: true });
  }

  /** Applies a camera from outside (a link, Back/Forward); null = leave the camera alone. */
  setCamera(camera: Camera | null) {
    if (!camera || this.map.isMoving()) return;
    const now = this.camera();
    const same =
      Math.abs(now.zoom - camera.zoom) < 0.01 &&
      Math.abs(now.lat - camera.lat) < 1e-4 &&
      Math.abs(now.lng - camera.lng) < 1e-4 &&
      Math.abs(now.bearing - camera.bearing) < 0.5 &&
      Math.abs(now.pitch - camera.pitch) < 0.5;
    if (same) return;
    this.internalMove = true;
    this.map.jumpTo({
      center: [camera.lng, camera.lat],
      zoom: camera.zoom,
      bearing: camera.bearing,
      pitch: camera.pitch,
    });
  }

  private moveCamera(target: { center: [number, number]; zoom: number }) {
    // Not muted: where the map flew to is part of the view, so the link must carry it.
    this.flying = true;
    if (this.reducedMotion) this.map.jumpTo(target);
    else this.map.easeTo({ ...target, duration: 600 });
  }

  camera(): Camera {
    const c = this.map.getCenter();
    return {
      zoom: this.map.getZoom(),
      lat: c.lat,
      lng: c.lng,
      bearing: this.map.getBearing(),
      pitch: this.map.getPitch(),
    };
  }

  private onMoveEnd(e: { originalEvent?: unknown }) {
    if (this.internalMove) {
      this.internalMove = false;
      return;
    }
    // Report what the reader did (their events carry `originalEvent`) and our flights to a
    // selection; not a resize, which would write a camera into every untouched link.
    const flew = this.flying;
    this.flying = false;
    if (e.originalEvent || flew) this.callbacks.onCamera(this.camera());
  }

  private onClick(e: MapPointerEvent) {
    if (!this.dataset) return;
    const target = pickTarget(
      this.map,
      e.point,
      this.dataset,
      this.shown,
      (i) => this.badges?.has(i) ?? false,
    );
    if (target) this.callbacks.onSelect(target);
  }

  private onHoverEvent(e: MapPointerEvent | null) {
    if (!this.dataset) return;
    const feature = e?.features?.find((f) => this.shown.has(Number(f.id)));
    const event = feature ? this.dataset.events[Number(feature.id)] : undefined;
    this.setCursor(event ? 'pointer' : '');
    this.callbacks.onHover(event?.id ?? null);
  }

  private setCursor(cursor: string) {
    this.map.getCanvas().style.cursor = cursor;
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
    for (const [type, layer, fn] of this.listeners) {
      if (layer) this.map.off(type, layer, fn as (e: MapPointerEvent) => void);
      else this.map.off(type, fn);
    }
    this.map.remove();
  }
}
