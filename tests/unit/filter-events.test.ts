import { describe, expect, it } from 'vitest';
import { effectiveRange, filteredEvents, matchesSearch, visibleEvents } from '../../src/data/filter-events';
import { parseDataset } from '../../src/data/parse-dataset';
import { EMPTY_FILTERS } from '../../src/data/view-types';
import { parseCivilDate } from '../../src/shared/civil-date';
import { eventFeature, rawFiles } from '../support/fixture';

const dataset = parseDataset(rawFiles());
const day = (d: string) => parseCivilDate(d) as number;
const ids = (
  range: [number, number] | null,
  extra: Partial<{ search: string; filters: typeof EMPTY_FILTERS }> = {},
) => visibleEvents(dataset, { range, filters: EMPTY_FILTERS, search: '', ...extra }).map((e) => e.id);

describe('visibleEvents', () => {
  it('shows every event when no window is set, sorted by date', () => {
    expect(ids(null)).toEqual([
      'e2-asad',
      'e1-tanf',
      'e3-shaddadi',
      'e4-tanf',
      'e5-qasrak',
      'e6-asad-strike',
    ]);
  });

  it('includes events on both ends of the window', () => {
    expect(ids([day('2023-10-19'), day('2023-11-01')])).toEqual(['e1-tanf', 'e3-shaddadi', 'e4-tanf']);
  });

  it('excludes events one day outside the window', () => {
    expect(ids([day('2023-10-20'), day('2023-10-31')])).toEqual(['e3-shaddadi']);
  });

  it('keeps unlocated events in the list', () => {
    expect(ids([day('2023-11-10'), day('2023-11-10')])).toEqual(['e5-qasrak']);
  });

  it('counts a date-window event when the windows overlap', () => {
    const windowed = eventFeature('w1', '2023-10-20', 'al-tanf', {
      datePrecision: 'window',
      dateEnd: '2023-10-22',
    });
    const later = eventFeature('later', '2023-11-01', 'al-tanf');
    const data = parseDataset(
      rawFiles({ events: { type: 'FeatureCollection', features: [windowed, later] } }),
    );
    const hit = (a: string, b: string) =>
      visibleEvents(data, { range: [day(a), day(b)], filters: EMPTY_FILTERS, search: '' }).length;
    expect(hit('2023-10-22', '2023-10-25')).toBe(1);
    expect(hit('2023-10-23', '2023-10-25')).toBe(0);
    expect(hit('2023-10-10', '2023-10-20')).toBe(1);
  });

  it('applies filters and search together with the window', () => {
    const filters = { ...EMPTY_FILTERS, statuses: ['claimed_only' as const] };
    expect(ids(null, { filters })).toEqual(['e3-shaddadi']);
    expect(ids(null, { search: 'AYN AL ASAD' })).toEqual(['e2-asad', 'e6-asad-strike']);
    expect(ids([day('2023-11-01'), day('2023-12-01')], { search: 'tanf' })).toEqual(['e4-tanf']);
  });
});

describe('effectiveRange', () => {
  it('clamps a stored window to the data and falls back to the extent', () => {
    expect(effectiveRange(null, [10, 20])).toEqual([10, 20]);
    expect(effectiveRange([5, 15], [10, 20])).toEqual([10, 15]);
    expect(effectiveRange([Number.NEGATIVE_INFINITY, 12], [10, 20])).toEqual([10, 12]);
  });
});

describe('filteredEvents (the histogram: filters and search, every day)', () => {
  it('ignores the time window but applies both the filters and the search', () => {
    const filters = { ...EMPTY_FILTERS, statuses: ['confirmed_by_us_officials' as const] };
    const shown = (search: string) => filteredEvents(dataset, { filters, search }).map((e) => e.id);
    // e3 (claimed only) and e4 (reported by media) fail the filter; the search narrows further.
    expect(shown('')).toEqual(['e2-asad', 'e1-tanf', 'e5-qasrak', 'e6-asad-strike']);
    expect(shown('asad')).toEqual(['e2-asad', 'e6-asad-strike']);
    expect(filteredEvents(dataset, { filters: EMPTY_FILTERS, search: 'tanf' }).map((e) => e.id)).toEqual([
      'e1-tanf',
      'e4-tanf',
    ]);
  });
});

describe('search over an event', () => {
  const e1 = dataset.eventById.get('e1-tanf');
  if (!e1) throw new Error('fixture lacks e1-tanf');

  it("finds an event by its place's name, Arabic name and other names", () => {
    const site = { ...e1.site, name: 'Garrison One', nameAr: 'قاعدة التنف', altNames: ['Camp Two'] };
    const event = { ...e1, site } as typeof e1;
    expect(matchesSearch(event, 'garrison one')).toBe(true);
    expect(matchesSearch(event, 'التنف')).toBe(true);
    expect(matchesSearch(event, 'camp two')).toBe(true);
  });

  it('does not join two fields into a word neither holds', () => {
    const event = { ...e1, summary: 'Rockets hit the base', claimedBy: null, weapons: 'ball bearings' };
    expect(matchesSearch(event, 'base')).toBe(true);
    // "base" ends the summary and the place name follows: "baseal" is in neither.
    expect(matchesSearch(event, 'baseal')).toBe(false);
  });

  it('still searches an event whose place is missing, by its own text', () => {
    const orphan = { ...e1, id: 'orphan-1', site: undefined, summary: 'A drone fell near a checkpoint' };
    expect(matchesSearch(orphan, 'checkpoint')).toBe(true);
    expect(matchesSearch(orphan, 'tanf')).toBe(false);
  });
});
