/**
 * A place's profile as its panel shows it (events per week across the window, counts by type
 * and status, the latest attack), and the places that share one map point, led by the one
 * with most events.
 */
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/data/parse-dataset';
import { colocatedGroups, siteProfile } from '../../src/data/site-profile';
import { parseCivilDate } from '../../src/shared/civil-date';
import { EVENTS, eventFeature, rawFiles, SITES, siteFeature } from '../support/fixture';

const day = (d: string) => parseCivilDate(d) as number;

describe("a place's profile", () => {
  const dataset = parseDataset(
    rawFiles({
      events: {
        type: 'FeatureCollection',
        version: 'test',
        features: [
          ...EVENTS,
          eventFeature('e7-tanf', '2023-10-20', 'al-tanf', { type: 'rocket_attack', status: 'claimed_only' }),
          eventFeature('e8-tanf', '2023-11-02', 'al-tanf', { type: 'us_airstrike', direction: 'us_strike' }),
        ],
      },
    }),
  );
  const window: [number, number] = [day('2023-10-17'), day('2023-11-06')];
  // Computed inside each test, not at collection, so the mutation run ties each result to its test.
  const tanf = () => siteProfile(['al-tanf'], dataset.events, window);

  it("holds the place's events only", () => {
    expect(tanf().events.map((e) => e.id)).toEqual(['e1-tanf', 'e7-tanf', 'e4-tanf', 'e8-tanf']);
  });

  it('counts events per week from the first day of the window, every week of it', () => {
    // 21 days: weeks from 17 Oct, 24 Oct and 31 Oct.
    expect(tanf().weeks).toEqual([
      { start: day('2023-10-17'), count: 2 },
      { start: day('2023-10-24'), count: 0 },
      { start: day('2023-10-31'), count: 2 },
    ]);
    const oneDay = siteProfile(['al-tanf'], dataset.events, [day('2023-10-19'), day('2023-10-19')]);
    expect(oneDay.weeks).toEqual([{ start: day('2023-10-19'), count: 4 }]);
  });

  it('a window of 8 days has two weeks, the second holding its last day', () => {
    const eight = siteProfile(['al-tanf'], dataset.events, [day('2023-10-13'), day('2023-10-20')]);
    expect(eight.weeks).toEqual([
      { start: day('2023-10-13'), count: 1 },
      { start: day('2023-10-20'), count: 3 },
    ]);
  });

  it('lists types and statuses, the commonest first', () => {
    expect(tanf().byType).toEqual([
      ['drone_attack', 2],
      ['rocket_attack', 1],
      ['us_airstrike', 1],
    ]);
    expect(tanf().byStatus[0]).toEqual(['confirmed_by_us_officials', 2]);
    expect(tanf().byStatus).toHaveLength(3);
  });

  it('puts the commonest type and status first even when it first appears later', () => {
    const later = parseDataset(
      rawFiles({
        events: {
          type: 'FeatureCollection',
          version: 'test',
          features: [
            eventFeature('r1', '2023-10-20', 'al-tanf', { type: 'rocket_attack', status: 'claimed_only' }),
            eventFeature('d1', '2023-10-21', 'al-tanf', { status: 'reported_by_media' }),
            eventFeature('d2', '2023-10-22', 'al-tanf', { status: 'reported_by_media' }),
          ],
        },
      }),
    );
    const profile = siteProfile(['al-tanf'], later.events, window);
    expect(profile.byType).toEqual([
      ['drone_attack', 2],
      ['rocket_attack', 1],
    ]);
    expect(profile.byStatus).toEqual([
      ['reported_by_media', 2],
      ['claimed_only', 1],
    ]);
  });

  it('names the latest attack on US forces, not a later US strike', () => {
    expect(tanf().lastAttack?.id).toBe('e4-tanf');
    const strikesOnly = siteProfile(
      ['al-tanf'],
      dataset.events.filter((e) => e.id === 'e8-tanf'),
      window,
    );
    expect(strikesOnly.lastAttack).toBeNull();
  });
});

describe('places that share a map point', () => {
  it('groups them, the place with most events first, and leaves alone and unlocated places out', () => {
    const point: [number, number] = [38.6178, 33.5058];
    const dataset = parseDataset(
      rawFiles({
        sites: {
          type: 'FeatureCollection',
          version: 'test',
          features: [
            ...SITES,
            siteFeature('tanf-annex', point, { name: 'Tanf annex' }),
            siteFeature('nowhere', null, { name: 'Somewhere unlocated' }),
          ],
        },
        events: {
          type: 'FeatureCollection',
          version: 'test',
          features: [...EVENTS, eventFeature('e9-annex', '2023-10-21', 'tanf-annex')],
        },
      }),
    );
    const groups = colocatedGroups(dataset);
    expect([...groups.keys()].sort()).toEqual(['al-tanf', 'tanf-annex']);
    expect(groups.get('tanf-annex')?.map((s) => s.id)).toEqual(['al-tanf', 'tanf-annex']);
    expect(groups.get('al-tanf')).toBe(groups.get('tanf-annex'));
  });

  it('leads with the busier place whichever comes first in the file', () => {
    const point: [number, number] = [40, 35];
    const dataset = parseDataset(
      rawFiles({
        sites: {
          type: 'FeatureCollection',
          version: 'test',
          features: [siteFeature('quiet', point), siteFeature('busy', point)],
        },
        events: {
          type: 'FeatureCollection',
          version: 'test',
          features: [
            eventFeature('b1', '2023-10-21', 'busy'),
            eventFeature('b2', '2023-10-22', 'busy'),
            eventFeature('q1', '2023-10-23', 'quiet'),
          ],
        },
      }),
    );
    expect(
      colocatedGroups(dataset)
        .get('quiet')
        ?.map((s) => s.id),
    ).toEqual(['busy', 'quiet']);
  });
});
