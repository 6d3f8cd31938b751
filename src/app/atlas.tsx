/** The explorer once the data is in: header, map, list or panel, and timeline, in sync via the store. */
import { lazy, Suspense, useCallback, useDeferredValue, useEffect, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Dataset } from '../data/model';
import { useVisibleEvents } from '../store/use-visible-events';
import type { UpdateSource } from '../offline/register-worker';
import { UpdatePrompt } from '../offline/update-prompt';
import { useAppContext, useAppState } from '../store/app-context';
import { currentLink } from '../store/url-sync';
import { CopyLink } from './copy-link';
import { CoverageNote } from './coverage-note';
import { DataBar } from './data-bar';
import { deferred } from './deferred';
import { type Dialog, Dialogs, loadExportPanel, loadImportDialog } from './dialogs';
import { type LoadState, LoadStatus } from './load-status';

export type { LoadState };
import { Notices } from './notices';
import type { ActiveData } from './use-active-data';
import { useFileDrop } from './use-file-drop';
import { SectionBoundary } from './section-boundary';
import { SheetBar } from './sheet-bar';
import { useLinkReconcile } from './use-link-reconcile';
import { usePageTitle } from './use-page-title';
import { ViewToggle } from './view-toggle';
import './layout.css';

// Fetched after the first view, so it is there when the page prints.
const PrintSheet = lazy(() => import('./print-sheet').then((m) => ({ default: m.PrintSheet })));
// The event and place panels open on a selection, never in the first view of a plain link:
// their code loads after the first view (see the effect below) or with the first selection.
const loadDetailPanel = () => import('../panel/detail-panel');
const DetailPanel = lazy(() => loadDetailPanel().then((m) => ({ default: m.DetailPanel })));
// What a part whose code could not be fetched shows instead, with a way to fetch it again.
const codeFailed = (what: string) => (retry: () => void) => (
  <div className="load-error" role="alert">
    <p>{what} could not be loaded. Check the connection and try again.</p>
    <button type="button" onClick={retry}>
      Try again
    </button>
  </div>
);
// The map's own code (controller, marks, basemap style: ~15 kB gzip) is of no use before
// MapLibre (~300 kB gzip, its own chunk, whose import main.tsx starts) has arrived: it loads
// beside it, out of the entry the rest of the page waits on (issue 13). Not React.lazy: that
// held the map back until after the data's first render, and the map's own start (style,
// workers, first frame) is the longest road to the first view, so it must begin at once.
const MapView = deferred(() => import('../map/map-view').then((m) => m.MapView), {
  fallback: <div className="map-loading" data-testid="map-loading" />,
  failed: codeFailed('The map'),
});
// The sidebar's list and filters, the timeline and the map's legend are drawn once the data
// is in, not before: their code (the list's virtualiser too, ~20 kB gzip) is fetched beside the
// data, out of the entry (issue 13), and renders at once if it came first (deferred.tsx).
// Until it comes the sidebar says so where the loading message was, so nothing moves.
const LIST_PENDING = (
  <div className="loading">
    <p role="status">Loading the event list…</p>
  </div>
);
const SidebarContents = deferred(() => import('./sidebar-contents').then((m) => m.SidebarContents), {
  fallback: LIST_PENDING,
  failed: codeFailed('The event list and the filters'),
});
const Timeline = deferred(() => import('../timeline/timeline').then((m) => m.Timeline), {
  fallback: null,
  failed: codeFailed('The timeline'),
});
const MapLegend = deferred(() => import('../map/map-legend').then((m) => m.MapLegend), {
  fallback: null,
  failed: () => null,
});
/** Resolves once the code of the map, list, filters, timeline and legend is here (or has failed). */
export const loadDeferredParts = () =>
  Promise.all([MapView.load(), SidebarContents.load(), Timeline.load(), MapLegend.load()]);
// The About / Data page is read rarely: its code (and the changelog) loads only when opened.
const loadAboutPage = () => import('../about/about-page');
const AboutPage = lazy(() => loadAboutPage().then((m) => ({ default: m.AboutPage })));
/** What a reader's first click may open: fetched once the first view is drawn (see below). */
const AFTER_FIRST_VIEW: (() => Promise<unknown>)[] = [
  loadDetailPanel,
  loadExportPanel,
  loadImportDialog,
  loadAboutPage,
];

interface Props {
  dataset: Dataset;
  load: LoadState;
  /** Which data this is and how it loaded (use-active-data.ts). */
  active: ActiveData;
  updates?: UpdateSource | undefined;
}

