/**
 * Hosts the one map for the page's life: other data (a file opened, the built-in data again)
 * is swapped into the same map, so its WebGL context, basemap, glyphs and marks layer are made
 * once (a new map per dataset cost the longest tasks of a big import). React renders only the
 * container and the small overlays (tooltip, chooser, notices, playback date); the map itself
 * is driven by store subscriptions, so a slider tick never re-renders this component.
 */
import { type RefObject, useEffect, useRef, useState } from 'react';
import { visibleEvents } from '../data/filter-events';
import type { AtlasEvent, Dataset } from '../data/model';
import { useAppContext } from '../store/app-context';
import type { AppState } from '../store/app-store';
import { basemapStyle, MAP_INITIAL_VIEW, MAP_MAX_BOUNDS, MAP_MAX_ZOOM } from './basemap-style';
import { type Insets, NO_INSETS } from './camera-sync';
import { coveredInsets } from './covered-insets';
import { MapChooser } from './map-chooser';
import { type Chooser, type HoverCard, MapController } from './map-controller';
import { useMapFactory } from './map-factory';
import { NO_MAP_TEXT } from './map-problem';
import { ContextLost } from './context-lost';
import { MapTooltip } from './map-tooltip';
import { PlaybackStamp } from './playback-stamp';
import { usePrintCopy } from './use-print-copy';
import 'maplibre-gl/dist/maplibre-gl.css';
import './map.css';

function queryOf(s: AppState) {
  return { range: s.range, filters: s.filters, search: s.search };
}

/** Run after React has drawn what this store change opened (a panel), so it can be measured. */
const afterPaint = (fn: () => void) =>
  typeof requestAnimationFrame === 'function' ? requestAnimationFrame(() => fn()) : setTimeout(fn, 0);

/** What the map says when it has nothing to draw though events are in view. */
function unlocatedNote(visible: readonly AtlasEvent[]): string | null {
  if (visible.length === 0) return null;
  if (visible.some((e) => e.site?.lon != null && e.site?.lat != null)) return null;
  const n = visible.length;
  return `${n === 1 ? 'The event' : `The ${n} events`} in view ${n === 1 ? 'has' : 'have'} no known location, so the map shows none. ${n === 1 ? 'It is' : 'They are'} in the list.`;
}

/**
 * What covers the map: the panel, the map's own controls (zoom and reset at the top right,
 * scale and attribution at the bottom right) and the legend's button. Each takes a side;
 * the camera keeps marks out from under all of them.
 */
function coveredBy(map: HTMLElement | null, panel: DOMRect | null): Insets {
  if (!map) return NO_INSETS;
  const box = map.getBoundingClientRect();
  const covers = [
    panel,
    map.querySelector('.maplibregl-ctrl-top-right')?.getBoundingClientRect() ?? null,
    map.querySelector('.maplibregl-ctrl-bottom-right')?.getBoundingClientRect() ?? null,
    map.closest('.map-pane')?.querySelector('.map-legend:not([open])')?.getBoundingClientRect() ?? null,
  ];
  const out = { ...NO_INSETS };
  for (const c of covers) {
    if (!c || c.width === 0 || c.height === 0) continue;
    const i = coveredInsets(box, c);
    out.top = Math.max(out.top, i.top);
    out.right = Math.max(out.right, i.right);
    out.bottom = Math.max(out.bottom, i.bottom);
    out.left = Math.max(out.left, i.left);
  }
  return out;
}

interface Props {
  dataset: Dataset;
  /**
   * Which data this is (use-active-data.ts): a new key is other data, shown on the same map
   * with the view started afresh; the same key with a new dataset is its real events following
   * the empty placeholder.
   */
  dataKey: string;
  /** The element of the open detail panel (or phone sheet), to keep picks out from under it. */
  panel?: RefObject<HTMLElement | null>;
  /** Receives the way to take a picture of the map once it is ready (null when it goes). */
  onSnapshot?(take: (() => HTMLCanvasElement | null) | null): void;
  /**
   * The map has drawn the dataset it was given: the first frame with its marks on the canvas,
   * or its first `idle` after the upload when no mark is in view (may be called again, and
   * again for each new dataset).
   */
  onDrawn?(): void;
}

