/** One row of the event list: date, type, place and status, read as one button label. */
import { memo } from 'react';
import type { AtlasEvent } from '../data/model';
import { severityOf } from '../data/severity';
import { STATUS_LABELS, TYPE_LABELS } from '../domain/labels';
import { formatDayLabel } from '../shared/civil-date';
import { StatusSymbol } from '../domain/status-symbol';

interface Props {
  event: AtlasEvent;
  /** The row's place in the list, given back to `onFocusRow`. */
  index: number;
  focusable: boolean;
  current: boolean;
  /** The same functions for every row: this row passes its own event or index. */
  onOpen: (id: string) => void;
  /** Focus and blur: a row the keyboard is on is hovered (the pointer is the list's to follow). */
  onHover: (id: string, on: boolean) => void;
  onFocusRow: (index: number) => void;
}

/** "3 killed, 25 wounded" for events with US/coalition casualties, else null. */
function casualties(e: AtlasEvent): string | null {
  if (!severityOf(e)) return null;
  const parts: string[] = [];
  if ((e.usKilled ?? 0) > 0) parts.push(`${e.usKilled} killed`);
  if ((e.usWounded ?? 0) > 0) parts.push(`${e.usWounded} wounded`);
  return `US/coalition: ${parts.join(', ')}`;
}

/** Memoised: a row renders again only when its event, place, focus or selection changes. */
export const EventRow = memo(function EventRow({
  event: e,
  index,
  focusable,
  current,
  onOpen,
  onHover,
  onFocusRow,
}: Props) {
  const span = e.dayEnd !== e.day ? ` – ${formatDayLabel(e.dayEnd)}` : '';
  return (
    <button
      type="button"
      className="event-row"
      data-event-id={e.id}
      tabIndex={focusable ? 0 : -1}
      aria-current={current ? 'true' : undefined}
      onClick={() => onOpen(e.id)}
      onFocus={() => {
        onFocusRow(index);
        onHover(e.id, true);
      }}
      onBlur={() => onHover(e.id, false)}
    >
      <StatusSymbol type={e.type} status={e.status} />
      <span className="event-date">
        {formatDayLabel(e.day)}
        {span}
      </span>
      <span className="event-title">
        {TYPE_LABELS[e.type]} — {e.site?.name ?? e.siteId}
        {e.site?.lon === null && <span className="unlocated"> (location unknown)</span>}
      </span>
      <span className="event-status">{STATUS_LABELS[e.status]}</span>
      {casualties(e) && <span className={`event-severity severity-${severityOf(e)}`}>{casualties(e)}</span>}
    </button>
  );
});
