/**
 * What a mark holds in view (group-counts.ts): the dates its hover card spans, and when two
 * states of a mark draw the same picture, so a scrub redraws exactly the marks that changed.
 */
import { describe, expect, it } from 'vitest';
import { EVENT_TYPES } from '../../src/data/schema';
import { EMPTY_MARK, type MarkState, markOf, sameContent, tallyPoints } from '../../src/map/group-counts';
import { placeIndex } from '../../src/map/place-points';
import type { PointGroup } from '../../src/map/site-groups';
import { parseCivilDate } from '../../src/shared/civil-date';
import { datasetOf } from '../support/map-datasets';

const day = (d: string) => parseCivilDate(d) as number;

describe("a mark's dates", () => {
  // A window of a week, and a single day inside it: sorted by first day, the window comes first.
  const dataset = datasetOf(
    [{ id: 'base', at: [40, 34] }],
    [
      {
        id: 'week',
        date: '2023-10-18',
        site: 'base',
        props: { datePrecision: 'window', dateEnd: '2023-10-25' },
      },
      { id: 'one-day', date: '2023-10-20', site: 'base' },
    ],
  );
  const places = placeIndex(dataset);
  const group: PointGroup = { index: 0, points: [0], lng: 40, lat: 34, total: 2, exact: true };

  it('run from the earliest first day to the latest last day, in whatever order the events come', () => {
    for (const visible of [dataset.events, [...dataset.events].reverse()]) {
      const mark = markOf(group, tallyPoints(visible, places));
      expect(mark.n).toBe(2);
      expect([mark.first, mark.last]).toEqual([day('2023-10-18'), day('2023-10-25')]);
    }
  });

  it('are those of the events in view only', () => {
    const oneDay = dataset.events.filter((e) => e.id === 'one-day');
    const mark = markOf(group, tallyPoints(oneDay, places));
    expect([mark.first, mark.last, mark.event]).toEqual([
      day('2023-10-20'),
      day('2023-10-20'),
      oneDay[0]?.index,
    ]);
  });

  it('are the empty mark when nothing at the group is in view', () => {
    expect(markOf(group, tallyPoints([], places))).toBe(EMPTY_MARK);
  });
});

describe('two states of a mark', () => {
  const mark: MarkState = {
    n: 3,
    byType: EVENT_TYPES.map((_, i) => (i === 0 ? 3 : 0)),
    killed: 1,
    wounded: 1,
    first: 10,
    last: 20,
    at: 4,
    event: -1,
  };

  it('draw the same picture when count, mix of types, casualties and event agree', () => {
    expect(sameContent(mark, { ...mark, byType: [...mark.byType] })).toBe(true);
    // The dates and the point are in the hover card, not in the drawing.
    expect(sameContent(mark, { ...mark, first: 11, last: 19 })).toBe(true);
  });

  it.each([
    ['the count', { n: 4 }],
    ['the one event it shows', { event: 7 }],
    ['events with US/coalition killed', { killed: 2 }],
    ['events with US/coalition wounded', { wounded: 0 }],
    ['the mix of types', { byType: EVENT_TYPES.map((_, i) => (i === 1 ? 3 : 0)) }],
  ])('differ when %s differs', (_what, change: Partial<MarkState>) => {
    expect(sameContent(mark, { ...mark, ...change })).toBe(false);
    expect(sameContent({ ...mark, ...change }, mark)).toBe(false);
  });
});
