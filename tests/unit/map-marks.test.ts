/** What each mark holds and shows: counts by type and casualties, the donut, the one event. */
import { describe, expect, it } from 'vitest';
import { EVENT_TYPES } from '../../src/data/schema';
import { markOf, sameContent, tallyPoints } from '../../src/map/group-counts';
import { donutSegments } from '../../src/map/mark-picture';
import { countLabel, groupRadius, markRadius, maxMarkRadius } from '../../src/map/mark-size';
import { placeIndex } from '../../src/map/place-points';
import { groupPoints } from '../../src/map/site-groups';
import { datasetOf, eventsAt } from '../support/map-datasets';

const dataset = datasetOf(
  [
    { id: 'omar', at: [40.5758, 35.1517] },
    { id: 'mayadin', at: [40.4533, 35.0183] },
  ],
  [
    ...eventsAt('omar', 3, { type: 'rocket_attack' }),
    { id: 'omar-drone', date: '2023-11-20', site: 'omar', props: { usWounded: 3 } },
    {
      id: 'strike',
      date: '2024-02-02',
      site: 'mayadin',
      props: { type: 'us_airstrike', direction: 'us_strike' },
    },
    { id: 'tower', date: '2024-01-28', site: 'mayadin', props: { usKilled: 3, usWounded: 25 } },
  ],
);
const places = placeIndex(dataset);
const byId = (...ids: string[]) => ids.map((id) => dataset.eventById.get(id)).filter((e) => e !== undefined);
/** At zoom 5 the two places share one small group. */
const [group] = groupPoints(places.points, 5).groups;
if (!group) throw new Error('one group expected');
const omar = places.pointOfSite.get('omar') as number;
const mayadin = places.pointOfSite.get('mayadin') as number;

describe('markOf', () => {
  it('counts by type and by casualties, and spans the dates in view', () => {
    const mark = markOf(group, tallyPoints(dataset.events, places));
    expect(mark.n).toBe(6);
    const type = (t: string) => mark.byType[EVENT_TYPES.indexOf(t as never)];
    expect([type('rocket_attack'), type('drone_attack'), type('us_airstrike')]).toEqual([3, 2, 1]);
    expect(mark.killed).toBe(1);
    expect(mark.wounded).toBe(1);
    expect(mark.at).toBe(-1);
    expect(mark.event).toBe(-1);
  });

  it('draws exactly on the one place that holds every event in view', () => {
    const mark = markOf(group, tallyPoints(byId('strike', 'tower'), places));
    expect(mark.at).toBe(mayadin);
    expect(markOf(group, tallyPoints(byId('omar-drone'), places)).at).toBe(omar);
  });

  it('names the event when it is the only one, and nothing when none is in view', () => {
    const strike = byId('strike');
    expect(markOf(group, tallyPoints(strike, places)).event).toBe(strike[0]?.index);
    expect(markOf(group, tallyPoints([], places)).n).toBe(0);
  });

  it('tells a change of content from none', () => {
    const a = markOf(group, tallyPoints(byId('strike', 'omar-drone'), places));
    const b = markOf(group, tallyPoints(byId('omar-drone', 'strike'), places));
    const c = markOf(group, tallyPoints(byId('tower', 'omar-drone'), places));
    expect(sameContent(a, b)).toBe(true);
    expect(sameContent(a, c)).toBe(false);
  });
});

describe('donut segments', () => {
  it('gives each type a segment as wide as its share, in the legend order from 12 o clock', () => {
    const byType = EVENT_TYPES.map((t) => (t === 'drone_attack' ? 3 : t === 'us_airstrike' ? 1 : 0));
    const segments = donutSegments(byType);
    expect(segments.map((s) => s.type)).toEqual(['drone_attack', 'us_airstrike']);
    expect(segments[0]?.from).toBe(0);
    expect(segments[0]?.to).toBeCloseTo(1.5 * Math.PI);
    expect(segments[1]?.to).toBeCloseTo(2 * Math.PI);
  });
});

describe('mark sizes', () => {
  it('grows with the count, never past the room the grouping keeps for it', () => {
    expect(groupRadius(2)).toBeLessThan(groupRadius(20));
    for (const n of [1, 2, 7, 50, 5000]) {
      expect(markRadius(n, true)).toBeLessThanOrEqual(maxMarkRadius(n));
      expect(maxMarkRadius(n)).toBeLessThanOrEqual(maxMarkRadius(n + 1));
    }
    expect(markRadius(1, true)).toBeGreaterThan(markRadius(1, false));
  });

  it('draws a lone event at 9 px (13 with casualties), a pair at 13 px, and no group past 24 px', () => {
    expect([markRadius(1, false), markRadius(1, true), markRadius(2, false), markRadius(2, true)]).toEqual([
      9, 13, 13, 13,
    ]);
    expect(groupRadius(4)).toBe(16);
    expect(groupRadius(16)).toBe(22);
    expect(groupRadius(27)).toBe(24);
    expect(groupRadius(100_000)).toBe(24);
    // The room kept: a lone event's largest symbol; a group's disc and its casualty badge.
    expect(maxMarkRadius(1)).toBe(13);
    expect(maxMarkRadius(2)).toBe(17);
    expect(maxMarkRadius(100_000)).toBe(28);
  });

  it('writes counts that fit a disc', () => {
    expect([7, 999, 1000, 1234, 9999, 10_000, 12_345, 250_000].map(countLabel)).toEqual([
      '7',
      '999',
      '1k',
      '1.2k',
      '9.9k',
      '10k',
      '12k',
      '250k',
    ]);
  });
});
