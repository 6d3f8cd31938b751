/**
 * The marks on the map for the current zoom level. Each group has a slot at its centroid and,
 * for a small group, one at each of its places; the slots are uploaded once per level, to the
 * marks' WebGL layer (mark-gl.ts, what is drawn) and to a symbol source of invisible boxes
 * (so labels keep clear of every mark, and the rings find them). A scrub recounts
 * (group-counts.ts) and rewrites the drawn state of the groups whose content changed: no
 * source is rebuilt and no image painted. Only the small place-labels source is rebuilt,
 * and only when the set of names changes.
 */
import type { AtlasEvent, Dataset } from '../data/model';
import { EVENT_TYPES } from '../data/schema';
import { severityOf } from '../data/severity';
import { STATUS_SHAPES } from '../domain/symbols';
import {
  EMPTY_MARK,
  type MarkState,
  markOf,
  type PointTally,
  sameContent,
  tallyPoints,
} from './group-counts';
import {
  LABELS_SOURCE,
  MARKS_SOURCE,
  OVERLAY_LAYERS,
  PLACE_LABELS_MIN_ZOOM,
  RING_HALO_LAYER,
} from './layers';
import type { MapLike } from './map-like';
import { MarkGlLayer, type SlotState } from './mark-gl';
import { countLabel, markRadius, maxMarkRadius } from './mark-size';
import { pointLabel } from './place-label';
import type { PlaceIndex } from './place-points';
import { type GroupLevel, groupPoints, levelOf } from './site-groups';

export interface DrawnMark {
  group: number;
  mark: MarkState;
  lng: number;
  lat: number;
  /** Drawn radius, CSS pixels. */
  r: number;
}

type Ring = 'selected' | 'hover';
type SetData = import('maplibre-gl').GeoJSONSource;
const LABEL_SIZE = 11.5;
const SHAPE_KIND = { disc: 1, ring: 2, diamond: 3, triangle: 4 } as const;

/** Web Mercator in [0, 1], as the WebGL layer's matrix expects. */
function mercator(lng: number, lat: number): [number, number] {
  const phi = (Math.max(-85.05, Math.min(85.05, lat)) * Math.PI) / 180;
  return [(lng + 180) / 360, (1 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / Math.PI) / 2];
}

export class MarkLayer {
  private readonly levels = new Map<number, GroupLevel>();
  private level: GroupLevel;
  private tally: PointTally;
  private marks: MarkState[] = [];
  /** Per group: its first slot; the group's slots are first, first + 1, ... */
  private firstSlot = new Int32Array(0);
  /** Per group: the slot it is drawn at (-1 when it has no event in view). */
  private slots = new Int32Array(0);
  private labelsKey = '';
  private readonly gl: MarkGlLayer;
  /** The point each ring marks (-1: none), and the slot it is drawn on now (-1: none). */
  private readonly ringPoint: Record<Ring, number> = { selected: -1, hover: -1 };
  private readonly ringSlot: Record<Ring, number> = { selected: -1, hover: -1 };

  /**
   * `gl` is the overlay's drawing layer (addOverlay), kept from one dataset to the next;
   * `first`, a grouping already computed for a level (in slices, map-controller.ts).
   */
  constructor(
    private readonly map: MapLike,
    private readonly dataset: Dataset,
    readonly places: PlaceIndex,
    gl: MarkGlLayer,
    first?: GroupLevel,
  ) {
    this.gl = gl;
    gl.restart();
    this.tally = tallyPoints([], places);
    if (first) this.levels.set(first.level, first);
    this.level = this.levelAt(levelOf(map.getZoom()));
    this.enter();
  }

  /** Grouping for a level, computed on first use and kept: the sites never move. */
  levelAt(level: number): GroupLevel {
    let found = this.levels.get(level);
    if (!found) {
      found = groupPoints(this.places.points, level);
      this.levels.set(level, found);
    }
    return found;
  }

  get current(): GroupLevel {
    return this.level;
  }

  get counts(): PointTally {
    return this.tally;
  }

  /** The layer that draws the marks (tests read what it was told to draw). */
  get drawing(): MarkGlLayer {
    return this.gl;
  }

  /** Follows the zoom: a new level uploads its slots (once per level change). */
  setZoom(zoom: number): boolean {
    const next = levelOf(zoom);
    if (next === this.level.level) return false;
    this.level = this.levelAt(next);
    this.enter();
    return true;
  }

