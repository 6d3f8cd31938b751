/**
 * Hosts the one map for the page's life. React renders only the container; the map is
 * driven by store subscriptions, so a slider tick never re-renders this component.
 */
import { type RefObject, useEffect, useRef, useState } from 'react';
import { visibleEvents } from '../data/filter-events';
import type { Dataset } from '../data/model';
import { useAppContext } from '../store/app-context';
import type { AppState } from '../store/app-store';
import { basemapStyle, MAP_INITIAL_VIEW, MAP_MAX_BOUNDS } from './basemap-style';
import { MapController } from './map-controller';
import { useMapFactory } from './map-factory';
import 'maplibre-gl/dist/maplibre-gl.css';

const INITIAL_CAMERA = {
  lng: MAP_INITIAL_VIEW.center[0],
  lat: MAP_INITIAL_VIEW.center[1],
  zoom: MAP_INITIAL_VIEW.zoom,
  bearing: 0,
  pitch: 0,
};

function queryOf(s: AppState) {
  return { range: s.range, filters: s.filters, search: s.search };
}

interface Props {
  dataset: Dataset;
  /** Receives the way to take a picture of the map once it is ready (null when it goes). */
  onSnapshot?(take: (() => HTMLCanvasElement | null) | null): void;
  /** The map has drawn the dataset it was given (its first `idle` after the upload). */
  onDrawn?(): void;
}

/**
 * Printing: a WebGL canvas prints blank, so just before the page prints, a 2D copy of the map
 * takes its place (print.css shows the copy and hides the live canvas).
 */
function usePrintCopy(controller: MapController | null, holder: RefObject<HTMLDivElement | null>) {
  useEffect(() => {
    const box = holder.current;
    if (!controller || !box) return;
    const capture = () => {
      const shot = controller.snapshot();
      box.replaceChildren(...(shot ? [shot] : []));
    };
    const clear = () => box.replaceChildren();
    const print = window.matchMedia?.('print');
    const onMedia = (e: MediaQueryListEvent) => (e.matches ? capture() : clear());
    window.addEventListener('beforeprint', capture);
    window.addEventListener('afterprint', clear);
    print?.addEventListener?.('change', onMedia);
    return () => {
      window.removeEventListener('beforeprint', capture);
      window.removeEventListener('afterprint', clear);
      print?.removeEventListener?.('change', onMedia);
      clear();
    };
  }, [controller, holder]);
}

export function MapView({ dataset, onSnapshot, onDrawn }: Props) {
  const { store, dataBaseUrl, reducedMotion } = useAppContext();
  const createMap = useMapFactory();
  const container = useRef<HTMLDivElement>(null);
  const [controller, setController] = useState<MapController | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const printCopy = useRef<HTMLDivElement>(null);
  const drawn = useRef(onDrawn);
  drawn.current = onDrawn;
  /** An `idle` before the dataset reached the controller is the bare basemap's. */
  const given = useRef(false);
  usePrintCopy(controller, printCopy);

  useEffect(() => {
    if (!controller || !onSnapshot) return;
    onSnapshot(() => controller.snapshot());
    return () => onSnapshot(null);
  }, [controller, onSnapshot]);

  useEffect(() => {
    let cancelled = false;
    let created: MapController | null = null;
    const camera = store.getState().camera;
    const [w, s, e, n] = MAP_MAX_BOUNDS;
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
      reducedMotion,
    }).then(
      (map) => {
        created = new MapController(
          map,
          {
            onSelect: (selection) => store.getState().select(selection, 'map'),
            onHover: (id) => store.getState().hover(id),
            onCamera: (cam) => store.getState().setCamera(cam, 'map'),
            // A plain attribute, not React state: browser tests wait on it, and it costs no render.
            onIdle: () => {
              container.current?.setAttribute('data-idle', 'true');
              if (given.current) drawn.current?.();
            },
            onBusy: () => container.current?.setAttribute('data-idle', 'false'),
          },
          reducedMotion,
        );
        if (cancelled) created.destroy();
        else setController(created);
      },
      (error: unknown) => {
        setFailed(error instanceof Error ? error.message : String(error));
        // Nothing more will be drawn: whoever waits for the map need not wait on.
        drawn.current?.();
      },
    );
    return () => {
      cancelled = true;
      created?.destroy();
    };
  }, [store, createMap, dataBaseUrl, reducedMotion]);

  useEffect(() => {
    if (!controller) return;
    controller.setDataset(dataset);
    given.current = true;
    const apply = (state: AppState, prev: AppState | null) => {
      if (
        !prev ||
        prev.range !== state.range ||
        prev.filters !== state.filters ||
        prev.search !== state.search
      ) {
        controller.setVisible(visibleEvents(dataset, queryOf(state)));
      }
      // The camera first: a link's camera, or the region when a link has none and no selection
      // to fly to (Back to the first entry). The selection may then fly from there.
      if (prev && prev.camera !== state.camera && state.origin === 'url') {
        controller.setCamera(state.camera ?? (state.selection ? null : INITIAL_CAMERA));
      }
      if (!prev || prev.selection !== state.selection) {
        // A link that carries its own camera keeps it; otherwise bring the selection into view.
        controller.setSelected(
          state.selection,
          state.origin !== 'map' && !(state.origin === 'url' && state.camera),
        );
      }
      if (!prev || prev.hoveredId !== state.hoveredId) controller.setHovered(state.hoveredId);
    };
    apply(store.getState(), null);
    return store.subscribe((state, prev) => apply(state, prev));
  }, [controller, dataset, store]);

  return (
    <section className="map-view" aria-label="Map of events; the event list offers the same content">
      <div ref={container} className="map-canvas" data-testid="map" />
      <div ref={printCopy} className="map-print" aria-hidden="true" />
      {failed && (
        <p className="map-error" role="alert">
          The map could not start ({failed}). The event list and timeline still work.
        </p>
      )}
    </section>
  );
}
