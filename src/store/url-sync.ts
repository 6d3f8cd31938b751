/**
 * The only module that talks to `history`. The URL is a projection of the store:
 * deliberate steps (opening or closing a panel, switching view) push an entry so Back
 * undoes them; continuous changes (scrubbing, panning, typing) replace the entry, at most
 * about three times a second (Safari refuses more than 100 history calls in 30 s). Changes
 * the app makes to repair a link (origin `url`) replace too. Nothing is written while
 * playback runs; pausing writes the window once. Back and Forward decode the URL and restore
 * the whole view, camera included.
 */
import type { AppState, AppStore } from './app-store';
import { viewOf } from './app-store';
import { decodeUrl, encodeUrl } from './url-codec';
import { DEFAULT_VIEW } from './view-state';

export const REPLACE_INTERVAL_MS = 300;

/**
 * A deliberate step: the reader opened, closed or changed a panel, or switched pane. A
 * selection dropped by the app itself (origin `url`: a link naming an unknown event) is a
 * repair, not a step. `setView` carries no origin, so a view change is always the reader's.
 */
function isStep(prev: AppState, next: AppState): boolean {
  const a = prev.selection;
  const b = next.selection;
  const selected = (a?.kind !== b?.kind || a?.id !== b?.id) && next.origin !== 'url';
  return selected || prev.view !== next.view;
}

/** The canonical link to the current view: unknown keys and any hash left out. */
export function currentLink(store: AppStore, win: Window = window): string {
  const { origin, pathname } = win.location;
  return `${origin}${pathname}${encodeUrl(viewOf(store.getState()))}`;
}

/** Starts syncing; returns the function that stops it. */
export function bindUrlSync(store: AppStore, win: Window = window): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let lastWritten: string | null = null;
  let restoring = false;

  const write = (mode: 'push' | 'replace', state: AppState = store.getState()) => {
    const query = encodeUrl(viewOf(state));
    const current = win.location.search + win.location.hash;
    if (query === lastWritten && query === current) return;
    lastWritten = query;
    // The path stays; the query is ours alone and any hash is a legacy camera already read.
    const url = `${win.location.pathname}${query}`;
    if (mode === 'push') win.history.pushState(null, '', url);
    else win.history.replaceState(null, '', url);
  };
  const cancel = () => {
    if (timer) clearTimeout(timer);
    timer = null;
  };
  const flush = () => {
    cancel();
    write('replace');
  };

  const unsubscribe = store.subscribe((next, prev) => {
    if (restoring) return;
    if (next.playback.playing) return;
    if (prev.playback.playing) {
      // Pausing: write the window the reader now sees, once.
      flush();
      return;
    }
    if (encodeUrl(viewOf(next)) === lastWritten) return;
    if (isStep(prev, next)) {
      // A pending replace belongs to the entry we are leaving: settle it with that state.
      if (timer) {
        cancel();
        write('replace', prev);
      }
      write('push', next);
    } else if (!timer) {
      timer = setTimeout(flush, REPLACE_INTERVAL_MS);
    }
  });

  const onPopState = () => {
    cancel();
    const { view, notices } = decodeUrl(win.location.search, win.location.hash);
    restoring = true;
    try {
      const state = store.getState();
      if (state.playback.playing) state.setPlayback({ playing: false });
      state.applyView({ ...DEFAULT_VIEW, ...view }, 'url');
      if (notices.length > 0) state.addNotices(notices);
    } finally {
      restoring = false;
    }
    // An entry we did not write (a hand-edited or legacy link) is normalised in place.
    write('replace');
  };
  win.addEventListener('popstate', onPopState);
  // Normalise the link we booted from (legacy hash or form, dropped bad parameters).
  write('replace');

  return () => {
    unsubscribe();
    cancel();
    win.removeEventListener('popstate', onPopState);
  };
}
