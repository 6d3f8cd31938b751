/** The data bar's part for imported data: its name, what the import assumed, rows left out, the way back. */
import { useMemo } from 'react';
import type { Dataset } from '../data/model';
import { REGION_BOUNDS } from '../domain/region';
import type { ActiveData } from './use-active-data';

export interface DataBarProps {
  active: ActiveData;
  onOpen(): void;
  onReport(): void;
  onBuiltIn(): void;
}

/** Located events the map cannot show: its basemap covers only the region. */
function outsideMap(dataset: Dataset): number {
  const [w, s, e, n] = REGION_BOUNDS;
  const far = new Set<string>();
  for (const site of dataset.sites) {
    if (site.lon === null || site.lat === null) continue;
    if (site.lon < w || site.lon > e || site.lat < s || site.lat > n) far.add(site.id);
  }
  if (far.size === 0) return 0;
  return dataset.events.filter((ev) => far.has(ev.siteId)).length;
}

export function ImportedData({ active, onOpen, onReport, onBuiltIn }: DataBarProps) {
  const { meta, load, report, dataset } = active;
  const outside = useMemo(() => outsideMap(dataset), [dataset]);
  return (
    <>
      <p>
        Data: <strong data-testid="data-name">{meta.title}</strong>{' '}
        {meta.origin === 'file'
          ? '(your file, read on this device and not uploaded; links and citations name it but cannot carry it)'
          : '(a dataset on this site, named by the link)'}
        {load.kind === 'ready' && meta.format ? `, read as ${meta.format}.` : '.'}{' '}
        {load.kind === 'loading' && <span role="status">Loading it (progress beside the map)…</span>}
      </p>
      <div className="data-actions">
        {report && report.rejected > 0 && (
          <button type="button" className="link-button" onClick={onReport}>
            {report.rejected.toLocaleString('en')} {report.rejected === 1 ? 'row' : 'rows'} left out: why?
          </button>
        )}
        <button type="button" className="link-button" onClick={onOpen}>
          Open another file…
        </button>
        <button type="button" onClick={onBuiltIn} data-testid="back-to-built-in">
          Back to the built-in data
        </button>
      </div>
      {load.kind === 'ready' && (meta.notes.length > 0 || outside > 0) && (
        <details className="data-notes">
          <summary>What this import assumed ({meta.notes.length + (outside > 0 ? 1 : 0)})</summary>
          <ul>
            {outside > 0 && (
              <li>
                {outside.toLocaleString('en')} events lie outside the area this map shows; they are in the
                list, the timeline and the exports.
              </li>
            )}
            {meta.notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}
