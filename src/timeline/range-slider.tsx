/** Two handles on one track: the inclusive time window. Native range inputs keep the keyboard. */
import type { DayRange } from '../data/view-types';
import { formatDayLabel, formatDayLong } from '../shared/civil-date';

interface Props {
  extent: DayRange;
  window: DayRange;
  onChange: (range: DayRange) => void;
}

export function RangeSlider({ extent, window: [start, end], onChange }: Props) {
  const [min, max] = extent;
  return (
    <fieldset className="range-slider">
      <legend>
        Time window: <output>{formatDayLabel(start)}</output> to <output>{formatDayLabel(end)}</output>
      </legend>
      <input
        type="range"
        aria-label="Window start"
        aria-valuetext={formatDayLong(start)}
        min={min}
        max={max}
        step={1}
        value={start}
        onChange={(e) => onChange([Math.min(Number(e.target.value), end), end])}
      />
      <input
        type="range"
        aria-label="Window end"
        aria-valuetext={formatDayLong(end)}
        min={min}
        max={max}
        step={1}
        value={end}
        onChange={(e) => onChange([start, Math.max(Number(e.target.value), start)])}
      />
    </fieldset>
  );
}
