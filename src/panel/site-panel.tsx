/** A place's profile in the current view: attacks over time, weapon mix, statuses, its events. */
import { useEffect, useMemo, useRef } from 'react';
import type { AtlasEvent, Dataset, Site } from '../data/model';
import { colocatedGroups, siteProfile } from '../data/site-profile';
import type { DayRange } from '../data/view-types';
import { COORD_PRECISION_LABELS, SITE_KIND_LABELS, STATUS_LABELS, TYPE_LABELS } from '../domain/labels';
import { formatDayLabel } from '../shared/civil-date';
import { StatusSymbol } from '../domain/status-symbol';
import { ArabicName } from './arabic-name';
import { SiteEvents } from './site-events';
import { TallyList } from './tally-list';
import { WeekHistogram } from './week-histogram';

interface Props {
  dataset: Dataset;
  site: Site;
  events: readonly AtlasEvent[];
  window: DayRange;
  onOpenEvent: (id: string) => void;
  onOpenSite: (id: string) => void;
  onClose: () => void;
}

export function SitePanel({ dataset, site, events, window, onOpenEvent, onOpenSite, onClose }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const group = useMemo(() => colocatedGroups(dataset).get(site.id) ?? [site], [dataset, site]);
  const others = group.filter((s) => s !== site);
  const profile = useMemo(
    () =>
      siteProfile(
        group.map((s) => s.id),
        events,
        window,
      ),
    [group, events, window],
  );
  const n = profile.events.length;
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
      {site.nameAr && <ArabicName name={site.nameAr} source={site.nameArSource} />}
      {site.altNames.length > 0 && <p className="alt-names">Also called: {site.altNames.join(', ')}</p>}
      {site.notes && <p className="notes">{site.notes}</p>}
      {others.length > 0 && (
        <div className="colocated" role="note">
          <p>
            Our sources place {others.length === 1 ? 'another site' : 'other sites'} at exactly the same
            point, so the map shows one count for all of them, and this profile includes their events:
          </p>
          <ul>
            {others.map((o) => (
              <li key={o.id}>
                <button type="button" className="link-button" onClick={() => onOpenSite(o.id)}>
                  {o.name}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      <h3>
        {n} {n === 1 ? 'event' : 'events'} in the current view
      </h3>
      {n > 0 && (
        <>
          <WeekHistogram weeks={profile.weeks} />
          {profile.lastAttack && (
            <p>
              Last attack in view: {formatDayLabel(profile.lastAttack.day)} (
              {TYPE_LABELS[profile.lastAttack.type]})
            </p>
          )}
          <h4>By type</h4>
          <TallyList rows={profile.byType.map(([t, c]) => ({ key: t, label: TYPE_LABELS[t], count: c }))} />
          <h4>By status</h4>
          <TallyList
            rows={profile.byStatus.map(([s, c]) => ({
              key: s,
              label: STATUS_LABELS[s],
              count: c,
              symbol: <StatusSymbol type={null} status={s} size={14} />,
            }))}
          />
          <h4>Events</h4>
          <SiteEvents events={profile.events} showSite={others.length > 0} onOpen={onOpenEvent} />
        </>
      )}
    </article>
  );
}
