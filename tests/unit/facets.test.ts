import { describe, expect, it } from 'vitest';
import { activeFilterCount, facetCounts } from '../../src/data/facets';
import { matchesFilters, visibleEvents } from '../../src/data/filter-events';
import { parseDataset } from '../../src/data/parse-dataset';
import { EMPTY_FILTERS, type Filters } from '../../src/data/view-types';
import { facetGroups } from '../../src/filters/facet-options';
import { parseCivilDate } from '../../src/shared/civil-date';
import { rawFiles } from '../support/fixture';

const dataset = parseDataset(rawFiles());
const all = dataset.extent;
const counts = (filters: Partial<Filters>, search = '', window = all) =>
  facetCounts(dataset.events, { ...EMPTY_FILTERS, ...filters }, search, window);

describe('facet counting', () => {
  it('with no filters, each option counts the events that have it', () => {
    const c = counts({});
    expect(Object.fromEntries(c.types)).toEqual({ drone_attack: 4, mixed: 1, us_airstrike: 1 });
    expect(Object.fromEntries(c.countries)).toEqual({ SY: 4, IQ: 2 });
    expect(Object.fromEntries(c.claimants)).toEqual({
      unclaimed: 3,
      'Islamic Resistance in Iraq': 2,
      'Harakat al-Nujaba': 1,
    });
    expect(c.sites.get('al-tanf')).toBe(2);
  });

  it("a facet's own choice does not narrow its counts; the other filters do", () => {
    const c = counts({ countries: ['IQ'] });
    // Countries still show both options: picking SY instead would give 4.
    expect(Object.fromEntries(c.countries)).toEqual({ SY: 4, IQ: 2 });
    // Other facets count only Iraqi events.
    expect(Object.fromEntries(c.types)).toEqual({ mixed: 1, us_airstrike: 1 });
    expect(Object.fromEntries(c.directions)).toEqual({ attack_on_us: 1, us_strike: 1 });
  });

  it('each count is what the view would show with that option chosen instead', () => {
    const filters: Filters = {
      ...EMPTY_FILTERS,
      types: ['drone_attack'],
      statuses: ['confirmed_by_us_officials'],
    };
    const c = facetCounts(dataset.events, filters, 'tanf', all);
    const shown = (f: Filters) => visibleEvents(dataset, { range: null, filters: f, search: 'tanf' }).length;
    expect(c.types).toEqual(new Map([['drone_attack', 1]]));
    expect(c.types.get('drone_attack')).toBe(shown(filters));
    expect(c.statuses).toEqual(
      new Map([
        ['confirmed_by_us_officials', 1],
        ['reported_by_media', 1],
      ]),
    );
    expect(c.statuses.get('reported_by_media')).toBe(shown({ ...filters, statuses: ['reported_by_media'] }));
  });

  it('an event failing two filters counts in neither facet; one without a claimant in no claimant', () => {
    const filters: Filters = { ...EMPTY_FILTERS, countries: ['IQ'], statuses: ['claimed_only'] };
    const c = facetCounts(dataset.events, filters, '', all);
    // e3 (SY, claimed only) fails only the country; e2 and e6 (IQ, confirmed) only the status;
    // e1, e4 and e5 (SY, not claimed only) fail both and count nowhere.
    expect(c.countries).toEqual(new Map([['SY', 1]]));
    expect(c.statuses).toEqual(new Map([['confirmed_by_us_officials', 2]]));
    expect(c.claimants).toEqual(new Map());
    expect(matchesFilters(dataset.eventById.get('e3-shaddadi') as never, filters, 'countries')).toBe(true);
  });

  it('respects the search and the time window', () => {
    expect(counts({}, 'tanf').sites).toEqual(new Map([['al-tanf', 2]]));
    const end = parseCivilDate('2023-10-19') as number;
    expect(Object.fromEntries(counts({}, '', [all[0], end]).countries)).toEqual({ SY: 1, IQ: 1 });
  });

  it('the count of a chosen option equals what the view then shows', () => {
    const c = counts({ directions: ['attack_on_us'] });
    const shown = visibleEvents(dataset, {
      range: null,
      search: '',
      filters: { ...EMPTY_FILTERS, directions: ['attack_on_us'], statuses: ['claimed_only'] },
    });
    expect(c.statuses.get('claimed_only')).toBe(shown.length);
  });

  it('counts active filters', () => {
    expect(activeFilterCount(EMPTY_FILTERS)).toBe(0);
    expect(activeFilterCount({ ...EMPTY_FILTERS, types: ['missile'], sites: ['al-tanf'] })).toBe(2);
  });
});

describe('facet options', () => {
  it('lists values present in the data with labels, and keeps a chosen value the data lacks', () => {
    const filters = { ...EMPTY_FILTERS, claimants: ['Nobody'] };
    const groups = facetGroups(dataset, counts(filters), filters);
    const types = groups.find((g) => g.key === 'types');
    expect(types?.options.map((o) => o.label)).toEqual(['Drone attack', 'Rockets and drones', 'US strike']);
    const claimants = groups.find((g) => g.key === 'claimants');
    expect(claimants?.options).toEqual([
      { value: 'unclaimed', label: 'Unclaimed / unknown', count: 3 },
      { value: 'Islamic Resistance in Iraq', label: 'Islamic Resistance in Iraq', count: 2 },
      { value: 'Harakat al-Nujaba', label: 'Harakat al-Nujaba', count: 1 },
      { value: 'Nobody', label: 'Nobody', count: 0 },
    ]);
    const sites = groups.find((g) => g.key === 'sites');
    expect(sites?.options.map((o) => o.label)).toContain('Ain al-Asad Air Base');
  });
});