export function Atlas({ dataset, load, active, updates }: Props) {
  const { store } = useAppContext();
  const actions = store.getState();
  const { selection, notices, view, playing } = useAppState(
    useShallow((s) => ({
      selection: s.selection,
      notices: s.notices,
      view: s.view,
      playing: s.playback.playing,
    })),
  );
  const { visible, filtered, rows, window: timeWindow } = useVisibleEvents(dataset);
  const { filters, search } = useAppState(useShallow((s) => ({ filters: s.filters, search: s.search })));
  // The panel's box, so the map keeps the pick out from under it; and the phone sheet's fold.
  const panelSlot = useRef<HTMLDivElement>(null);
  const [folded, setFolded] = useState(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new pick unfolds the sheet
  useEffect(() => setFolded(false), [selection?.kind, selection?.id]);
  const total = dataset.events.length;
  const ready = load.kind === 'ready';
  // The page's first data reaches the map at once and everything else (counts, list, filters,
  // timeline, panel, printout) in a second render that React may interrupt and does in slices
  // (useDeferredValue): so the map's marks and first frame, the first view, do not wait behind
  // ~300 ms of list and histogram on a slow machine (issue 13). Until then the sidebar says the
  // list is coming. Later data (a file opened) replaces everything in one render, as before:
  // there the old list and count are on screen, and must not blink out for a frame.
  const settled = useDeferredValue(dataset);
  const shownOnce = useRef(false);
  const shownReady = ready && (settled === dataset || shownOnce.current);
  if (shownReady) shownOnce.current = true;
  useLinkReconcile(dataset, ready);
  // Once the events are drawn, fetch the code of the panels and dialogs, so the first
  // selection, export, import or About does not wait for it (before then it would compete
  // with the first view). Only a head start: if it fails (offline before the cache holds it, a
  // page being torn down), each one's own lazy load tries again and says what went wrong.
  const [drawnOnce, setDrawnOnce] = useState(false);
  useEffect(() => {
    if (!ready || !drawnOnce) return;
    // One after another, the panel first: together they would slow the one a click needs.
    AFTER_FIRST_VIEW.reduce<Promise<unknown>>(
      (before, load) => before.then(load, load),
      Promise.resolve(),
    ).catch(() => undefined);
  }, [ready, drawnOnce]);
  // Offline support installs once the first view is drawn, or once it cannot be (no data).
  const failed = load.kind === 'failed';
  useEffect(() => {
    if ((ready && drawnOnce) || failed) updates?.start();
  }, [ready, drawnOnce, failed, updates]);
  usePageTitle(dataset, active.meta, ready);
  const [dialog, setDialog] = useState<Dialog>(null);
  const takeSnapshot = useRef<(() => HTMLCanvasElement | null) | null>(null);
  const onSnapshot = useCallback((take: (() => HTMLCanvasElement | null) | null) => {
    takeSnapshot.current = take;
  }, []);
  const dragging = useFileDrop(useCallback((file: File) => setDialog({ kind: 'import', file }), []));
  const imported = active.meta.origin !== 'built-in';
  // New imported data: say the map is still drawing it until it has (a big file takes seconds).
  // Decided in the same render that shows the new count (not in an effect after it), so no
  // frame between the import's progress bar and this notice goes without one.
  const [drawnKey, setDrawnKey] = useState<string | null>(null);
  const activeKey = useRef(active.key);
  activeKey.current = active.key;
  const drawing = ready && imported && drawnKey !== active.key;
  // The benchmark's "events drawn": the first map idle after a non-empty dataset reached it.
  const shown = useRef(false);
  shown.current = ready && total > 0;
  const readyNow = useRef(ready);
  readyNow.current = ready;
  const onDrawn = useCallback(() => {
    if (shown.current && performance.getEntriesByName('atlas:drawn').length === 0)
      performance.mark('atlas:drawn');
    setDrawnKey(activeKey.current);
    // The map is made before the data arrives, and reports its empty start drawn too: the
    // first view is the loaded data's.
    if (readyNow.current) setDrawnOnce(true);
  }, []);
  return (
    <div className="atlas">
      <header className="atlas-header">
        <h1>Incident Atlas</h1>
        <p className="subtitle">
          {imported
            ? `Your data: ${active.meta.title}`
            : 'Attacks on US forces in Iraq and Syria from 17 October 2023, and US strikes in reply'}
        </p>
        {shownReady && (
          // Announced (debounced) by the event list's live region, not here.
          <p className="count" data-testid="event-count">
            {visible.length} of {total} events
          </p>
        )}
        {/* One row of actions, on a phone too: the header must leave the map its room. */}
        <div className="header-actions">
          <CopyLink />
          {/* The About page tells of the built-in dataset; imported data says its own in the data bar. */}
          {!imported && (
            <button
              type="button"
              className="about-link"
              aria-pressed={view === 'about'}
              onClick={() => store.getState().setView(view === 'about' ? 'map' : 'about')}
            >
              About the data
            </button>
          )}
          {/* No events, no days: an export or printout would name a window that is not there. */}
          {shownReady && total > 0 && (
            <button type="button" className="header-button" onClick={() => setDialog({ kind: 'export' })}>
              Export and cite
            </button>
          )}
        </div>
        {shownReady && <CoverageNote dataset={dataset} />}
      </header>
      {updates && <UpdatePrompt source={updates} />}
      <DataBar
        active={active}
        onOpen={() => setDialog({ kind: 'import', file: null })}
        onReport={() => setDialog({ kind: 'report' })}
        onBuiltIn={() => store.getState().openData({ kind: 'built-in' })}
      />
      <Notices notices={notices} issues={dataset.issues} onDismiss={actions.dismissNotices} />
      <main className="atlas-main" data-view={view} data-panel={selection && shownReady ? 'open' : 'closed'}>
        <ViewToggle view={view} onChange={(v) => store.getState().setView(v)} />
        <div className="map-pane">
          <SectionBoundary
            name="The map"
            meanwhile="The event list, the filters and the timeline still work."
            resetKey={active.key}
          >
            {/* One map for the page's life: new data is swapped into it (map-view.tsx), since
                making a map (its WebGL context, basemap, shaders) was a big import's longest
                task. A failure is cleared by other data, which gets another try. */}
            <MapView
              dataset={dataset}
              dataKey={active.key}
              panel={panelSlot}
              onSnapshot={onSnapshot}
              onDrawn={onDrawn}
            />
            {drawing && (
              <div className="map-drawing" role="status">
                <span id="map-drawing-label">Drawing {total.toLocaleString('en')} events on the map…</span>
                <progress aria-labelledby="map-drawing-label" />
              </div>
            )}
            <MapLegend />
          </SectionBoundary>
        </div>
        <aside className="sidebar" aria-label="Search, filters and events">
          {load.kind !== 'ready' ? (
            <LoadStatus load={load} />
          ) : !shownReady ? (
            LIST_PENDING
          ) : total === 0 ? (
            <p className="empty" role="status">
              The data files hold no event that could be loaded. The notice above says why.
            </p>
          ) : (
            <SidebarContents
              dataset={dataset}
              visible={visible}
              selectedId={selection?.kind === 'event' ? selection.id : null}
              quiet={playing}
            />
          )}
        </aside>
        {shownReady && view === 'about' && !imported && (
          <Suspense fallback={<p role="status">Loading the About page…</p>}>
            <AboutPage dataset={dataset} onClose={() => store.getState().setView('map')} />
          </Suspense>
        )}
        {shownReady && selection && (
          <div ref={panelSlot} className="panel-slot" data-folded={folded}>
            <SheetBar
              selection={selection}
              dataset={dataset}
              folded={folded}
              onFold={(fold) => {
                setFolded(fold);
                if (fold) store.getState().setView('map');
              }}
            />
            <SectionBoundary
              name="The details panel"
              meanwhile="The map, the list and the timeline still work; choose another event or place."
              resetKey={`${selection.kind}:${selection.id}`}
              className="detail-sheet"
              onClose={() => store.getState().select(null, 'panel')}
            >
              <Suspense fallback={null}>
                <DetailPanel
                  dataset={dataset}
                  selection={selection}
                  visible={visible}
                  window={timeWindow}
                  onSelect={(next) => store.getState().select(next, 'panel')}
                />
              </Suspense>
            </SectionBoundary>
          </div>
        )}
      </main>
      <footer className="timeline">
        {/* No events, no days: a timeline would invent a range (it once read "1 Jan 1970"). */}
        {shownReady && total > 0 && (
          <SectionBoundary name="The timeline" meanwhile="The map, the list and the filters still work.">
            <Timeline dataset={dataset} rows={rows} />
          </SectionBoundary>
        )}
      </footer>
      {shownReady && total > 0 && (
        <SectionBoundary
          name="The printout's summary"
          meanwhile="Print the page again once the view changes."
          resetKey={timeWindow.join('-')}
          className="print-sheet"
          quiet
        >
          <Suspense fallback={null}>
            <PrintSheet
              dataset={dataset}
              meta={active.meta}
              visible={visible}
              window={timeWindow}
              filters={filters}
              search={search}
              link={currentLink(store)}
            />
          </Suspense>
        </SectionBoundary>
      )}
      <Dialogs
        dialog={dialog}
        onClose={() => setDialog(null)}
        active={active}
        visible={visible}
        filtered={filtered}
        window={timeWindow}
        filters={filters}
        search={search}
        snapshot={() => takeSnapshot.current?.() ?? null}
      />
      {dragging && (
        <div className="drop-overlay">
          <p>Drop the file to open it here. It is read on this device and never uploaded.</p>
        </div>
      )}
    </div>
  );
}
