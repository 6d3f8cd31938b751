/** Month ticks under the histogram: civil dates, so every viewer sees the same labels. */
import { memo } from 'react';
import type { DayRange } from '../data/view-types';
import { formatCivilDate, formatDayLabel } from '../shared/civil-date';
import { dayToPercent } from './window-math';

/** First days of months inside the extent, with a short label (the year only in January). */
export function monthTicks([min, max]: DayRange): { day: number; label: string }[] {
  const ticks: { day: number; label: string }[] = [];
  for (let day = min; day <= max; day += 1) {
    if (!formatCivilDate(day).endsWith('-01')) continue;
    const [, month, year] = formatDayLabel(day).split(' ');
    ticks.push({ day, label: month === 'Jan' ? `${month} ${year}` : (month ?? '') });
  }
  return ticks;
}

export const DayAxis = memo(function DayAxis({ extent }: { extent: DayRange }) {
  return (
    <div className="tl-axis" aria-hidden="true">
      {monthTicks(extent).map((t) => (
        <span key={t.day} className="tl-tick" style={{ left: `${dayToPercent(t.day, extent)}%` }}>
          {t.label}
        </span>
      ))}
    </div>
  );
});