  /** Uploads the level's slots, all off, then switches on what is in view. */
  private enter() {
    const groups = this.level.groups;
    this.firstSlot = new Int32Array(groups.length);
    const positions: number[] = [];
    const features: GeoJSON.Feature[] = [];
    const add = (lng: number, lat: number, total: number) => {
      const id = positions.length / 2;
      positions.push(...mercator(lng, lat));
      // Boxes as big as the mark can grow: labels never creep under a mark as it grows.
      const side = 2 * Math.ceil(maxMarkRadius(total) + 2);
      features.push({
        type: 'Feature',
        id,
        geometry: { type: 'Point', coordinates: [lng, lat] },
        properties: { box: `box-${side}`, total },
      });
    };
    for (const g of groups) {
      this.firstSlot[g.index] = positions.length / 2;
      add(g.lng, g.lat, g.total);
      if (!g.exact || g.points.length < 2) continue;
      for (const p of g.points) {
        const at = this.places.points[p];
        if (at) add(at.lng, at.lat, g.total);
      }
    }
    this.map.removeFeatureState({ source: MARKS_SOURCE });
    this.marks = new Array<MarkState>(groups.length).fill(EMPTY_MARK);
    this.slots = new Int32Array(groups.length).fill(-1);
    this.ringSlot.selected = -1;
    this.ringSlot.hover = -1;
    this.labelsKey = '\u0000';
    this.gl.setSlots(Float32Array.from(positions));
    this.map.getSource<SetData>(MARKS_SOURCE)?.setData({ type: 'FeatureCollection', features });
    this.apply();
  }

  /** Recounts for these visible events. True if anything on the map changed. */
  setVisible(visible: readonly AtlasEvent[]): boolean {
    this.tally = tallyPoints(visible, this.places);
    return this.apply();
  }

  /** The slot a group is drawn at: its centroid, or the place holding all its events. */
  private slotOf(group: number, mark: MarkState): number {
    if (mark.n === 0) return -1;
    const g = this.level.groups[group];
    const first = this.firstSlot[group] ?? 0;
    if (!g || mark.at < 0 || g.points.length < 2 || !g.exact) return first;
    return first + 1 + g.points.indexOf(mark.at);
  }

  /** What the WebGL layer draws for a mark. */
  private slotState(mark: MarkState): SlotState {
    const single = mark.event >= 0 ? this.dataset.events[mark.event] : undefined;
    const severityCode = (s: string | null) => (s === 'killed' ? 2 : s === 'wounded' ? 1 : 0);
    if (single) {
      const severity = severityOf(single);
      return {
        radius: markRadius(1, severity !== null),
        kind: SHAPE_KIND[STATUS_SHAPES[single.status]],
        ends: [],
        label: '',
        type: EVENT_TYPES.indexOf(single.type),
        severity: severityCode(severity),
      };
    }
    let sum = 0;
    const ends = mark.byType.map((k) => {
      sum += k;
      return sum / mark.n;
    });
    return {
      radius: markRadius(mark.n, false),
      kind: 0,
      ends,
      label: countLabel(mark.n),
      type: 0,
      severity: mark.killed > 0 ? 2 : mark.wounded > 0 ? 1 : 0,
    };
  }

  private apply(): boolean {
    let changed = false;
    this.level.groups.forEach((g, i) => {
      const before = this.marks[i] ?? EMPTY_MARK;
      const mark = markOf(g, this.tally);
      this.marks[i] = mark;
      const slot = this.slotOf(i, mark);
      const was = this.slots[i] ?? -1;
      if (slot !== was) {
        if (was >= 0) {
          this.gl.off(was);
          this.map.setFeatureState({ source: MARKS_SOURCE, id: was }, { on: false });
        }
        if (slot >= 0) this.map.setFeatureState({ source: MARKS_SOURCE, id: slot }, { on: true });
        this.slots[i] = slot;
      }
      if (slot === was && sameContent(before, mark)) return;
      changed = true;
      if (slot < 0) return;
      const state = this.slotState(mark);
      this.gl.set(slot, state);
      if (this.ringSlot.selected === slot || this.ringSlot.hover === slot)
        this.map.setFeatureState({ source: MARKS_SOURCE, id: slot }, { r: state.radius });
    });
    const labels = this.updateLabels();
    const rings = this.refreshRing('selected') || this.refreshRing('hover');
    return changed || labels || rings;
  }

  private radiusOf(mark: MarkState) {
    const single = mark.event >= 0 ? this.dataset.events[mark.event] : undefined;
    return markRadius(mark.n, single ? severityOf(single) !== null : false);
  }

  /** The names of the places at the mark's point that have events in view. */
  private labelOf(mark: MarkState): string {
    if (mark.at < 0) return '';
    const ids = this.places.points[mark.at]?.siteIds ?? [];
    const names = ids
      .filter((id) => (this.tally.perSite.get(id) ?? 0) > 0)
      .map((id) => this.dataset.siteById.get(id)?.name ?? id);
    return pointLabel(names);
  }

