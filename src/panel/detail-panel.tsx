/**
 * Shows the selected event or site, or says plainly that the link names something we lack.
 * It floats over the map (a bottom sheet on phones) so the list stays beside it. Escape
 * closes it, and focus goes back to whatever opened it (a list row, the map).
 */
import { type KeyboardEvent, type ReactNode, useEffect, useState } from 'react';
import { effectiveRange } from '../data/filter-events';
import type { AtlasEvent, Dataset } from '../data/model';
import type { DayRange, Selection } from '../data/view-types';
import type { PanelFocus } from './event-nav';
import { EventPanel } from './event-panel';
import { SitePanel } from './site-panel';
import './panel.css';
import { missingSelectionText } from '../store/url-reconcile';

interface Props {
  dataset: Dataset;
  selection: Selection;
  visible: readonly AtlasEvent[];
  window?: DayRange;
  onSelect: (selection: Selection | null) => void;
}

function restoreFocus(opener: HTMLElement | null, selection: Selection) {
  if (opener?.isConnected && opener !== document.body) return opener.focus();
  // The opener left the page (the list re-rendered): fall back to the event's row.
  for (const row of document.querySelectorAll<HTMLElement>('[data-event-id]')) {
    if (row.dataset.eventId === selection.id) return row.focus();
  }
}

export function DetailPanel({ dataset, selection, visible, window, onSelect }: Props) {
  const [opener] = useState(() => document.activeElement as HTMLElement | null);
  const [focus, setFocus] = useState<PanelFocus>('heading');
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on close only; the first selection names the row that opened the panel
  useEffect(() => {
    return () => {
      // Closed by a button, Escape or Back: focus fell to the body, so put it back.
      if (!document.activeElement || document.activeElement === document.body) {
        restoreFocus(opener, selection);
      }
    };
  }, []);
  const close = () => onSelect(null);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    e.stopPropagation();
    close();
  };
  const go = (next: Selection, how: PanelFocus) => {
    setFocus(how);
    onSelect(next);
  };
  let body: ReactNode = null;
  if (selection.kind === 'event') {
    const event = dataset.eventById.get(selection.id);
    if (event)
      body = (
        <EventPanel
          key={event.id}
          event={event}
          visible={visible}
          related={event.distinctFrom.flatMap((id) => dataset.eventById.get(id) ?? [])}
          focus={focus}
          onClose={close}
          onGo={(id, how) => go({ kind: 'event', id }, how)}
        />
      );
  } else {
    const site = dataset.siteById.get(selection.id);
    if (site)
      body = (
        <SitePanel
          key={site.id}
          dataset={dataset}
          site={site}
          events={visible}
          window={window ?? effectiveRange(null, dataset.extent)}
          onOpenEvent={(id) => go({ kind: 'event', id }, 'heading')}
          onOpenSite={(id) => go({ kind: 'site', id }, 'heading')}
          onClose={close}
        />
      );
  }
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: Escape anywhere inside the panel closes it
    <div className="detail-sheet" onKeyDown={onKeyDown}>
      {body ?? (
        <article className="panel" role="alert">
          <p>{missingSelectionText(selection)}</p>
          <button type="button" className="panel-button" onClick={close}>
            Close
          </button>
        </article>
      )}
    </div>
  );
}
