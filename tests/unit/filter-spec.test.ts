/**
 * Every filter of the one table (src/data/filter-spec.ts) works end to end: it narrows the
 * view, its facet counts say what choosing an option would show, a link carries it, a link
 * naming a value the data lacks is told so, and the panel offers it. These tests iterate the
 * table, so a new filter is tested the moment it is added (it needs fixture events that have
 * its values).
 */
import { describe, expect, it } from 'vitest';
import { facetCounts } from '../../src/data/facets';
import { FILTER_KEYS, FILTER_SPECS, type FilterKey } from '../../src/data/filter-spec';
import { visibleEvents } from '../../src/data/filter-events';
import { parseDataset } from '../../src/data/parse-dataset';
import { EMPTY_FILTERS, type Filters } from '../../src/data/view-types';
import { FILTER_PANEL_ORDER, FILTER_WORDS } from '../../src/domain/filter-words';
import { facetGroups } from '../../src/filters/facet-options';
import { decodeUrl, encodeUrl } from '../../src/store/url-codec';
import { reconcileWithDataset } from '../../src/store/url-reconcile';
import { DEFAULT_VIEW } from '../../src/store/view-state';
import { rawFiles } from '../support/fixture';

const dataset = parseDataset(rawFiles());
const choose = (key: FilterKey, values: string[]): Filters => ({ ...EMPTY_FILTERS, [key]: values });
const shown = (filters: Filters, search = '') =>
  visibleEvents(dataset, { range: null, filters, search }).map((e) => e.id);

/** The values the fixture's events have for a filter, most common first. */
function valuesOf(key: FilterKey): string[] {
  const n = new Map<string, number>();
  for (const e of dataset.events) {
    const v = FILTER_SPECS[key].eventValue(e);
    if (v !== null) n.set(v, (n.get(v) ?? 0) + 1);
  }
  return [...n.keys()].sort((a, b) => (n.get(b) ?? 0) - (n.get(a) ?? 0));
}

describe.each(FILTER_KEYS)('the %s filter', (key) => {
  const values = valuesOf(key);
  const [common = '', rare = ''] = values;

  it('has at least two values in the fixture, so it can be tested', () => {
    expect(values.length, `add fixture events with two values for ${key}`).toBeGreaterThanOrEqual(2);
  });

  it('shows only events with a chosen value; nothing chosen shows all', () => {
    const ids = shown(choose(key, [rare]));
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.length).toBeLessThan(dataset.events.length);
    for (const id of ids) {
      expect(FILTER_SPECS[key].eventValue(dataset.eventById.get(id) as never)).toBe(rare);
    }
    expect(shown(choose(key, [common, rare])).length).toBeGreaterThan(ids.length);
    expect(shown(EMPTY_FILTERS)).toHaveLength(dataset.events.length);
  });

  it('counts, for each option, the events that choosing it would show', () => {
    // Another filter narrows the view, so "every other filter applies" is tested too.
    const other = FILTER_KEYS.find((k) => k !== key) as FilterKey;
    const filters = { ...choose(key, [rare]), [other]: [valuesOf(other)[0]] } as Filters;
    const counts = facetCounts(dataset.events, filters, '', dataset.extent);
    for (const value of values) {
      expect(counts[key].get(value) ?? 0).toBe(shown({ ...filters, [key]: [value] }).length);
    }
  });

  it('travels in a link under its own parameter and comes back the same', () => {
    const view = { ...DEFAULT_VIEW, filters: choose(key, [rare, common]) };
    const link = encodeUrl(view);
    expect(link).toContain(`&${FILTER_SPECS[key].param}=`);
    const decoded = decodeUrl(link);
    expect(decoded.notices).toEqual([]);
    expect(decoded.view.filters?.[key]).toEqual([common, rare].sort());
  });

  it('keeps a value the data has and names one it lacks', () => {
    const view = { ...DEFAULT_VIEW, filters: choose(key, [common]) };
    expect(reconcileWithDataset(view, dataset).view).toBe(view);
    if (FILTER_SPECS[key].values) return; // a fixed vocabulary: every value is valid anywhere
    const absent = FILTER_SPECS[key].canonical('zz-not-in-the-data');
    const { view: next, notices } = reconcileWithDataset(
      { ...DEFAULT_VIEW, filters: choose(key, [common, absent]) },
      dataset,
    );
    expect(next.filters[key]).toEqual([common]);
    expect(notices).toEqual([
      `Not in this dataset, so not used as filters: ${FILTER_WORDS[key].noun} “${absent}”.`,
    ]);
  });

  it('is offered in the filter panel with a legend and labelled options', () => {
    const counts = facetCounts(dataset.events, EMPTY_FILTERS, '', dataset.extent);
    const group = facetGroups(dataset, counts, EMPTY_FILTERS).find((g) => g.key === key);
    expect(group?.legend).toBe(FILTER_WORDS[key].legend);
    expect(group?.options.map((o) => o.value).sort()).toEqual([...values].sort());
    for (const o of group?.options ?? []) expect(o.label).not.toBe('');
  });
});

describe('the filter table', () => {
  it('the panel shows every filter once', () => {
    expect([...FILTER_PANEL_ORDER].sort()).toEqual([...FILTER_KEYS].sort());
  });

  it('each filter has its own URL parameter', () => {
    const params = FILTER_KEYS.map((k) => FILTER_SPECS[k].param);
    expect(new Set(params).size).toBe(params.length);
  });
});
