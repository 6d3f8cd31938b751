/** Previous and next event in time among the visible ones, even if this one is filtered out. */
import type { AtlasEvent } from '../data/model';
import { TYPE_LABELS } from '../domain/labels';
import { formatDayLabel } from '../shared/civil-date';

/** Which control takes focus when an event panel opens or steps to the next event. */
export type PanelFocus = 'heading' | 'previous' | 'next';

/** Events are sorted by (day, id), so `index` orders them in time. */
export function neighbours(event: AtlasEvent, visible: readonly AtlasEvent[]) {
  let previous: AtlasEvent | null = null;
  let next: AtlasEvent | null = null;
  for (const e of visible) {
    if (e.index < event.index) previous = e;
    else if (e.index > event.index) {
      next = e;
      break;
    }
  }
  return { previous, next };
}

function label(e: AtlasEvent) {
  return `${formatDayLabel(e.day)}: ${TYPE_LABELS[e.type]}, ${e.site?.name ?? e.siteId}`;
}

interface Props {
  event: AtlasEvent;
  visible: readonly AtlasEvent[];
  onGo: (id: string, focus: PanelFocus) => void;
}

export function EventNav({ event, visible, onGo }: Props) {
  const { previous, next } = neighbours(event, visible);
  return (
    <nav className="event-nav" aria-label="Other events in time">
      <button
        type="button"
        className="panel-button"
        data-nav="previous"
        disabled={!previous}
        onClick={() => previous && onGo(previous.id, 'previous')}
      >
        ← Previous
        {previous && <span className="nav-target">{label(previous)}</span>}
      </button>
      <button
        type="button"
        className="panel-button"
        data-nav="next"
        disabled={!next}
        onClick={() => next && onGo(next.id, 'next')}
      >
        Next →{next && <span className="nav-target">{label(next)}</span>}
      </button>
    </nav>
  );
}
