/**
 * The marks on the map for the current zoom level: one feature per group with events in
 * view, drawn with its own image. A scrub recounts (group-counts.ts), redraws in place the
 * images of the groups whose content changed, and rebuilds the small marks source only when
 * a mark appears, disappears, moves between its centroid and one of its points, or changes
 * its label; it never re-groups (site-groups.ts) and never touches the events themselves.
 */
import type { AtlasEvent, Dataset } from '../data/model';
import { severityOf } from '../data/severity';
import {
  EMPTY_MARK,
  type MarkState,
  markOf,
  type PointTally,
  sameContent,
  tallyPoints,
} from './group-counts';
import { MARKS_SOURCE, OVERLAY_LAYERS } from './layers';
import type { MapLike } from './map-like';
import { markPicture } from './mark-picture';
import { markRadius, maxMarkRadius } from './mark-size';
import { paintMark } from './paint-mark';
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
const LABEL_SIZE = 11.5;

export class MarkLayer {
  private readonly levels = new Map<number, GroupLevel>();
  private level: GroupLevel;
  private tally: PointTally;
  private marks: MarkState[] = [];
  /** Per group: what its feature in the source looks like ('' = no feature). */
  private features: string[] = [];
  /** Images added to the map, by level. */
  private readonly images = new Map<number, Set<number>>();
  /** The point each ring marks (-1: none), and the group drawn around it now (-1: none). */
  private readonly ringPoint: Record<Ring, number> = { selected: -1, hover: -1 };
  private readonly ringGroup: Record<Ring, number> = { selected: -1, hover: -1 };

