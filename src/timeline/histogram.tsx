/**
 * Events per day stacked by type, one slot per day of the extent. Memoised on its bins, so
 * moving the window never re-renders it. Clicking a day selects that day; the same choice
 * is open to the keyboard through the handles and the date fields.
 */
import { memo } from 'react';
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

export const Histogram = memo(function Histogram({ bins, extent, onPickDay }: Props) {
  const [min, max] = extent;
  const days = max - min + 1;
  const top = maxBinTotal(bins);
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
          {b.segments.map((s) => (
            <rect
              key={s.type}
              x={b.day - min + 0.1}
              y={top - s.y1}
              width={0.8}
              height={s.y1 - s.y0}
              fill={TYPE_COLOURS[s.type]}
            />
          ))}
        </g>
      ))}
    </svg>
  );
});
