/**
 * The only module that talks to `history`. The URL is a projection of the store:
 * deliberate steps (opening or closing a panel, switching pane) push an entry so Back undoes
 * them; continuous changes (scrubbing, panning, typing) replace the entry. The first change of
 * a burst is written at once, so the address is current before the reader can reload or copy
 * it; later ones at most about three times a second (Safari refuses more than 100 history calls
 * in 30 s), and the last one always. Changes the app makes to repair a link (origin `url`)
 * replace too. While playback runs only a step writes (opening a panel still adds its entry);
 * pausing writes the window once. Back and Forward decode the URL and restore the whole view,
 * camera included.
 *
 * A change still waiting for its replace is never lost: it is written when playback starts,
 * before a step, and when the page is hidden or left. Back, Forward and reload come too late
 * to write it (the browser has already taken the entry's URL), so it is kept (kept-views.ts)
 * and restored when the reader is back on that entry. A history call that throws costs only
 * that write.
 */
import type { AppState, AppStore } from './app-store';
import { viewOf } from './app-store';
import { type KeptViews, keptViews, type LeftView } from './kept-views';
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
  // Opening other data is a step too: Back returns to the data (and view) before.
  return selected || prev.view !== next.view || prev.data !== next.data;
}

/** The canonical link to the current view: unknown keys and any hash left out. */
export function currentLink(store: AppStore, win: Window = window): string {
  const { origin, pathname } = win.location;
  return `${origin}${pathname}${encodeUrl(viewOf(store.getState()))}`;
}

/** Our mark on each history entry we write, so an entry can be recognised on Back/Forward. */
interface EntryState {
  atlasEntry: string;
}

function entryOf(state: unknown): string | null {
  const key = (state as Partial<EntryState> | null)?.atlasEntry;
  return typeof key === 'string' ? key : null;
}

/** How many of an entry's latest addresses the record of the view left keeps. */
const ADDRESSES_KEPT = 4;

/**
 * A reload that came back without the view its entry last showed (Chromium reloads an entry as
 * the browser last heard of it: an older address, sometimes with no history state at all): the
 * view left, when the page is a reload of that entry (our mark, or none) at one of the
 * addresses it had. A link opened in the tab afterwards is not a reload and opens as written.
 */
function leftBeforeReload(
  left: LeftView | undefined,
  booted: string | null,
  kept: KeptViews,
  win: Window,
): string | undefined {
  if (left === undefined || (booted !== null && booted !== left.entry)) return undefined;
  const navigation = win.performance?.getEntriesByType?.('navigation')[0] as
    | PerformanceNavigationTiming
    | undefined;
  const reloaded = navigation === undefined || navigation.type === 'reload';
  if (!reloaded || !left.addresses.includes(win.location.search + win.location.hash)) return undefined;
  return kept.take(left.entry) ?? left.query;
}

