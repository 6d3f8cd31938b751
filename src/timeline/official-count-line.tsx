/**
 * The official running total (dashed steps) against this dataset's running count of attacks
 * on US forces (solid), on the histogram's day axis with a scale of their own. The label
 * reads both figures at the window's end so the coverage gap is stated, not just drawn.
 */
import { memo } from 'react';
import type { DayRange } from '../data/view-types';
import { type DayNumber, formatDayLabel } from '../shared/civil-date';
import { type CountPoint, totalAt } from './coverage';

interface Props {
  official: readonly CountPoint[];
  dataset: readonly CountPoint[];
  extent: DayRange;
}

/** Step path through day-slot centres: a running total holds until the next report. */
function stepPath(points: readonly CountPoint[], [min, max]: DayRange, top: number): string {
  const inside = points.filter((p) => p.day >= min && p.day <= max);
  if (inside.length === 0) return '';
  const y = (total: number) => top - total;
  let d = '';
  inside.forEach((p, i) => {
    const x = p.day - min + 0.5;
    d += i === 0 ? `M${x} ${y(p.total)}` : `H${x}V${y(p.total)}`;
  });
  return d;
}

export const OfficialCountLine = memo(function OfficialCountLine({ official, dataset, extent }: Props) {
  const [min, max] = extent;
  const top = Math.max(1, ...official.map((p) => p.total), ...dataset.map((p) => p.total)) * 1.05;
  return (
    <svg
      className="tl-coverage"
      viewBox={`0 0 ${max - min + 1} ${top}`}
      preserveAspectRatio="none"
      aria-hidden="true"
    >
      <path className="tl-coverage-official" d={stepPath(official, extent, top)} />
      <path className="tl-coverage-dataset" d={stepPath(dataset, extent, top)} />
    </svg>
  );
});

const QUALIFIERS = { exact: '', at_least: 'at least ', approx: 'about ' } as const;

/** Both running totals at the window's last day, e.g. "official count 60 (17 Nov 2023)", "45". */
export function coverageAt(official: readonly CountPoint[], dataset: readonly CountPoint[], day: DayNumber) {
  const o = totalAt(official, day);
  return {
    official: o
      ? `Official count ${QUALIFIERS[o.qualifier ?? 'exact']}${o.total} (${formatDayLabel(o.day)})`
      : 'No official count yet',
    dataset: `in this dataset ${totalAt(dataset, day)?.total ?? 0}`,
  };
}
