/**
 * A link can name things the data no longer has: an event id that was merged, a claimant
 * spelled differently, a site that was removed, a window outside the data's dates. Checked
 * once, when the data loads: what the dataset lacks is dropped, the rest of the view opens,
 * and a notice says what could not be restored. Pure; returns the same objects when nothing
 * changed, so applying the result moves nothing.
 */
import { FILTER_KEYS, FILTER_SPECS } from '../data/filter-spec';
import type { Dataset } from '../data/model';
import type { Filters, Selection } from '../data/view-types';
import { FILTER_WORDS } from '../domain/filter-words';
import { type AppStore, viewOf } from './app-store';
import type { ViewState } from './view-state';

export interface Reconciled {
  view: ViewState;
  notices: string[];
}

/** The same words the detail panel uses for a selection it cannot show. */
export function missingSelectionText(selection: Selection): string {
  const what = selection.kind === 'event' ? 'an event' : 'a place';
  return `The link names ${what} that this dataset does not have (“${selection.id}”).`;
}

/** Drops the values a filter cannot have in this dataset, naming each in `missing`. */
function reconcileFilters(filters: Filters, dataset: Dataset, missing: string[]): Filters {
  let next = filters;
  for (const key of FILTER_KEYS) {
    const values: readonly string[] = filters[key];
    if (values.length === 0) continue;
    const known = FILTER_SPECS[key].knownValues(dataset);
    const kept = values.filter((v) => known.has(v));
    if (kept.length === values.length) continue;
    for (const v of values) if (!known.has(v)) missing.push(`${FILTER_WORDS[key].noun} “${v}”`);
    next = { ...next, [key]: kept };
  }
  return next;
}

function knows(dataset: Dataset, selection: Selection): boolean {
  return selection.kind === 'event'
    ? dataset.eventById.has(selection.id)
    : dataset.siteById.has(selection.id);
}

export function reconcileWithDataset(view: ViewState, dataset: Dataset): Reconciled {
  const notices: string[] = [];
  let next = view;
  if (view.selection && !knows(dataset, view.selection)) {
    notices.push(`${missingSelectionText(view.selection)} The rest of the view is shown.`);
    next = { ...next, selection: null };
  }
  const missing: string[] = [];
  const filters = reconcileFilters(view.filters, dataset, missing);
  if (filters !== view.filters) {
    notices.push(`Not in this dataset, so not used as filters: ${missing.join(', ')}.`);
    next = { ...next, filters };
  }
  const [first, last] = dataset.extent;
  if (view.range && (view.range[1] < first || view.range[0] > last)) {
    notices.push("The link's time window lies outside this dataset's dates; the whole period is shown.");
    next = { ...next, range: null };
  }
  return { view: next, notices };
}

/** Applies the check to the store once the data is in; the URL sync rewrites the link in place. */
export function reconcileStore(store: AppStore, dataset: Dataset): void {
  const state = store.getState();
  const before = viewOf(state);
  const { view, notices } = reconcileWithDataset(before, dataset);
  if (view !== before) state.applyView(view, 'url');
  if (notices.length > 0) state.addNotices(notices);
}