  constructor(
    private readonly map: MapLike,
    private readonly dataset: Dataset,
    readonly places: PlaceIndex,
    private readonly pixelRatio: number,
  ) {
    this.tally = tallyPoints([], places);
    this.level = this.levelAt(levelOf(map.getZoom()));
    if (!map.getSource(MARKS_SOURCE)) {
      map.addSource(MARKS_SOURCE, { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
      for (const layer of OVERLAY_LAYERS) map.addLayer(layer);
    }
    // Images are painted when a tile first needs them: only marks in view ever cost a canvas.
    map.setMissingStyleImageResolver((id) => this.resolveImage(id));
    this.reset();
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

  private imageId(level: number, group: number) {
    return `mark-${level * 4}-${group}`;
  }

  private resolveImage(id: string) {
    const match = /^mark-(\d+)-(\d+)$/.exec(id);
    if (!match) return;
    const level = Number(match[1]) / 4;
    const group = Number(match[2]);
    const g = this.level.groups[group];
    if (level !== this.level.level || !g || this.map.hasImage(id)) return;
    this.map.addImage(id, this.paint(group), { pixelRatio: this.pixelRatio });
    const set = this.images.get(level) ?? new Set<number>();
    this.images.set(level, set);
    set.add(group);
  }

  private paint(group: number) {
    const g = this.level.groups[group];
    const size = 2 * (maxMarkRadius(g?.total ?? 1) + 2);
    return paintMark(
      markPicture(this.marks[group] ?? EMPTY_MARK, this.dataset.events),
      size,
      this.pixelRatio,
    );
  }

  /** Follows the zoom: a new level regroups (from the cache) and redraws. True if it changed. */
  setZoom(zoom: number): boolean {
    const next = levelOf(zoom);
    if (next === this.level.level) return false;
    const previous = this.level.level;
    this.level = this.levelAt(next);
    // Keep the previous level's images until its tiles are gone; drop every older one.
    for (const [level, groups] of this.images) {
      if (level === previous || level === next) continue;
      for (const g of groups) this.map.removeImage(this.imageId(level, g));
      this.images.delete(level);
    }
    this.reset();
    return true;
  }

  private reset() {
    this.map.removeFeatureState({ source: MARKS_SOURCE });
    const n = this.level.groups.length;
    this.marks = new Array<MarkState>(n).fill(EMPTY_MARK);
    this.features = new Array<string>(n).fill('');
    this.ringGroup.selected = -1;
    this.ringGroup.hover = -1;
    this.apply(true);
  }

  /** Recounts for these visible events. True if anything on the map changed. */
  setVisible(visible: readonly AtlasEvent[]): boolean {
    this.tally = tallyPoints(visible, this.places);
    return this.apply(false);
  }

  get counts(): PointTally {
    return this.tally;
  }

  private apply(force: boolean): boolean {
    const level = this.level;
    const painted = this.images.get(level.level);
    let rebuild = force;
    let changed = force;
    level.groups.forEach((g, i) => {
      const before = this.marks[i] ?? EMPTY_MARK;
      const mark = markOf(g, this.tally);
      this.marks[i] = mark;
      const feature = mark.n === 0 ? '' : `${mark.at}|${this.labelOf(mark)}`;
      if (feature !== this.features[i]) {
        this.features[i] = feature;
        rebuild = true;
      }
      if (sameContent(before, mark)) return;
      changed = true;
      const id = this.imageId(level.level, i);
      if (mark.n > 0 && painted?.has(i)) this.map.updateImage(id, this.paint(i));
      if (this.ringGroup.selected === i || this.ringGroup.hover === i)
        this.map.setFeatureState({ source: MARKS_SOURCE, id: i }, { r: this.radiusOf(mark) });
    });
    if (rebuild) this.map.getSource<SetData>(MARKS_SOURCE)?.setData(this.collection());
    // A ringed event may have just come into view (or left it): its ring follows.
    const rings = this.refreshRing('selected') || this.refreshRing('hover');
    return changed || rebuild || rings;
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

  private collection(): GeoJSON.FeatureCollection {
    const features: GeoJSON.Feature[] = [];
    this.level.groups.forEach((g, i) => {
      const mark = this.marks[i] ?? EMPTY_MARK;
      if (mark.n === 0) return;
      const point = mark.at >= 0 ? this.places.points[mark.at] : undefined;
      features.push({
        type: 'Feature',
        id: i,
        geometry: { type: 'Point', coordinates: point ? [point.lng, point.lat] : [g.lng, g.lat] },
        properties: {
          image: this.imageId(this.level.level, i),
          label: this.labelOf(mark),
          total: g.total,
          // Labels sit outside the mark's image (the largest it can grow to, plus padding):
          // the image's box is what they must not collide with.
          offset: (maxMarkRadius(g.total) + 6) / LABEL_SIZE,
        },
      });
    });
    return { type: 'FeatureCollection', features };
  }

  /** Every mark drawn now, where it is drawn and how big. */
  drawn(): DrawnMark[] {
    const out: DrawnMark[] = [];
    this.level.groups.forEach((g, i) => {
      const mark = this.marks[i] ?? EMPTY_MARK;
      if (mark.n === 0) return;
      const point = mark.at >= 0 ? this.places.points[mark.at] : undefined;
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
    const drawn = group >= 0 && (this.marks[group]?.n ?? 0) > 0 ? group : -1;
    if (drawn === this.ringGroup[ring]) return false;
    const before = this.ringGroup[ring];
    if (before >= 0) this.map.setFeatureState({ source: MARKS_SOURCE, id: before }, { [ring]: false });
    this.ringGroup[ring] = drawn;
    if (drawn >= 0) {
      const r = this.radiusOf(this.marks[drawn] ?? EMPTY_MARK);
      this.map.setFeatureState({ source: MARKS_SOURCE, id: drawn }, { [ring]: true, r });
    }
    return true;
  }

  /** Removes what this layer added that a successor would not replace: its images and states. */
  dispose() {
    this.map.setMissingStyleImageResolver(null);
    for (const [level, groups] of this.images)
      for (const g of groups) this.map.removeImage(this.imageId(level, g));
    this.images.clear();
    this.map.removeFeatureState({ source: MARKS_SOURCE });
  }

  /** The group the ring is drawn around now, or -1. */
  ringed(ring: Ring): number {
    return this.ringGroup[ring];
  }
}

type SetData = import('maplibre-gl').GeoJSONSource;
