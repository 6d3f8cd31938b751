/** The explorer once the data is in: header, map, list or panel, and timeline, in sync via the store. */
import { lazy, Suspense } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Dataset } from '../data/model';
import { useVisibleEvents } from '../store/use-visible-events';
import { FilterPanel } from '../filters/filter-panel';
import { EventList } from '../list/event-list';
import { MapLegend } from '../map/map-legend';
import { MapView } from '../map/map-view';
import type { UpdateSource } from '../offline/register-worker';
import { UpdatePrompt } from '../offline/update-prompt';
import { DetailPanel } from '../panel/detail-panel';
import { Timeline } from '../timeline/timeline';
import { useAppContext, useAppState } from '../store/app-context';
import { CopyLink } from './copy-link';
import { CoverageNote } from './coverage-note';
import { type LoadState, LoadStatus } from './load-status';

export type { LoadState };
import { Notices } from './notices';
import { useLinkReconcile } from './use-link-reconcile';
import { ViewToggle } from './view-toggle';
import './layout.css';

// The About / Data page is read rarely: its code (and the changelog) loads only when opened.
const AboutPage = lazy(() => import('../about/about-page').then((m) => ({ default: m.AboutPage })));

interface Props {
  dataset: Dataset;
  load: LoadState;
  updates?: UpdateSource | undefined;
}

export function Atlas({ dataset, load, updates }: Props) {
  const { store } = useAppContext();
  const actions = store.getState();
  const { selection, hoveredId, notices, view, playing } = useAppState(
    useShallow((s) => ({
      selection: s.selection,
      hoveredId: s.hoveredId,
      notices: s.notices,
      view: s.view,
      playing: s.playback.playing,
    })),
  );
  const { visible, filtered, window: timeWindow } = useVisibleEvents(dataset);
  const total = dataset.events.length;
  useLinkReconcile(dataset, load.kind === 'ready');
  return (
    <div className="atlas">
      <header className="atlas-header">
        <h1>Incident Atlas</h1>
        <p className="subtitle">
          Attacks on US forces in Iraq and Syria from 17 October 2023, and US strikes in reply
        </p>
        {load.kind === 'ready' && (
          // Announced (debounced) by the event list's live region, not here.
          <p className="count" data-testid="event-count">
            {visible.length} of {total} events
          </p>
        )}
        <CopyLink />
        <button
          type="button"
          className="about-link"
          aria-pressed={view === 'about'}
          onClick={() => store.getState().setView(view === 'about' ? 'map' : 'about')}
        >
          About the data
        </button>
        {load.kind === 'ready' && <CoverageNote dataset={dataset} />}
      </header>
      {updates && <UpdatePrompt source={updates} />}
      <Notices notices={notices} issues={dataset.issues} onDismiss={actions.dismissNotices} />
      <main
        className="atlas-main"
        data-view={view}
        data-panel={selection && load.kind === 'ready' ? 'open' : 'closed'}
      >
        <ViewToggle view={view} onChange={(v) => store.getState().setView(v)} />
        <div className="map-pane">
          <MapView dataset={dataset} />
          <MapLegend />
        </div>
        <aside className="sidebar" aria-label="Search, filters and events">
          {load.kind !== 'ready' ? (
            <LoadStatus load={load} />
          ) : total === 0 ? (
            <p className="empty" role="status">
              The data files hold no event that could be loaded. The notice above says why.
            </p>
          ) : (
            <>
              <FilterPanel dataset={dataset} />
              <EventList
                events={visible}
                total={total}
                selectedId={selection?.kind === 'event' ? selection.id : null}
                hoveredId={hoveredId}
                quiet={playing}
                onSelect={(id) => store.getState().select({ kind: 'event', id }, 'list')}
                onHover={(id) => store.getState().hover(id)}
              />
            </>
          )}
        </aside>
        {load.kind === 'ready' && view === 'about' && (
          <Suspense fallback={<p role="status">Loading the About page…</p>}>
            <AboutPage dataset={dataset} onClose={() => store.getState().setView('map')} />
          </Suspense>
        )}
        {load.kind === 'ready' && selection && (
          <DetailPanel
            dataset={dataset}
            selection={selection}
            visible={visible}
            window={timeWindow}
            onSelect={(next) => store.getState().select(next, 'panel')}
          />
        )}
      </main>
      <footer className="timeline">
        {/* No events, no days: a timeline would invent a range (it once read "1 Jan 1970"). */}
        {load.kind === 'ready' && total > 0 && <Timeline dataset={dataset} filtered={filtered} />}
      </footer>
    </div>
  );
}
