/** Search, the filters (a disclosure, so the list keeps its room) and one control that resets them. */
import { memo, useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useAppContext, useAppState } from '../store/app-context';
import { activeFilterCount, facetCounts } from '../data/facets';
import { effectiveRange } from '../data/filter-events';
import type { Dataset } from '../data/model';
import type { FilterKey } from '../data/filter-spec';
import type { Filters } from '../data/view-types';
import { FacetGroup } from './facet-group';
import { facetGroups } from './facet-options';
import { SearchBox } from './search-box';
import './filters.css';

/** Memoised: a selection or a hover elsewhere on the page leaves the filters as they are. */
export const FilterPanel = memo(function FilterPanel({ dataset }: { dataset: Dataset }) {
  const { store } = useAppContext();
  const { range, filters, search } = useAppState(
    useShallow((s) => ({ range: s.range, filters: s.filters, search: s.search })),
  );
  // The counts are a pass over every event: made only while the reader can see them, so a
  // closed disclosure costs a window move, a keystroke or a toggle nothing (issue 13).
  const [open, setOpen] = useState(false);
  const groups = useMemo(() => {
    if (!open) return [];
    const window = effectiveRange(range, dataset.extent);
    return facetGroups(dataset, facetCounts(dataset.events, filters, search, window), filters);
  }, [open, dataset, range, filters, search]);
  const active = activeFilterCount(filters);
  const setFilter = (key: FilterKey, values: string[]) =>
    store.getState().setFilter(key, values as Filters[typeof key]);
  return (
    <section className="filter-panel" aria-label="Search and filters">
      <SearchBox value={search} onChange={(text) => store.getState().setSearch(text)} />
      <details className="filter-disclosure" onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>Filters{active > 0 ? ` (${active} active)` : ''}</summary>
        <p className="filter-hint">Each number is how many events that choice would show.</p>
        <div className="facet-groups">
          {groups.map((g) => (
            <FacetGroup key={g.key} group={g} chosen={filters[g.key]} onChange={(v) => setFilter(g.key, v)} />
          ))}
        </div>
      </details>
      <button
        type="button"
        className="reset-filters"
        aria-label="Reset all filters and the search"
        disabled={active === 0 && search === ''}
        onClick={() => store.getState().resetFilters()}
      >
        Reset all
      </button>
    </section>
  );
});