/** Starts syncing; returns the function that stops it. */
export function bindUrlSync(store: AppStore, win: Window = window): () => void {
  // The throttle: while `timer` runs, a change only marks itself `pending`; when it ends, a
  // pending change is written and the next interval starts.
  let timer: ReturnType<typeof setTimeout> | null = null;
  let pending = false;
  let lastWritten: string | null = null;
  let restoring = false;
  const prefix = Math.random().toString(36).slice(2, 8);
  let entries = 0;
  const newEntry = () => {
    entries += 1;
    return `${prefix}-${entries}`;
  };
  const here = () => win.location.search + win.location.hash;
  let current = entryOf(win.history.state) ?? newEntry();
  // The addresses the current entry has had lately: the browser may reload any of them.
  let addresses = [here()];
  const kept = keptViews(win);
  /**
   * Records the view on screen as the one left, at every write and again on pagehide: a
   * reload pressed at any moment finds it, even when the browser reloads an older address and
   * the page being left has not run its pagehide yet.
   */
  const recordLeft = (query: string) => kept.keepLeft({ entry: current, addresses, query });

  const write = (mode: 'push' | 'replace', state: AppState = store.getState()) => {
    const query = encodeUrl(viewOf(state));
    if (mode === 'replace' && query === lastWritten && query === here()) return;
    // The path stays; the query is ours alone and any hash is a legacy camera already read.
    const url = `${win.location.pathname}${query}`;
    const entry = mode === 'push' ? newEntry() : current;
    try {
      if (mode === 'push') win.history.pushState({ atlasEntry: entry } satisfies EntryState, '', url);
      else win.history.replaceState({ atlasEntry: entry } satisfies EntryState, '', url);
      addresses = entry === current ? [...addresses, here()].slice(-ADDRESSES_KEPT) : [here()];
      current = entry;
      lastWritten = query;
      // The entry now holds its own view: a copy kept for it earlier is out of date.
      kept.forget(entry);
      recordLeft(query);
    } catch {
      // Browsers throw past their rate limit (Safari: 100 calls in 30 s) or in a sandbox. The
      // store, the map and the page carry on; only this write is lost. A failed step still
      // updates the address in place, and the next change or flush tries again.
      lastWritten = null;
      if (mode === 'push') write('replace', state);
    }
  };
  /** Stops the throttle; says whether a change was waiting for it. */
  const cancel = () => {
    const waiting = pending;
    if (timer) clearTimeout(timer);
    timer = null;
    pending = false;
    return waiting;
  };
  const tick = () => {
    timer = null;
    if (!pending) return;
    pending = false;
    write('replace');
    timer = setTimeout(tick, REPLACE_INTERVAL_MS);
  };
  const flush = () => {
    cancel();
    write('replace');
  };

  const unsubscribe = store.subscribe((next, prev) => {
    if (restoring) return;
    const wasPlaying = prev.playback.playing;
    if (next.playback.playing) {
      // Playback starts: a pending change belongs to the view before it; settle it now.
      if (!wasPlaying && cancel()) write('replace', prev);
      // While it runs, only a step the reader takes is written: it adds its entry.
      else if (wasPlaying && isStep(prev, next)) write('push', next);
      return;
    }
    if (wasPlaying) {
      // Pausing: write the window the reader now sees, once.
      flush();
      return;
    }
    if (encodeUrl(viewOf(next)) === lastWritten) {
      // Back to what the address shows: nothing is left to write.
      pending = false;
      return;
    }
    if (isStep(prev, next)) {
      // A pending replace belongs to the entry we are leaving: settle it with that state.
      if (cancel()) write('replace', prev);
      write('push', next);
    } else if (timer) {
      pending = true;
    } else {
      // The first change of a burst goes to the address at once.
      write('replace', next);
      timer = setTimeout(tick, REPLACE_INTERVAL_MS);
    }
  });

  /**
   * Shows the view of the entry the browser is on: the one kept for it, else its URL. An
   * entry we did not write (a hand-edited or legacy link), or one whose last change was kept,
   * is then rewritten in place; one of ours already holds its canonical link.
   */
  const show = (keptView: string | undefined, ours: boolean) => {
    const { view, notices } =
      keptView === undefined ? decodeUrl(win.location.search, win.location.hash) : decodeUrl(keptView);
    restoring = true;
    try {
      const state = store.getState();
      if (state.playback.playing) state.setPlayback({ playing: false });
      state.applyView({ ...DEFAULT_VIEW, ...view }, 'url');
      if (notices.length > 0) state.addNotices(notices);
    } finally {
      restoring = false;
    }
    lastWritten = keptView === undefined && ours ? here() : null;
    write('replace');
  };
  const onPopState = (event: PopStateEvent) => {
    // The browser has already moved: a pending change of the entry just left can no longer
    // be written there. Keep it for when the reader comes back to that entry.
    if (cancel()) kept.keep(current, encodeUrl(viewOf(store.getState())));
    const entry = entryOf(event.state);
    current = entry ?? newEntry();
    addresses = [here()];
    show(entry === null ? undefined : kept.take(entry), entry !== null);
  };
  // Leaving, reloading or hiding the page: write the store's view now while the entry is ours
  // (that serves a link away and Back), and keep the view for the entry in any case: a reload
  // has already taken the address it had when it was pressed, which a write that landed since
  // (the throttle's, or this one) no longer changes.
  const onPageHide = () => {
    cancel();
    write('replace');
    const query = encodeUrl(viewOf(store.getState()));
    kept.keep(current, query);
    recordLeft(query);
  };
  const onVisibility = () => {
    if (win.document.visibilityState === 'hidden') onPageHide();
  };
  win.addEventListener('popstate', onPopState);
  win.addEventListener('pagehide', onPageHide);
  win.document.addEventListener('visibilitychange', onVisibility);
  // The page the store was made from: a reload of an entry whose last change was kept opens
  // that change; any other link is normalised (legacy hash or form, dropped bad parameters)
  // and its entry marked as ours.
  const booted = entryOf(win.history.state);
  // The record of the last leave serves this boot only, whichever way the entry is found.
  const left = kept.takeLeft();
  const keptAtBoot =
    (booted === null ? undefined : kept.take(booted)) ?? leftBeforeReload(left, booted, kept, win);
  if (keptAtBoot === undefined) write('replace');
  else show(keptAtBoot, true);

  return () => {
    unsubscribe();
    cancel();
    win.removeEventListener('popstate', onPopState);
    win.removeEventListener('pagehide', onPageHide);
    win.document.removeEventListener('visibilitychange', onVisibility);
  };
}