  /** Rebuilds the labels source when a label appears, goes or changes; not otherwise. */
  private updateLabels(): boolean {
    const features: GeoJSON.Feature[] = [];
    // Below the labels' zoom nothing would show: keep the source empty and the scrub cheap.
    if (this.level.level >= PLACE_LABELS_MIN_ZOOM)
      this.level.groups.forEach((g, i) => {
        const mark = this.marks[i] ?? EMPTY_MARK;
        const point = mark.at >= 0 ? this.places.points[mark.at] : undefined;
        const label = this.labelOf(mark);
        if (!point || !label) return;
        features.push({
          type: 'Feature',
          id: i,
          geometry: { type: 'Point', coordinates: [point.lng, point.lat] },
          // Just outside the mark's box (the largest it can grow to): labels keep clear of it.
          properties: { label, total: g.total, offset: (maxMarkRadius(g.total) + 6) / LABEL_SIZE },
        });
      });
    const key = features.map((f) => `${f.id}:${f.properties?.label}`).join('\n');
    if (key === this.labelsKey) return false;
    this.labelsKey = key;
    this.map.getSource<SetData>(LABELS_SOURCE)?.setData({ type: 'FeatureCollection', features });
    return true;
  }

  /** Every mark drawn now, where it is drawn and how big. */
  drawn(): DrawnMark[] {
    const out: DrawnMark[] = [];
    this.level.groups.forEach((g, i) => {
      const mark = this.marks[i] ?? EMPTY_MARK;
      if (mark.n === 0) return;
      const exactly = (this.slots[i] ?? 0) > (this.firstSlot[i] ?? 0);
      const point = exactly ? this.places.points[mark.at] : undefined;
      out.push({
        group: i,
        mark,
        lng: point?.lng ?? g.lng,
        lat: point?.lat ?? g.lat,
        r: this.radiusOf(mark),
      });
    });
    return out;
  }

  markOfGroup(group: number): MarkState {
    return this.marks[group] ?? EMPTY_MARK;
  }

  /** Rings the mark that holds this point, whenever it is drawn; -1 removes the ring. */
  setRing(ring: Ring, point: number): boolean {
    this.ringPoint[ring] = point;
    return this.refreshRing(ring);
  }

  private refreshRing(ring: Ring): boolean {
    const point = this.ringPoint[ring];
    const group = point >= 0 ? (this.level.groupOfPoint[point] ?? -1) : -1;
    const slot = group >= 0 ? (this.slots[group] ?? -1) : -1;
    if (slot === this.ringSlot[ring]) return false;
    const before = this.ringSlot[ring];
    if (before >= 0) this.map.setFeatureState({ source: MARKS_SOURCE, id: before }, { [ring]: false });
    this.ringSlot[ring] = slot;
    if (slot >= 0) {
      const r = this.radiusOf(this.marks[group] ?? EMPTY_MARK);
      this.map.setFeatureState({ source: MARKS_SOURCE, id: slot }, { [ring]: true, r });
    }
    return true;
  }

  /** The group the ring is drawn around now, or -1. */
  ringed(ring: Ring): number {
    const slot = this.ringSlot[ring];
    if (slot < 0) return -1;
    return this.slots.indexOf(slot);
  }

  /** A frame has put at least one of these marks on the canvas. */
  get onCanvas(): boolean {
    return this.gl.drewMarks;
  }

  /**
   * Takes this dataset's marks, labels and rings off the map, leaving the overlay's sources and
   * layers for the next: nothing of it stays drawn while the next dataset is being prepared.
   */
  dispose() {
    const empty: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };
    this.map.removeFeatureState({ source: MARKS_SOURCE });
    this.map.getSource<SetData>(MARKS_SOURCE)?.setData(empty);
    this.map.getSource<SetData>(LABELS_SOURCE)?.setData(empty);
    this.gl.setSlots(new Float32Array(0));
  }
}

/**
 * The overlay's sources and layers, added once per style: on the map's first load, and again
 * after a lost context (MapLibre's rebuilt style keeps the sources and style layers, not the
 * WebGL layer). Every dataset after that reuses them, the drawing layer's program included.
 */
export function addOverlay(map: MapLike, pixelRatio: number): MarkGlLayer {
  const empty: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };
  if (!map.getSource(MARKS_SOURCE)) {
    map.addSource(MARKS_SOURCE, { type: 'geojson', data: empty });
    map.addSource(LABELS_SOURCE, { type: 'geojson', data: empty });
    for (const layer of OVERLAY_LAYERS) map.addLayer(layer);
  }
  // The marks' boxes are invisible: one transparent square per size, made on request.
  map.setMissingStyleImageResolver((id) => {
    const side = Number(/^box-(\d+)$/.exec(id)?.[1] ?? 0);
    if (side > 0 && !map.hasImage(id))
      map.addImage(id, { width: side, height: side, data: new Uint8Array(side * side * 4) });
  });
  const gl = new MarkGlLayer(pixelRatio);
  map.addLayer(gl, RING_HALO_LAYER);
  return gl;
}
