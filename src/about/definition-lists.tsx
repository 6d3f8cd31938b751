/** What each status and each kind of source means, with how often each occurs in the data. */
import type { Dataset } from '../data/model';
import { SOURCE_KINDS, STATUSES } from '../data/schema';
import { SOURCE_KIND_DEFINITIONS, STATUS_DEFINITIONS } from '../domain/definitions';
import { SOURCE_KIND_LABELS, STATUS_LABELS } from '../domain/labels';
import { StatusSymbol } from '../domain/status-symbol';
import { sourceStats } from './about-stats';

export function StatusDefinitions({ dataset }: { dataset: Dataset }) {
  const count = (status: string) => dataset.events.filter((e) => e.status === status).length;
  return (
    <dl className="definitions">
      {STATUSES.map((s) => (
        <div key={s}>
          <dt>
            <StatusSymbol type={null} status={s} size={14} /> {STATUS_LABELS[s]}{' '}
            <span className="count">({count(s)} events)</span>
          </dt>
          <dd>{STATUS_DEFINITIONS[s]}</dd>
        </div>
      ))}
    </dl>
  );
}

export function SourceKindDefinitions({ dataset }: { dataset: Dataset }) {
  const { pagesByKind } = sourceStats(dataset);
  return (
    <dl className="definitions">
      {SOURCE_KINDS.map((k) => (
        <div key={k}>
          <dt>
            {SOURCE_KIND_LABELS[k]} <span className="count">({pagesByKind.get(k) ?? 0} pages)</span>
          </dt>
          <dd>{SOURCE_KIND_DEFINITIONS[k]}</dd>
        </div>
      ))}
    </dl>
  );
}