export function MapView({ dataset, dataKey, panel, onSnapshot, onDrawn }: Props) {
  const { store, dataBaseUrl, reducedMotion } = useAppContext();
  const createMap = useMapFactory();
  const container = useRef<HTMLDivElement>(null);
  const [controller, setController] = useState<MapController | null>(null);
  const [failed, setFailed] = useState(false);
  const [hover, setHover] = useState<HoverCard | null>(null);
  const [chooser, setChooser] = useState<Chooser | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  /** The graphics context is lost; `generation` counts the maps made, for a fresh start. */
  const [lost, setLost] = useState(false);
  const [generation, setGeneration] = useState(0);
  const printCopy = useRef<HTMLDivElement>(null);
  const drawn = useRef(onDrawn);
  drawn.current = onDrawn;
  /**
   * The dataset rendered last. The map reports it drawn only once its marks are installed: an
   * `idle` before then is the bare basemap's, or the previous dataset's (the map is reused).
   */
  const latest = useRef(dataset);
  latest.current = dataset;
  /** The data key the controller was last given, and which controller (a redrawn map starts afresh). */
  const given = useRef<{ controller: MapController; key: string } | null>(null);
  usePrintCopy(controller, printCopy);

  useEffect(() => {
    if (!controller || !onSnapshot) return;
    onSnapshot(() => controller.snapshot());
    return () => onSnapshot(null);
  }, [controller, onSnapshot]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `generation` is the reader asking for a new map (its context was lost for good)
  useEffect(() => {
    let cancelled = false;
    let created: MapController | null = null;
    const camera = store.getState().camera;
    const [w, s, e, n] = MAP_MAX_BOUNDS;
    const panelBox = () => {
      const slot = panel?.current;
      const box = slot?.getBoundingClientRect();
      // On a phone the slot is the sheet; on a desktop it has no box and the card inside does.
      if (box && box.width > 0 && box.height > 0) return box;
      return slot?.firstElementChild?.getBoundingClientRect() ?? null;
    };
    createMap({
      container: container.current as HTMLDivElement,
      style: basemapStyle(dataBaseUrl),
      center: camera ? [camera.lng, camera.lat] : [...MAP_INITIAL_VIEW.center],
      zoom: camera?.zoom ?? MAP_INITIAL_VIEW.zoom,
      bearing: camera?.bearing ?? 0,
      pitch: camera?.pitch ?? 0,
      maxBounds: [
        [w, s],
        [e, n],
      ],
      maxZoom: MAP_MAX_ZOOM,
      reducedMotion,
      onResetView: () => {
        store.getState().setCamera(null, 'map');
        created?.resetView();
      },
    }).then(
      (map) => {
        created = new MapController(
          map,
          {
            onSelect: (selection) => store.getState().select(selection, 'map'),
            onCamera: (cam) => store.getState().setCamera(cam, 'map'),
            // A plain attribute, not React state: browser tests wait on it, and it costs no render.
            onIdle: () => {
              container.current?.setAttribute('data-idle', 'true');
              if (created?.shown === latest.current) drawn.current?.();
            },
            // The events are on the canvas: the first view need not wait for the basemap's idle.
            onMarksDrawn: () => {
              if (created?.shown === latest.current) drawn.current?.();
            },
            onBusy: () => container.current?.setAttribute('data-idle', 'false'),
            onHover: setHover,
            onChooser: setChooser,
            onProblem: setProblem,
            insets: () => coveredBy(container.current, panelBox()),
            onContext: (state) => setLost(state === 'lost'),
          },
          {
            reducedMotion,
            pixelRatio: Math.min(3, Math.max(1, Math.round(window.devicePixelRatio || 1))),
            autoCamera: camera === null,
          },
        );
        if (cancelled) created.destroy();
        else setController(created);
      },
      (error: unknown) => {
        // The library's words (and its URLs) are for the console; the reader gets ours.
        console.warn('map:', error);
        setFailed(true);
      },
    );
    return () => {
      cancelled = true;
      created?.destroy();
      setLost(false);
    };
  }, [store, createMap, dataBaseUrl, reducedMotion, panel, generation]);

  // The browser tests' window onto the map: where each mark is drawn, and where a place is.
  useEffect(() => {
    const el = container.current;
    if (!controller || !el) return;
    Object.defineProperty(el, 'atlas', {
      configurable: true,
      value: {
        marks: () => controller.screenMarks(),
        camera: () => controller.camera(),
        project: (lng: number, lat: number) => controller.project(lng, lat),
        snapshot: () => controller.snapshot(),
      },
    });
  }, [controller]);

  // No map, nothing will be drawn: whoever waits for this dataset need not wait on.
  // biome-ignore lint/correctness/useExhaustiveDependencies: each new dataset is waited for anew
  useEffect(() => {
    if (failed) drawn.current?.();
  }, [failed, dataset]);

  useEffect(() => {
    if (!controller) return;
    // Other data on the same map: the view starts as a new page's would, at the camera of the
    // link that brought it (Back, Forward), else fitted to the new events, the link saying so.
    const fresh = given.current?.controller === controller && given.current.key !== dataKey;
    given.current = { controller, key: dataKey };
    const now = store.getState();
    const camera = !fresh ? undefined : now.origin === 'url' ? now.camera : null;
    if (fresh && camera === null && now.camera) now.setCamera(null, 'map');
    controller.setDataset(dataset, camera);
    const apply = (state: AppState, prev: AppState | null) => {
      if (
        !prev ||
        prev.range !== state.range ||
        prev.filters !== state.filters ||
        prev.search !== state.search
      ) {
        const visible = visibleEvents(dataset, queryOf(state));
        controller.setVisible(visible);
        setNote(unlocatedNote(visible));
      }
      // A link's camera (Back/Forward): applied as is; none means the default, fitted view,
      // unless a selection will bring the map to itself.
      if (prev && prev.camera !== state.camera && state.origin === 'url') {
        if (state.camera || !state.selection) controller.setCamera(state.camera);
      }
      if (!prev || prev.selection !== state.selection) {
        controller.setSelected(state.selection);
        setChooser(null);
        // Picked on the map: keep it in sight. Elsewhere: go to it, unless a link says where to look.
        const linkCamera = state.origin === 'url' && state.camera;
        const mode = state.origin === 'map' ? 'keep' : linkCamera ? null : 'fly';
        if (state.selection && mode) afterPaint(() => controller.bringIntoView(mode));
      }
      if (!prev || prev.hoveredId !== state.hoveredId) controller.setHovered(state.hoveredId);
    };
    apply(store.getState(), null);
    return store.subscribe((state, prev) => apply(state, prev));
  }, [controller, dataset, dataKey, store]);

  // The panel opening, growing or folding: keep the pick out from under it.
  useEffect(() => {
    const slot = panel?.current;
    if (!controller || !slot || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      if (store.getState().selection) controller.bringIntoView('keep');
    });
    observer.observe(slot);
    return () => observer.disconnect();
  }, [controller, panel, store]);

  const size = container.current?.getBoundingClientRect();
  const atMaxZoom = (controller?.camera().zoom ?? 0) >= MAP_MAX_ZOOM - 1e-6;
  return (
    <section className="map-view" aria-label="Map of events; the event list offers the same content">
      <div ref={container} className="map-canvas" data-testid="map" />
      <div ref={printCopy} className="map-print" aria-hidden="true" />
      <PlaybackStamp />
      {hover && !chooser && <MapTooltip card={hover} width={size?.width ?? 0} atMaxZoom={atMaxZoom} />}
      {chooser && (
        <MapChooser
          key={`${chooser.x},${chooser.y},${chooser.summary.n}`}
          chooser={chooser}
          width={size?.width ?? 0}
          height={size?.height ?? 0}
          onSelect={(selection) => {
            setChooser(null);
            store.getState().select(selection, 'map');
          }}
          onClose={() => {
            setChooser(null);
            container.current?.querySelector<HTMLElement>('canvas')?.focus();
          }}
        />
      )}
      {(problem || note) && (
        <p className="map-notice" role="status">
          {problem ?? note}
        </p>
      )}
      {lost && <ContextLost onRedraw={() => setGeneration((g) => g + 1)} />}
      {failed && (
        <p className="map-error" role="alert">
          {NO_MAP_TEXT}
        </p>
      )}
    </section>
  );
}
