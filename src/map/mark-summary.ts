/**
 * What a mark holds, in words and lists, for its hover tooltip and its chooser. Pure: built
 * from the dataset, the grouping and the current count, and rendered by React as text.
 */
import type { AtlasEvent, Dataset } from '../data/model';
import { EVENT_TYPES, type EventType, type Status } from '../data/schema';
import { type Severity, severityOf } from '../data/severity';
import { formatDayLabel } from '../shared/civil-date';
import type { MarkState, PointTally } from './group-counts';
import type { PlaceIndex } from './place-points';
import type { PointGroup } from './site-groups';

export interface PlaceCount {
  siteId: string;
  name: string;
  n: number;
}

export interface MarkSummary {
  /** One event; several at one point; or several points (zoom in to split them). */
  kind: 'event' | 'point' | 'area';
  n: number;
  /** The places with events in view, most events first. */
  places: PlaceCount[];
  /** "18 Oct 2023" or "18 Oct 2023 – 23 Jan 2024". */
  dates: string;
  /** Events by type, most first. */
  types: { type: EventType; n: number }[];
  /** Events in which US/coalition personnel were killed; wounded (and none killed). */
  killedEvents: number;
  woundedEvents: number;
  /** For a single event, with its casualty counts. */
  event?: {
    id: string;
    type: EventType;
    status: Status;
    severity: Severity | null;
    usKilled: number;
    usWounded: number;
  };
}

export function dateSpan(first: number, last: number): string {
  return first === last ? formatDayLabel(first) : `${formatDayLabel(first)} – ${formatDayLabel(last)}`;
}

export function placesIn(group: PointGroup, tally: PointTally, places: PlaceIndex, dataset: Dataset) {
  const out: PlaceCount[] = [];
  for (const p of group.points) {
    for (const siteId of places.points[p]?.siteIds ?? []) {
      const n = tally.perSite.get(siteId) ?? 0;
      if (n > 0) out.push({ siteId, name: dataset.siteById.get(siteId)?.name ?? siteId, n });
    }
  }
  return out.sort((a, b) => b.n - a.n);
}

export function summarise(
  mark: MarkState,
  group: PointGroup,
  tally: PointTally,
  places: PlaceIndex,
  dataset: Dataset,
): MarkSummary {
  const types = EVENT_TYPES.map((type, i) => ({ type, n: mark.byType[i] ?? 0 }))
    .filter((t) => t.n > 0)
    .sort((a, b) => b.n - a.n);
  const single = mark.event >= 0 ? dataset.events[mark.event] : undefined;
  return {
    kind: single ? 'event' : mark.at >= 0 ? 'point' : 'area',
    n: mark.n,
    places: placesIn(group, tally, places, dataset),
    dates: dateSpan(mark.first, mark.last),
    types,
    killedEvents: mark.killed,
    woundedEvents: mark.wounded,
    event: single && {
      id: single.id,
      type: single.type,
      status: single.status,
      severity: severityOf(single),
      usKilled: single.usKilled ?? 0,
      usWounded: single.usWounded ?? 0,
    },
  };
}

/** The visible events at one point, oldest first, for the chooser. */
export function eventsAtPoint(
  visible: readonly AtlasEvent[],
  point: number,
  places: PlaceIndex,
): AtlasEvent[] {
  return visible.filter((e) => places.pointOfEvent[e.index] === point);
}
