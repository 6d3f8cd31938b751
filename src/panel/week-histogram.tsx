/** A small bar chart of events per week; the numbers are also given as text for screen readers. */
import { formatDayLabel } from '../shared/civil-date';

interface Props {
  weeks: readonly { start: number; count: number }[];
}

export function WeekHistogram({ weeks }: Props) {
  const max = Math.max(1, ...weeks.map((w) => w.count));
  const width = 300;
  const height = 56;
  const bar = width / weeks.length;
  const busy = weeks.filter((w) => w.count > 0);
  const first = weeks[0];
  const last = weeks.at(-1);
  return (
    <figure className="week-histogram">
      <svg viewBox={`0 0 ${width} ${height + 14}`} aria-hidden="true">
        {weeks.map((w, i) => {
          const h = (w.count / max) * height;
          return (
            <rect
              key={w.start}
              x={i * bar + 0.5}
              y={height - h}
              width={Math.max(1, bar - 1)}
              height={h}
              className="histogram-bar"
            />
          );
        })}
        <line x1="0" x2={width} y1={height + 0.5} y2={height + 0.5} className="histogram-axis" />
        {first && (
          <text x="0" y={height + 12} className="histogram-label">
            {formatDayLabel(first.start)}
          </text>
        )}
        {last && (
          <text x={width} y={height + 12} textAnchor="end" className="histogram-label">
            week of {formatDayLabel(last.start)}
          </text>
        )}
      </svg>
      <figcaption>
        Events per week (highest {max}).{' '}
        <span className="visually-hidden">
          {busy.map((w) => `Week of ${formatDayLabel(w.start)}: ${w.count}`).join('; ')}
        </span>
      </figcaption>
    </figure>
  );
}
