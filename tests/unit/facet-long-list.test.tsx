/**
 * A filter with thousands of options (imported data, one place per site) lists its most
 * frequent ones and the rest on request: rendering every checkbox on every window move made
 * each interaction wait on thousands of rows (issue 13).
 */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { facetCounts } from '../../src/data/facets';
import { parseDataset } from '../../src/data/parse-dataset';
import { EMPTY_FILTERS, type Filters } from '../../src/data/view-types';
import { FacetGroup } from '../../src/filters/facet-group';
import { FEATURED, facetGroups, LONG_LIST } from '../../src/filters/facet-options';
import { syntheticFiles } from '../../scripts/bench/synthetic-files.mjs';
import { rawFiles } from '../support/fixture';

// 900 events over 90 sites: the place filter is a long list.
const files = syntheticFiles(900);
const big = parseDataset({
  sites: JSON.parse(files['data/sites.geojson']),
  events: JSON.parse(files['data/events.geojson']),
  counts: JSON.parse(files['data/official-counts.json']),
});

const placeGroup = (dataset: typeof big, filters: Filters = EMPTY_FILTERS) => {
  const counts = facetCounts(dataset.events, filters, '', dataset.extent);
  const group = facetGroups(dataset, counts, filters).find((g) => g.key === 'sites');
  if (!group) throw new Error('no place filter');
  return group;
};

function Harness({ initial = [] as string[] }) {
  const [chosen, setChosen] = useState<string[]>(initial);
  const filters = { ...EMPTY_FILTERS, sites: chosen };
  return <FacetGroup group={placeGroup(big, filters)} chosen={chosen} onChange={setChosen} />;
}

const boxes = () => within(screen.getByRole('group', { name: /Place/ })).getAllByRole('checkbox');

describe('a long filter list', () => {
  it('features the places with the most events, and only for a list longer than the limit', () => {
    const group = placeGroup(big);
    expect(group.options.length).toBeGreaterThan(LONG_LIST);
    expect(group.featured?.size).toBe(FEATURED);
    const least = Math.min(...group.options.filter((o) => group.featured?.has(o.value)).map((o) => o.count));
    const most = Math.max(...group.options.filter((o) => !group.featured?.has(o.value)).map((o) => o.count));
    expect(least).toBeGreaterThanOrEqual(most);
    // The shipped data's few places are all listed, as before.
    expect(placeGroup(parseDataset(rawFiles())).featured).toBeNull();
  });

  it('lists the featured places, then all of them on request, and back', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    expect(boxes()).toHaveLength(FEATURED);
    const more = screen.getByRole('button', { name: `Show all ${placeGroup(big).options.length} options` });
    expect(more).toHaveAttribute('aria-expanded', 'false');
    await user.click(more);
    expect(boxes()).toHaveLength(placeGroup(big).options.length);
    await user.click(screen.getByRole('button', { name: `Show the ${FEATURED} with the most events` }));
    expect(boxes()).toHaveLength(FEATURED);
  });

  it('keeps a chosen place listed though it is not featured, so it can be unticked', async () => {
    const user = userEvent.setup();
    const group = placeGroup(big);
    const rare = group.options.find((o) => !group.featured?.has(o.value));
    if (!rare) throw new Error('every place is featured');
    render(<Harness initial={[rare.value]} />);
    expect(boxes()).toHaveLength(FEATURED + 1);
    const box = boxes().find((b) => (b as HTMLInputElement).value === rare.value);
    if (!box) throw new Error('the chosen place is not listed');
    expect(box).toBeChecked();
    await user.click(box);
    // Unticked, it is an ordinary rare place again, listed only on request.
    expect(boxes()).toHaveLength(FEATURED);
  });
});
