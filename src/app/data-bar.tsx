/**
 * Which data the page shows, said above the map: the built-in dataset, a file the reader
 * opened (read here, never uploaded), or a dataset a link named. What an import assumed is
 * listed, rows it left out are a click away, and one button returns to the built-in data.
 */
import { lazy, Suspense } from 'react';
import type { DataBarProps } from './imported-data';
import './data-bar.css';

// Only imported data needs its notes, report and way back: not on the first view's path.
const ImportedData = lazy(() => import('./imported-data').then((m) => ({ default: m.ImportedData })));

export function DataBar({ active, onOpen, onReport, onBuiltIn }: DataBarProps) {
  const { meta, load } = active;
  const imported = meta.origin !== 'built-in';
  return (
    <section className="data-bar" aria-label="Data">
      {!imported && (
        <p>
          <span className="data-what">
            Data: the built-in dataset{load.kind === 'ready' ? `, version ${meta.version}` : ''}.
          </span>{' '}
          <button type="button" className="link-button" onClick={onOpen}>
            Open your own data…
          </button>
        </p>
      )}
      {imported && (
        <Suspense fallback={<p>Data: {active.meta.title}</p>}>
          <ImportedData active={active} onOpen={onOpen} onReport={onReport} onBuiltIn={onBuiltIn} />
        </Suspense>
      )}
    </section>
  );
}
