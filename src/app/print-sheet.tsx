/**
 * What a printout adds to the map and timeline: the data, the view in words, the legend and
 * the citation. Hidden on screen; print.css shows it and hides the controls.
 */
import type { DatasetMeta } from '../data/dataset-meta';
import type { AtlasEvent, Dataset } from '../data/model';
import { EVENT_TYPES, STATUSES } from '../data/schema';
import type { DayRange, Filters } from '../data/view-types';
import { STATUS_LABELS, TYPE_LABELS } from '../domain/labels';
import { StatusSymbol } from '../domain/status-symbol';
import { citationText } from '../export/citation';
import { describeView, provenance } from '../export/provenance';
import './print.css';

interface Props {
  dataset: Dataset;
  meta: DatasetMeta;
  visible: readonly AtlasEvent[];
  window: DayRange;
  filters: Filters;
  search: string;
  link: string;
}

export function PrintSheet({ dataset, meta, visible, window, filters, search, link }: Props) {
  const p = provenance({ meta, window, filters, search, count: visible.length, link, now: new Date() });
  const types = EVENT_TYPES.filter((t) => visible.some((e) => e.type === t));
  return (
    <section className="print-sheet" aria-hidden="true">
      <p className="print-view">
        <strong>{meta.title}</strong>. {describeView(p, dataset)}.
      </p>
      <ul className="print-legend">
        {types.map((t) => (
          <li key={t}>
            <StatusSymbol type={t} status="confirmed_by_us_officials" size={12} />
            {TYPE_LABELS[t]}
          </li>
        ))}
        {STATUSES.map((s) => (
          <li key={s}>
            <StatusSymbol type={null} status={s} size={12} />
            {STATUS_LABELS[s]}
          </li>
        ))}
      </ul>
      <p className="print-cite">Cite as: {citationText(p, dataset)}</p>
    </section>
  );
}
