/** The event list: the map's equal for keyboard and screen-reader users. */
import type { AtlasEvent } from '../data/model';
import { formatDayLabel } from '../shared/civil-date';
import { STATUS_LABELS, TYPE_COLOURS, TYPE_LABELS } from '../map/symbols';

interface Props {
  events: readonly AtlasEvent[];
  selectedId: string | null;
  hoveredId: string | null;
  onSelect: (id: string) => void;
  onHover: (id: string | null) => void;
}

export function EventList({ events, selectedId, hoveredId, onSelect, onHover }: Props) {
  if (events.length === 0) {
    return <p className="empty">No events match this window and these filters.</p>;
  }
  return (
    <ol className="event-list" aria-label="Events in the current view">
      {events.map((e) => (
        <li key={e.id} className={e.id === hoveredId ? 'hovered' : undefined}>
          <button
            type="button"
            data-event-id={e.id}
            aria-current={e.id === selectedId ? 'true' : undefined}
            onClick={() => onSelect(e.id)}
            onMouseEnter={() => onHover(e.id)}
            onMouseLeave={() => onHover(null)}
            onFocus={() => onHover(e.id)}
            onBlur={() => onHover(null)}
          >
            <span className="swatch" style={{ background: TYPE_COLOURS[e.type] }} aria-hidden="true" />
            <span className="event-date">{formatDayLabel(e.day)}</span>
            <span className="event-title">
              {TYPE_LABELS[e.type]} — {e.site?.name ?? e.siteId}
              {e.site?.lon === null && <span className="unlocated"> (location unknown)</span>}
            </span>
            <span className="event-status">{STATUS_LABELS[e.status]}</span>
          </button>
        </li>
      ))}
    </ol>
  );
}
