/** The detail panel for one event: every fact the dataset holds, its sources, and its neighbours in time. */
import { useEffect, useRef } from 'react';
import type { AtlasEvent } from '../data/model';
import {
  COORD_PRECISION_LABELS,
  DATE_PRECISION_LABELS,
  DIRECTION_LABELS,
  SITE_KIND_LABELS,
  STATUS_LABELS,
  TYPE_LABELS,
  UNCLAIMED_LABEL,
} from '../domain/labels';
import { REGION_UTC_OFFSET_HOURS } from '../domain/region';
import { formatDayLabel, utcDayOf } from '../shared/civil-date';
import { StatusSymbol } from '../domain/status-symbol';
import { EventNav, type PanelFocus } from './event-nav';
import { CasualtyCounts } from './casualty-counts';
import { DistinctFrom } from './distinct-from';
import { SourceSection } from './source-section';

function dateText(event: AtlasEvent): string {
  const day = formatDayLabel(event.day);
  const span = event.dayEnd !== event.day ? `${day} – ${formatDayLabel(event.dayEnd)}` : day;
  // The date is the local day (UTC+3); a late-evening UTC time falls on the day before it.
  const utcDay = event.timeUtc ? utcDayOf(event.day, event.timeUtc, REGION_UTC_OFFSET_HOURS) : event.day;
  const on = utcDay !== event.day ? ` on ${formatDayLabel(utcDay)}` : '';
  const time = event.timeUtc ? `, ${event.timeUtc} UTC${on}` : '';
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

interface Props {
  event: AtlasEvent;
  visible: readonly AtlasEvent[];
  /** The events named in `distinctFrom`, resolved. */
  related?: readonly AtlasEvent[];
  focus: PanelFocus;
  onClose: () => void;
  onGo: (id: string, focus: PanelFocus) => void;
}

export function EventPanel({ event, visible, related = [], focus, onClose, onGo }: Props) {
  const root = useRef<HTMLElement>(null);
  useEffect(() => {
    // After previous/next, keep focus on that button so it can be pressed again.
    const button = root.current?.querySelector<HTMLButtonElement>(`[data-nav="${focus}"]:not(:disabled)`);
    (button ?? root.current?.querySelector<HTMLElement>('h2'))?.focus();
  }, [focus]);
  const site = event.site;
  const place = site
    ? `${site.name} (${SITE_KIND_LABELS[site.kind]}, ${site.country}) — ${COORD_PRECISION_LABELS[site.coordPrecision]}`
    : event.siteId;
  return (
    <article className="panel" aria-labelledby="panel-title" data-testid="event-panel" ref={root}>
      <header className="panel-header">
        <h2 id="panel-title" tabIndex={-1}>
          <StatusSymbol type={event.type} status={event.status} size={18} />
          {TYPE_LABELS[event.type]} at {site?.name ?? event.siteId}
        </h2>
        <button type="button" className="close" onClick={onClose} aria-label="Close event details">
          ×
        </button>
      </header>
      <p className={`status-badge status-${event.status}`}>
        <StatusSymbol type={null} status={event.status} size={14} />
        {STATUS_LABELS[event.status]}
      </p>
      <p className="summary">{event.summary}</p>
      <dl className="facts">
        <Row label="Date" value={dateText(event)} />
        <Row label="Place" value={place} />
        <Row label="Type" value={TYPE_LABELS[event.type]} />
        <Row label="Direction" value={DIRECTION_LABELS[event.direction]} />
        <Row label="Weapons" value={event.weapons} />
        <Row label="Claimed by" value={event.claimedBy ?? UNCLAIMED_LABEL} />
        <Row label="US officials blamed" value={event.attributedTo} />
        <Row label="Casualties" value={event.casualties} />
        <CasualtyCounts event={event} />
        <Row label="Notes" value={event.notes} />
      </dl>
      <DistinctFrom related={related} onGo={(id) => onGo(id, 'heading')} />
      <SourceSection sources={event.sources} />
      <EventNav event={event} visible={visible} onGo={onGo} />
    </article>
  );
}
