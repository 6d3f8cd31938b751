/**
 * "Unclaimed / unknown" is a claimant a reader can choose (UX review D10): events nobody
 * claimed are found by it, counted under it, named by it in a link, and offered in the panel.
 */
import { describe, expect, it } from 'vitest';
import { facetCounts } from '../../src/data/facets';
import { visibleEvents } from '../../src/data/filter-events';
import { parseDataset } from '../../src/data/parse-dataset';
import { UNCLAIMED } from '../../src/data/schema';
import { EMPTY_FILTERS } from '../../src/data/view-types';
import { facetGroups } from '../../src/filters/facet-options';
import { decodeUrl, encodeUrl } from '../../src/store/url-codec';
import { reconcileWithDataset } from '../../src/store/url-reconcile';
import { DEFAULT_VIEW } from '../../src/store/view-state';
import { rawFiles } from '../support/fixture';

const dataset = parseDataset(rawFiles());
const unclaimedIds = dataset.events.filter((e) => e.claimedBy === null).map((e) => e.id);
const filters = { ...EMPTY_FILTERS, claimants: [UNCLAIMED] };

describe('the Unclaimed / unknown claimant', () => {
  it('shows exactly the events with no claimant, alone or beside a named one', () => {
    expect(unclaimedIds.length).toBeGreaterThan(0);
    const shown = visibleEvents(dataset, { range: null, filters, search: '' }).map((e) => e.id);
    expect(shown).toEqual(unclaimedIds);
    const both = { ...EMPTY_FILTERS, claimants: [UNCLAIMED, 'Harakat al-Nujaba'] };
    expect(visibleEvents(dataset, { range: null, filters: both, search: '' })).toHaveLength(
      unclaimedIds.length + 1,
    );
  });

  it('is offered in the panel under its reader-facing name, with its count', () => {
    const counts = facetCounts(dataset.events, EMPTY_FILTERS, '', dataset.extent);
    const claimants = facetGroups(dataset, counts, EMPTY_FILTERS).find((g) => g.key === 'claimants');
    expect(claimants?.options).toContainEqual({
      value: UNCLAIMED,
      label: 'Unclaimed / unknown',
      count: unclaimedIds.length,
    });
  });

  it('travels in a link and is known to the data', () => {
    const link = encodeUrl({ ...DEFAULT_VIEW, filters });
    expect(link).toContain(`claimant=${UNCLAIMED}`);
    const { view } = decodeUrl(link);
    expect(view.filters?.claimants).toEqual([UNCLAIMED]);
    const reconciled = reconcileWithDataset({ ...DEFAULT_VIEW, ...view }, dataset);
    expect(reconciled.view.filters.claimants).toEqual([UNCLAIMED]);
    expect(reconciled.notices).toEqual([]);
  });
});
