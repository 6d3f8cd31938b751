/** A place's profile: what it is, how well it is located, and its events in the window. */
import { useEffect, useRef } from 'react';
import type { AtlasEvent, Site } from '../data/model';
import { formatDayLabel } from '../shared/civil-date';
import { TYPE_LABELS } from '../map/symbols';
import { COORD_PRECISION_LABELS, SITE_KIND_LABELS } from './labels';

interface Props {
  site: Site;
  events: readonly AtlasEvent[];
  onOpenEvent: (id: string) => void;
  onClose: () => void;
}

export function SitePanel({ site, events, onOpenEvent, onClose }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const here = events.filter((e) => e.siteId === site.id);
  return (
    <article className="panel" aria-labelledby="panel-title" data-testid="site-panel">
      <header className="panel-header">
        <h2 id="panel-title" ref={heading} tabIndex={-1}>
          {site.name}
        </h2>
        <button type="button" className="close" onClick={onClose} aria-label="Close place details">
          ×
        </button>
      </header>
      <p>
        {SITE_KIND_LABELS[site.kind]}, {site.admin1 ? `${site.admin1}, ` : ''}
        {site.country} — {COORD_PRECISION_LABELS[site.coordPrecision]}
      </p>
      {site.altNames.length > 0 && <p className="alt-names">Also: {site.altNames.join(', ')}</p>}
      {site.notes && <p className="notes">{site.notes}</p>}
      <h3>
        {here.length} {here.length === 1 ? 'event' : 'events'} in the current view
      </h3>
      <ul className="site-events">
        {here.map((e) => (
          <li key={e.id}>
            <button type="button" onClick={() => onOpenEvent(e.id)}>
              {formatDayLabel(e.day)}: {TYPE_LABELS[e.type]}
            </button>
          </li>
        ))}
      </ul>
    </article>
  );
}
