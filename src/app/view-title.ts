/**
 * The page's title names the view, so a tab, a bookmark and the browser's history say what
 * was open: the event or place, the time window, and the data when it is not the built-in.
 */
import type { DatasetMeta } from '../data/dataset-meta';
import { effectiveRange } from '../data/filter-events';
import type { Dataset } from '../data/model';
import type { DayRange, Selection } from '../data/view-types';
import { TYPE_LABELS } from '../domain/labels';
import { formatDayLabel } from '../shared/civil-date';

export const APP_NAME = 'Incident Atlas';

export function viewTitle(
  dataset: Dataset,
  meta: DatasetMeta,
  view: { selection: Selection | null; range: DayRange | null },
): string {
  const parts: string[] = [];
  const { selection } = view;
  if (selection?.kind === 'event') {
    const e = dataset.eventById.get(selection.id);
    if (e)
      parts.push(`${TYPE_LABELS[e.type]} at ${e.site?.name ?? 'an unknown place'}, ${formatDayLabel(e.day)}`);
  } else if (selection?.kind === 'site') {
    const site = dataset.siteById.get(selection.id);
    if (site) parts.push(site.name);
  }
  if (view.range && dataset.events.length > 0) {
    const [from, to] = effectiveRange(view.range, dataset.extent);
    parts.push(from === to ? formatDayLabel(from) : `${formatDayLabel(from)} to ${formatDayLabel(to)}`);
  }
  if (meta.origin !== 'built-in') parts.push(meta.title);
  parts.push(APP_NAME);
  return parts.join(' · ');
}
