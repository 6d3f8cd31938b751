/**
 * Events per day stacked by type, one slot per day of the extent. Memoised on its bins, so
 * moving the window never re-renders it. Clicking a day selects that day; the same choice
 * is open to the keyboard through the handles and the date fields.
 *
 * The bars of a type are one path, not a rect per day and type: 180 days of six types were
 * 1,440 elements that every search and filter rebuilt, and every frame that repainted the
 * page painted one by one (issue 13). Each day keeps its own group: its hover, its title and
 * the click target that picks it.
 */
import { memo, useMemo } from 'react';
import { EVENT_TYPES, type EventType } from '../data/schema';
import type { DayRange } from '../data/view-types';
import { TYPE_COLOURS } from '../domain/symbols';
import { type DayNumber, formatDayLabel } from '../shared/civil-date';
import { type DayBin, maxBinTotal } from './day-bins';

interface Props {
  bins: readonly DayBin[];
  extent: DayRange;
  onPickDay(day: DayNumber): void;
}

function describe(bins: readonly DayBin[]): string {
  const total = bins.reduce((n, b) => n + b.total, 0);
  const busiest = bins.reduce<DayBin | null>((best, b) => (!best || b.total > best.total ? b : best), null);
  if (!busiest || total === 0) return 'Events per day: none match the filters';
  return `Events per day: ${total} in all, busiest ${formatDayLabel(busiest.day)} with ${busiest.total}`;
}

/** Each type's bars as one path of rectangles (x from the extent's first day, y down from `top`). */
function barPaths(bins: readonly DayBin[], min: number, top: number): { type: EventType; d: string }[] {
  const parts = new Map<EventType, string[]>();
  for (const b of bins) {
    for (const s of b.segments) {
      let list = parts.get(s.type);
      if (!list) {
        list = [];
        parts.set(s.type, list);
      }
      list.push(`M${b.day - min + 0.1} ${top - s.y1}h0.8v${s.y1 - s.y0}h-0.8z`);
    }
  }
  // Stacked in the types' own order, as the segments are.
  return EVENT_TYPES.filter((t) => parts.has(t)).map((type) => ({
    type,
    d: (parts.get(type) as string[]).join(''),
  }));
}

export const Histogram = memo(function Histogram({ bins, extent, onPickDay }: Props) {
  const [min, max] = extent;
  const days = max - min + 1;
  const top = maxBinTotal(bins);
  const paths = useMemo(() => barPaths(bins, min, top), [bins, min, top]);
  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: the handles and the date fields are the keyboard path to a day
    <svg
      className="tl-histogram"
      viewBox={`0 0 ${days} ${top}`}
      preserveAspectRatio="none"
      role="img"
      aria-label={describe(bins)}
      onClick={(e) => {
        // One listener for every day: the bar clicked carries its day.
        const day = (e.target as Element).closest('[data-day]')?.getAttribute('data-day');
        if (day) onPickDay(Number(day));
      }}
    >
      {bins.map((b) => (
        <g key={b.day} data-day={b.day} className="tl-day">
          <title>{`${formatDayLabel(b.day)}: ${b.total} ${b.total === 1 ? 'event' : 'events'}`}</title>
          <rect className="tl-day-hit" x={b.day - min} y={0} width={1} height={top} />
        </g>
      ))}
      {/* Drawn over the hit areas, and blind to the pointer: a click on a bar is its day's. */}
      {paths.map((p) => (
        <path key={p.type} className="tl-bars" d={p.d} fill={TYPE_COLOURS[p.type]} />
      ))}
    </svg>
  );
});
