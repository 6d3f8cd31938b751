/**
 * Several things at one point: a small dialog listing the places there and their events in
 * view, so a click never opens the wrong one (ux-review D2). Keyboard: focus starts on the
 * first choice, arrows move, Enter opens, Escape closes and returns focus to the map.
 */
import { type KeyboardEvent, useEffect, useRef } from 'react';
import { severityOf } from '../data/severity';
import type { Selection } from '../data/view-types';
import { SEVERITY_LABELS, STATUS_LABELS, TYPE_LABELS } from '../domain/labels';
import { StatusSymbol } from '../domain/status-symbol';
import { formatDayLabel } from '../shared/civil-date';
import type { Chooser } from './map-controller';
import { casualtyLine, markTitle } from './mark-words';

interface Props {
  chooser: Chooser;
  width: number;
  height: number;
  onSelect(selection: Selection): void;
  onClose(): void;
}

export function MapChooser({ chooser, width, height, onSelect, onClose }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const s = chooser.summary;
  useEffect(() => {
    box.current?.querySelector<HTMLButtonElement>('.chooser-item')?.focus();
  }, []);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      onClose();
      return;
    }
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    e.preventDefault();
    const items = [...(box.current?.querySelectorAll<HTMLButtonElement>('.chooser-item') ?? [])];
    const i = items.indexOf(document.activeElement as HTMLButtonElement);
    const next = items[Math.max(0, Math.min(items.length - 1, i + (e.key === 'ArrowDown' ? 1 : -1)))];
    next?.focus();
  };
  // Open beside the mark, on the side with room, and never off the map.
  const style = {
    left: Math.max(8, Math.min(chooser.x + 24, width - 308)),
    top: Math.max(8, Math.min(chooser.y - 40, height - 330)),
  };
  const casualties = casualtyLine(s);
  return (
    <div
      ref={box}
      className="map-chooser"
      role="dialog"
      aria-label={markTitle(s)}
      style={style}
      onKeyDown={onKeyDown}
      data-testid="map-chooser"
    >
      <div className="chooser-head">
        <h2>{markTitle(s)}</h2>
        <button type="button" className="chooser-close" aria-label="Close the list" onClick={onClose}>
          ×
        </button>
      </div>
      <p className="chooser-soft">{s.dates}</p>
      {casualties && <p className="chooser-severe">{casualties}</p>}
      <ul className="chooser-list">
        {s.places.map((p) => (
          <li key={p.siteId}>
            <button
              type="button"
              className="chooser-item chooser-place"
              onClick={() => onSelect({ kind: 'site', id: p.siteId })}
            >
              <span className="chooser-name">{p.name}</span>
              <span className="chooser-soft">
                Place profile · {p.n} {p.n === 1 ? 'event' : 'events'} in view
              </span>
            </button>
          </li>
        ))}
        {chooser.events.map((e) => {
          const severity = severityOf(e);
          return (
            <li key={e.id}>
              <button
                type="button"
                className="chooser-item"
                onClick={() => onSelect({ kind: 'event', id: e.id })}
              >
                <StatusSymbol type={e.type} status={e.status} size={14} />
                <span className="chooser-name">
                  {formatDayLabel(e.day)} · {TYPE_LABELS[e.type]}
                </span>
                <span className="chooser-soft">{STATUS_LABELS[e.status]}</span>
                {severity && <span className="chooser-severe">{SEVERITY_LABELS[severity]}</span>}
              </button>
            </li>
          );
        })}
      </ul>
      {chooser.more > 0 && (
        <p className="chooser-soft">
          and {chooser.more} more: open the place profile, or narrow the time window, to see them.
        </p>
      )}
    </div>
  );
}
