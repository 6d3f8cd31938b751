import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/data/parse-dataset';
import { EMPTY_FILTERS } from '../../src/data/view-types';
import { parseCivilDate } from '../../src/shared/civil-date';
import { createAppStore } from '../../src/store/app-store';
import { reconcileStore, reconcileWithDataset } from '../../src/store/url-reconcile';
import { DEFAULT_VIEW, type ViewState } from '../../src/store/view-state';
import { rawFiles } from '../support/fixture';

const dataset = parseDataset(rawFiles());
const day = (d: string) => parseCivilDate(d) as number;
const view = (v: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW, ...v });

describe('reconcileWithDataset', () => {
  it('returns the very same view when the dataset has everything it names', () => {
    const v = view({
      selection: { kind: 'site', id: 'al-tanf' },
      filters: {
        ...EMPTY_FILTERS,
        claimants: ['Islamic Resistance in Iraq'],
        countries: ['IQ'],
        sites: ['qasrak'],
      },
      range: [day('2023-10-01'), day('2023-10-20')],
    });
    expect(reconcileWithDataset(v, dataset)).toEqual({ view: v, notices: [] });
    expect(reconcileWithDataset(v, dataset).view).toBe(v);
  });

  it('drops an unknown event and keeps the rest, saying what could not be restored', () => {
    const v = view({ selection: { kind: 'event', id: 'gone-event' }, search: 'tanf' });
    const { view: next, notices } = reconcileWithDataset(v, dataset);
    expect(next).toEqual({ ...v, selection: null });
    expect(notices).toEqual([
      'The link names an event that this dataset does not have (“gone-event”). The rest of the view is shown.',
    ]);
  });

  it('drops an unknown place', () => {
    const { view: next, notices } = reconcileWithDataset(
      view({ selection: { kind: 'site', id: 'atlantis' } }),
      dataset,
    );
    expect(next.selection).toBeNull();
    expect(notices[0]).toMatch(/a place .*“atlantis”/);
  });

  it('drops filter values the data does not have, keeping the known ones and the fixed enums', () => {
    const filters = {
      ...EMPTY_FILTERS,
      types: ['missile' as const],
      claimants: ['Islamic Resistance in Iraq', 'Nobody'],
      countries: ['FR'],
      sites: ['al-asad', 'moon-base'],
    };
    const { view: next, notices } = reconcileWithDataset(view({ filters }), dataset);
    expect(next.filters).toEqual({
      ...filters,
      claimants: ['Islamic Resistance in Iraq'],
      countries: [],
      sites: ['al-asad'],
    });
    expect(notices).toEqual([
      'Not in this dataset, so not used as filters: claimant “Nobody”, country “FR”, site “moon-base”.',
    ]);
  });

  it('shows the whole period when the window lies wholly outside the data', () => {
    const outside = view({ range: [day('2030-01-01'), Number.POSITIVE_INFINITY] });
    const { view: next, notices } = reconcileWithDataset(outside, dataset);
    expect(next.range).toBeNull();
    expect(notices[0]).toMatch(/outside this dataset's dates/);
    const overlapping = view({ range: [day('2023-01-01'), day('2023-10-18')] });
    expect(reconcileWithDataset(overlapping, dataset).view).toBe(overlapping);
  });
});

describe('a link checked against the data in the store', () => {
  it('a window that starts on the last day of the data, or ends on the first, still opens', () => {
    const [first, last] = dataset.extent;
    const fromLast = view({ range: [last, Number.POSITIVE_INFINITY] });
    expect(reconcileWithDataset(fromLast, dataset).view).toBe(fromLast);
    const toFirst = view({ range: [Number.NEGATIVE_INFINITY, first] });
    expect(reconcileWithDataset(toFirst, dataset).view).toBe(toFirst);
    const before = view({ range: [Number.NEGATIVE_INFINITY, first - 1] });
    expect(reconcileWithDataset(before, dataset).view.range).toBeNull();
  });

  it('drops what the data lacks from the store and says so once; the rest of the view stays', () => {
    const store = createAppStore({
      selection: { kind: 'event', id: 'gone-event' },
      search: 'tanf',
      range: [day('2023-10-19'), day('2023-11-01')],
    });
    reconcileStore(store, dataset);
    const s = store.getState();
    expect(s.selection).toBeNull();
    // A repair, not the reader's step: the URL sync rewrites the entry instead of adding one.
    expect(s.origin).toBe('url');
    expect(s.search).toBe('tanf');
    expect(s.range).toEqual([day('2023-10-19'), day('2023-11-01')]);
    expect(s.notices).toHaveLength(1);
    expect(s.notices[0]).toMatch(/an event .*“gone-event”/);
  });

  it('leaves a store whose link the data fully knows exactly as it was', () => {
    const store = createAppStore({ selection: { kind: 'event', id: 'e1-tanf' } });
    store.getState().select({ kind: 'event', id: 'e1-tanf' }, 'list');
    const before = store.getState();
    reconcileStore(store, dataset);
    expect(store.getState()).toBe(before);
    expect(store.getState().origin).toBe('list');
  });
});
