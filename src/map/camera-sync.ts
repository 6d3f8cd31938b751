/**
 * Who moved the camera, so the link records the reader's moves and our flights to what they
 * picked, and nothing else. Each move of our own carries a tag in MapLibre's event data, so
 * its `moveend` says whose it was (the flag pair this replaces misread a Back pressed during a
 * flight, code-review B3). A camera from a link stops any flight of ours first, unreported,
 * then jumps; a move by the reader (their events carry `originalEvent`) is always reported.
 */
import type { Camera } from '../data/view-types';
import type { MapLike } from './map-like';

export interface Insets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export const NO_INSETS: Insets = { top: 0, right: 0, bottom: 0, left: 0 };

const FLIGHT_MS = 600;

interface MoveEnd {
  originalEvent?: unknown;
  atlasMove?: number;
}

export class CameraSync {
  private nextId = 1;
  /** Our move in progress (its id), if any. */
  private inFlight: number | null = null;
  /** Our moves whose end is reported as a camera change. */
  private readonly reported = new Set<number>();
  /** True while the camera is the automatic fit to the data (no camera in the link). */
  auto: boolean;

  constructor(
    private readonly map: MapLike,
    private readonly report: (camera: Camera) => void,
    private readonly reducedMotion: boolean,
    auto: boolean,
  ) {
    this.auto = auto;
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

  /** The reader is dragging, pinching or their inertia is running. */
  userMoving(): boolean {
    return this.map.isMoving() && this.inFlight === null;
  }

  /** Stops a move of ours, if one runs, without reporting where it stopped. */
  private cancelOwn() {
    if (this.inFlight === null) return;
    this.reported.delete(this.inFlight);
    this.map.stop();
    this.inFlight = null;
  }

  private tag(report: boolean) {
    const id = this.nextId++;
    if (report) this.reported.add(id);
    this.inFlight = id;
    return { atlasMove: id };
  }

  /** A camera from a link or Back/Forward: applied at once, never reported back. */
  applyLink(camera: Camera) {
    if (this.userMoving()) return;
    this.cancelOwn();
    this.auto = false;
    const now = this.camera();
    const same =
      Math.abs(now.zoom - camera.zoom) < 0.01 &&
      Math.abs(now.lat - camera.lat) < 1e-4 &&
      Math.abs(now.lng - camera.lng) < 1e-4 &&
      Math.abs(now.bearing - camera.bearing) < 0.5 &&
      Math.abs(now.pitch - camera.pitch) < 0.5;
    if (same) return;
    this.map.jumpTo(
      { center: [camera.lng, camera.lat], zoom: camera.zoom, bearing: camera.bearing, pitch: camera.pitch },
      this.tag(false),
    );
  }

  /**
   * The automatic view: the bounds fill the part of the map no panel covers. Not reported: the
   * link keeps "no camera", which means exactly this view on any screen.
   */
  fit(bounds: [[number, number], [number, number]], insets: Insets, maxZoom: number, animate: boolean) {
    if (this.userMoving()) return;
    this.cancelOwn();
    this.auto = true;
    const margin = 36;
    const target = this.map.cameraForBounds(bounds, {
      padding: {
        top: insets.top + margin,
        right: insets.right + margin,
        bottom: insets.bottom + margin,
        left: insets.left + margin,
      },
      maxZoom,
    });
    if (!target) return;
    const camera = { center: target.center, zoom: target.zoom, bearing: 0, pitch: 0 };
    const duration = animate && !this.reducedMotion ? FLIGHT_MS : 0;
    this.map.easeTo({ ...camera, duration }, this.tag(false));
  }

  /**
   * Moves so a place sits in the middle of the part of the map no panel covers. Reported:
   * where the map flew to is part of the view, so the link must carry it.
   */
  flyTo(center: [number, number], zoom: number, insets: Insets) {
    if (this.userMoving()) return;
    this.cancelOwn();
    this.auto = false;
    const offset: [number, number] = [(insets.left - insets.right) / 2, (insets.top - insets.bottom) / 2];
    // A duration of 0 ends within the call: reduced motion gets the same place, without the ride.
    const duration = this.reducedMotion ? 0 : FLIGHT_MS;
    this.map.easeTo({ center, zoom, offset, duration }, this.tag(true));
  }

  onMoveEnd(e: MoveEnd) {
    if (e.atlasMove !== undefined) {
      if (this.inFlight === e.atlasMove) this.inFlight = null;
      if (this.reported.delete(e.atlasMove)) this.report(this.camera());
      return;
    }
    // A resize or another app-free change carries neither: the link keeps what it had.
    if (!e.originalEvent) return;
    this.auto = false;
    this.report(this.camera());
  }
}
