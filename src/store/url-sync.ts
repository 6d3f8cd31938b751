/**
 * The only module that talks to `history`. The URL is a projection of the store:
 * deliberate steps (opening or closing a panel, switching view) push an entry so Back
 * undoes them; continuous changes (scrubbing, panning, typing) replace the entry, at most
 * a few times a second. Nothing is written while playback runs. Back and Forward decode
 * the URL and restore the whole view.
 */
import type { AppState, AppStore } from './app-store';
import { viewOf } from './app-store';
import { decodeUrl, encodeUrl } from './url-codec';
import { DEFAULT_VIEW } from './view-state';

export const REPLACE_INTERVAL_MS = 250;

function isStep(prev: AppState, next: AppState): boolean {
  const a = prev.selection;
  const b = next.selection;
  const selectionChanged = a?.kind !== b?.kind || a?.id !== b?.id;
  return selectionChanged || prev.view !== next.view;
}

export function currentLink(store: AppStore, win: Window = window): string {
  const { origin, pathname } = win.location;
  return `${origin}${pathname}${encodeUrl(viewOf(store.getState()))}`;
}

/** Starts syncing; returns the function that stops it. */
export function bindUrlSync(store: AppStore, win: Window = window): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let lastWritten = win.location.search;

  const write = (mode: 'push' | 'replace') => {
    const query = encodeUrl(viewOf(store.getState()));
    if (query === lastWritten && !win.location.hash) return;
    lastWritten = query;
    const url = `${win.location.pathname}${query}`;
    if (mode === 'push') win.history.pushState(null, '', url);
    else win.history.replaceState(null, '', url);
  };
  const flush = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    write('replace');
  };

  const unsubscribe = store.subscribe((next, prev) => {
    if (next.playback.playing || next.origin === 'url') return;
    if (isStep(prev, next)) {
      // A pending replace belongs to the entry we are leaving: settle it first.
      if (timer) flush();
      write('push');
    } else if (!timer) {
      timer = setTimeout(flush, REPLACE_INTERVAL_MS);
    }
  });

  const onPopState = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    const { view, notices } = decodeUrl(win.location.search, win.location.hash);
    lastWritten = win.location.search;
    store.getState().applyView({ ...DEFAULT_VIEW, ...view }, 'url');
    if (notices.length > 0) store.getState().addNotices(notices);
  };
  win.addEventListener('popstate', onPopState);
  // Normalise the link we booted from (legacy hash, dropped bad parameters) to canonical form.
  write('replace');

  // Playback pausing is a change with playing=false: write the final window once.
  const unsubscribePlayback = store.subscribe((next, prev) => {
    if (prev.playback.playing && !next.playback.playing) flush();
  });

  return () => {
    unsubscribe();
    unsubscribePlayback();
    if (timer) clearTimeout(timer);
    win.removeEventListener('popstate', onPopState);
  };
}
