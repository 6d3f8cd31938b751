/** Place names on the map: short, and only for the places that have events in view. */
import { describe, expect, it } from 'vitest';
import { problemText } from '../../src/map/map-problem';
import { casualtyLine, clickHint, markTitle } from '../../src/map/mark-words';
import type { MarkSummary } from '../../src/map/mark-summary';
import { pointLabel, shortPlaceName } from '../../src/map/place-label';

describe('shortPlaceName', () => {
  it.each([
    ["Erbil International Airport (coalition base / 'Erbil Air Base')", 'Erbil International Airport'],
    [
      'Victory (Victoria) base / Baghdad Diplomatic Support Center, Baghdad International Airport',
      'Victory base',
    ],
    ['Al-Omar oil field / Mission Support Site Green Village', 'Al-Omar oil field'],
    ['PMF logistics HQ, Palestine Street, east Baghdad', 'PMF logistics HQ'],
    ['Harir Air Base (al-Harir airfield)', 'Harir Air Base'],
    ['Kirkuk (vicinity)', 'Kirkuk (vicinity)'],
    ['Al-Malikiyah area base (claimed)', 'Al-Malikiyah area base (claimed)'],
    ['Tower 22 (Jordan)', 'Tower 22'],
    ['Al-Tanf Garrison', 'Al-Tanf Garrison'],
    // Every word that says how sure a place is stays, in any case, with its spaces trimmed.
    ['Jurf al-Sakhar (approximate)', 'Jurf al-Sakhar (approximate)'],
    ['Tal Baydar ( Unconfirmed )', 'Tal Baydar (Unconfirmed)'],
    ['Rumalyn Landing Zone (DISPUTED)', 'Rumalyn Landing Zone (DISPUTED)'],
    // ...but only as the whole parenthetical: a longer note goes.
    ['Al-Asad (claimed by the group)', 'Al-Asad'],
    ['Ain al-Asad (unclaimed)', 'Ain al-Asad'],
    ['Camp (near the vicinity of) Taji', 'Camp Taji'],
    // A parenthetical inside another, and one never closed.
    ['Mosul Dam (north (Kurdish) side) West / annex', 'Mosul Dam West'],
    ['Qayyarah West (Q-West', 'Qayyarah West'],
    // Written tight against the word before it, a parenthetical still goes, the word stays.
    ['Tower 22(Jordan)', 'Tower 22'],
    ['Kirkuk(vicinity)', 'Kirkuk (vicinity)'],
    ['Qayyarah West(Q-West', 'Qayyarah West'],
    // A slash inside a word is part of the name; runs of spaces shrink to one.
    ['Site A/B', 'Site A/B'],
    ['Green   Village', 'Green Village'],
  ])('%s -> %s', (name, short) => {
    expect(shortPlaceName(name)).toBe(short);
  });

  it('never returns nothing, even for a name that is all parenthesis', () => {
    expect(shortPlaceName('(unnamed)')).toBe('(unnamed)');
    expect(shortPlaceName('  (vicinity)  ')).toBe('(vicinity)');
  });
});

describe('pointLabel', () => {
  it('names the places with events in view, the busiest first, and counts the rest', () => {
    expect(pointLabel(['Mission Support Site Euphrates (a.k.a. MSS Conoco)'])).toBe(
      'Mission Support Site Euphrates',
    );
    expect(pointLabel(['Conoco gas field / gas plant', 'Mission Support Site Euphrates'])).toBe(
      'Conoco gas field +1',
    );
    expect(pointLabel([])).toBe('');
  });
});

const summary = (over: Partial<MarkSummary>): MarkSummary => ({
  kind: 'point',
  n: 3,
  places: [{ siteId: 'a', name: 'Ain al-Asad Air Base', n: 3 }],
  dates: '18 Oct 2023',
  types: [],
  killedEvents: 0,
  woundedEvents: 0,
  ...over,
});

describe('mark words', () => {
  it('titles a mark by its count and places', () => {
    expect(markTitle(summary({}))).toBe('3 events at Ain al-Asad Air Base');
    expect(
      markTitle(
        summary({
          kind: 'area',
          n: 5,
          places: [
            { siteId: 'a', name: 'A', n: 3 },
            { siteId: 'b', name: 'B', n: 2 },
          ],
        }),
      ),
    ).toBe('5 events at 2 places');
    expect(markTitle(summary({ n: 1 }))).toBe('1 event at Ain al-Asad Air Base');
  });

  it('titles one point shared by several places after the busiest, shortened, and counts the others', () => {
    const shared = (names: string[]) =>
      summary({ kind: 'point', n: 9, places: names.map((name, i) => ({ siteId: `s${i}`, name, n: 9 - i })) });
    expect(markTitle(shared(['Conoco gas field / gas plant', 'Mission Support Site Euphrates']))).toBe(
      '9 events at Conoco gas field and 1 other place',
    );
    expect(markTitle(shared(['Green Village (MSS)', 'B', 'C']))).toBe(
      '9 events at Green Village and 2 other places',
    );
  });

  it('says what a click does', () => {
    expect(clickHint(summary({ kind: 'event' }), false)).toBe('Click to open');
    expect(clickHint(summary({ kind: 'event' }), true)).toBe('Click to open');
    expect(clickHint(summary({ kind: 'area' }), false)).toBe('Click to zoom in');
    expect(clickHint(summary({ kind: 'area' }), true)).toBe('Click to choose');
    expect(clickHint(summary({ kind: 'point' }), false)).toBe('Click to choose');
  });

  it('states casualties for an event and for a group', () => {
    expect(
      casualtyLine(
        summary({
          kind: 'event',
          event: {
            id: 'x',
            type: 'drone_attack',
            status: 'disputed',
            severity: 'killed',
            usKilled: 3,
            usWounded: 25,
          },
        }),
      ),
    ).toBe('US/coalition personnel: 3 killed, 25 wounded');
    expect(casualtyLine(summary({ killedEvents: 1, woundedEvents: 2 }))).toBe(
      'US/coalition personnel killed in 1 event; wounded in 2 events',
    );
    expect(casualtyLine(summary({}))).toBe('');
    expect(casualtyLine(summary({ killedEvents: 1 }))).toBe('US/coalition personnel killed in 1 event');
    expect(casualtyLine(summary({ woundedEvents: 1 }))).toBe('US/coalition personnel wounded in 1 event');
  });

  it('states only the casualties an event had, and nothing for an event without any', () => {
    const event = (usKilled: number, usWounded: number) =>
      summary({
        kind: 'event',
        n: 1,
        event: { id: 'x', type: 'drone_attack', status: 'claimed_only', severity: null, usKilled, usWounded },
      });
    expect(casualtyLine(event(0, 4))).toBe('US/coalition personnel: 4 wounded');
    expect(casualtyLine(event(1, 0))).toBe('US/coalition personnel: 1 killed');
    // An event with none says nothing, even if its group's counts were set.
    expect(casualtyLine({ ...event(0, 0), killedEvents: 1 })).toBe('');
  });
});

describe('problemText', () => {
  it('names the part of the background map that failed, and stays silent for anything else', () => {
    expect(problemText('basemap-rivers')).toBe(
      'Part of the background map (the rivers) could not be loaded. The events are still drawn in the right places.',
    );
    expect(problemText('basemap-places')).toContain('(the town names)');
    expect(problemText('marks')).toBeNull();
    expect(problemText(undefined)).toBeNull();
  });
});
