import { describe, expect, it } from 'vitest';
import type { AtlasEvent } from '../../src/data/model';
import type { OfficialCount } from '../../src/data/schema';
import { parseCivilDate } from '../../src/shared/civil-date';
import { datasetRunningCount, officialPoints, totalAt } from '../../src/timeline/coverage';
import { binRows, maxBinTotal } from '../../src/timeline/day-bins';
import { eventTable } from '../../src/data/event-table';
import type { DayRange } from '../../src/data/view-types';

/** Every event's bins: the histogram with nothing filtered out. */
const binByDay = (events: readonly AtlasEvent[], extent: DayRange) =>
  binRows(eventTable(events), Int32Array.from(events.keys()), extent);

const d = (text: string) => parseCivilDate(text) as number;

function ev(date: string, type: AtlasEvent['type'], direction: AtlasEvent['direction'] = 'attack_on_us') {
  return { day: d(date), dayEnd: d(date), type, direction } as AtlasEvent;
}

const extent: [number, number] = [d('2023-10-28'), d('2023-11-06')];

describe('binByDay', () => {
  const events = [
    ev('2023-10-28', 'drone_attack'),
    ev('2023-10-28', 'rocket_attack'),
    ev('2023-10-28', 'drone_attack'),
    ev('2023-10-29', 'us_airstrike', 'us_strike'),
    ev('2023-11-06', 'mixed'),
  ];

  it('gives one bin per day of the extent, both ends included, empty days as zero', () => {
    const bins = binByDay(events, extent);
    expect(bins).toHaveLength(10);
    expect(bins[0]?.day).toBe(d('2023-10-28'));
    expect(bins.at(-1)?.day).toBe(d('2023-11-06'));
    expect(bins.map((b) => b.total)).toEqual([3, 1, 0, 0, 0, 0, 0, 0, 0, 1]);
    expect(bins[4]?.segments).toEqual([]);
  });

  it('stacks each day by type in the legend order', () => {
    const [first] = binByDay(events, extent);
    expect(first?.segments).toEqual([
      { type: 'drone_attack', y0: 0, y1: 2 },
      { type: 'rocket_attack', y0: 2, y1: 3 },
    ]);
  });

  it('counts a dated window once, on its first day, and drops events outside the extent', () => {
    const window = { ...ev('2023-11-01', 'other'), dayEnd: d('2023-11-03') };
    const bins = binByDay([window, ev('2023-11-07', 'other')], extent);
    expect(bins.reduce((n, b) => n + b.total, 0)).toBe(1);
    expect(bins.find((b) => b.total === 1)?.day).toBe(d('2023-11-01'));
  });

  it('handles a one-day extent and reports the tallest bin (at least 1)', () => {
    const one: [number, number] = [d('2023-10-28'), d('2023-10-28')];
    expect(binByDay(events, one).map((b) => b.total)).toEqual([3]);
    expect(maxBinTotal(binByDay(events, extent))).toBe(3);
    expect(maxBinTotal(binByDay([], extent))).toBe(1);
  });

  it('gives no bins for an extent that ends before it starts, and drops events before it', () => {
    expect(binByDay(events, [d('2023-11-06'), d('2023-10-28')])).toEqual([]);
    const bins = binByDay([ev('2023-10-27', 'other'), ev('2023-10-28', 'other')], extent);
    expect(bins.map((b) => b.total)).toEqual([1, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
  });
});

describe('coverage series', () => {
  it('runs the dataset count of attacks on US forces only, day by day', () => {
    const events = [ev('2023-10-28', 'drone_attack'), ev('2023-10-29', 'us_airstrike', 'us_strike')];
    const series = datasetRunningCount([...events, ev('2023-10-30', 'rocket_attack')], extent);
    expect(series.slice(0, 4).map((p) => p.total)).toEqual([1, 1, 2, 2]);
    expect(series.at(-1)?.total).toBe(2);
  });

  it('reads the official total in force on a day', () => {
    const counts = [
      { date: '2023-11-01', total: 28, qualifier: 'exact' },
      { date: '2023-10-24', total: 13, qualifier: 'at_least' },
    ] as OfficialCount[];
    const points = officialPoints(counts);
    expect(points.map((p) => p.total)).toEqual([13, 28]);
    expect(totalAt(points, d('2023-10-23'))).toBeNull();
    expect(totalAt(points, d('2023-10-31'))?.total).toBe(13);
    expect(totalAt(points, d('2023-11-01'))?.qualifier).toBe('exact');
  });
});

describe('coverage series over the extent', () => {
  it('has one point per day of the extent, counting several attacks on one day, none outside', () => {
    const events = [
      ev('2023-10-27', 'drone_attack'),
      ev('2023-10-29', 'drone_attack'),
      ev('2023-10-29', 'rocket_attack'),
      ev('2023-10-29', 'drone_attack'),
      ev('2023-11-06', 'drone_attack'),
      ev('2023-11-07', 'drone_attack'),
    ];
    const series = datasetRunningCount(events, extent);
    expect(series.map((p) => p.day)).toEqual(binByDay([], extent).map((b) => b.day));
    expect(series.map((p) => p.total)).toEqual([0, 3, 3, 3, 3, 3, 3, 3, 3, 4]);
  });

  it('leaves out an official figure whose date cannot be read', () => {
    const counts = [
      { date: '2023-11-01', total: 28, qualifier: 'exact' },
      { date: 'late October', total: 20, qualifier: 'about' },
    ] as OfficialCount[];
    expect(officialPoints(counts).map((p) => p.total)).toEqual([28]);
  });
});
