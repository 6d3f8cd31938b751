/**
 * Said while the map's WebGL context is lost (a graphics reset, too many open tabs): the map
 * is blank for a reason the reader is told, and the rest of the app goes on working. The
 * browser usually hands the context back by itself; if it does not, the button starts a
 * new map in the same place.
 */
interface Props {
  onRedraw(): void;
}

export function ContextLost({ onRedraw }: Props) {
  return (
    <div className="map-notice map-context-lost" role="alert">
      <p>
        The map lost its connection to the graphics card, so it is blank for now. It should come back by
        itself, with the same view and events; meanwhile the list, the timeline and the panels work as usual.
      </p>
      <button type="button" onClick={onRedraw}>
        Redraw the map now
      </button>
    </div>
  );
}
