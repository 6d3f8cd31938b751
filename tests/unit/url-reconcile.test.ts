import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/data/parse-dataset';
import { EMPTY_FILTERS } from '../../src/data/view-types';
import { parseCivilDate } from '../../src/shared/civil-date';
import { reconcileWithDataset } from '../../src/store/url-reconcile';
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
