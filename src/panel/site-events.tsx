/** A site's events as buttons that open each one, newest first. */
import type { AtlasEvent } from '../data/model';
import { STATUS_LABELS, TYPE_LABELS } from '../domain/labels';
import { formatDayLabel } from '../shared/civil-date';
import { StatusSymbol } from '../domain/status-symbol';

interface Props {
  events: readonly AtlasEvent[];
  showSite: boolean;
  onOpen: (id: string) => void;
}

export function SiteEvents({ events, showSite, onOpen }: Props) {
  return (
    <ul className="site-events">
      {[...events].reverse().map((e) => (
        <li key={e.id}>
          <button type="button" className="site-event" onClick={() => onOpen(e.id)}>
            <StatusSymbol type={e.type} status={e.status} size={14} />
            <span>
              {formatDayLabel(e.day)}: {TYPE_LABELS[e.type]}
              {showSite && ` at ${e.site?.name ?? e.siteId}`}
              <span className="site-event-status"> — {STATUS_LABELS[e.status]}</span>
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
