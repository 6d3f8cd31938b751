/** The detail panel for one event: every fact the dataset holds, and its sources. */
import { useEffect, useRef } from 'react';
import type { AtlasEvent } from '../data/model';
import { formatDayLabel } from '../shared/civil-date';
import { STATUS_LABELS, TYPE_COLOURS, TYPE_LABELS } from '../map/symbols';
import { COORD_PRECISION_LABELS, DATE_PRECISION_LABELS, DIRECTION_LABELS } from './labels';
import { SourceList } from './source-list';

function dateText(event: AtlasEvent): string {
  const day = formatDayLabel(event.day);
  const span = event.dayEnd !== event.day ? `${day} – ${formatDayLabel(event.dayEnd)}` : day;
  const time = event.timeUtc ? `, ${event.timeUtc} UTC` : '';
  return `${span}${time} (${DATE_PRECISION_LABELS[event.datePrecision]})`;
}

function Row({ label, value }: { label: string; value: string | null }) {
  if (!value) return null;
  return (
    <>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </>
  );
}

export function EventPanel({ event, onClose }: { event: AtlasEvent; onClose: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const site = event.site;
  return (
    <article className="panel" aria-labelledby="panel-title" data-testid="event-panel">
      <header className="panel-header">
        <h2 id="panel-title" ref={heading} tabIndex={-1}>
          <span className="swatch" style={{ background: TYPE_COLOURS[event.type] }} aria-hidden="true" />
          {TYPE_LABELS[event.type]} at {site?.name ?? event.siteId}
        </h2>
        <button type="button" className="close" onClick={onClose} aria-label="Close event details">
          ×
        </button>
      </header>
      <p className={`status-badge status-${event.status}`}>{STATUS_LABELS[event.status]}</p>
      <p className="summary">{event.summary}</p>
      <dl className="facts">
        <Row label="Date" value={dateText(event)} />
        <Row
          label="Place"
          value={site ? `${site.name} — ${COORD_PRECISION_LABELS[site.coordPrecision]}` : null}
        />
        <Row label="Direction" value={DIRECTION_LABELS[event.direction]} />
        <Row label="Claimed by" value={event.claimedBy} />
        <Row label="Weapons" value={event.weapons} />
        <Row label="Casualties" value={event.casualties} />
        <Row label="Notes" value={event.notes} />
      </dl>
      <h3>Sources</h3>
      <SourceList sources={event.sources} />
    </article>
  );
}
