// @vitest-environment jsdom
/**
 * url-sync against jsdom's real `history`, with the clock in the test's hands (fake timers
 * drive both the 300 ms replace throttle and jsdom's asynchronous Back/Forward), so "nothing
 * was written" is checked after a known amount of time, not after a sleep.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseCivilDate } from '../../src/shared/civil-date';
import { type AppStore, createAppStore } from '../../src/store/app-store';
import { decodeUrl } from '../../src/store/url-codec';
import { bindUrlSync, currentLink, REPLACE_INTERVAL_MS } from '../../src/store/url-sync';

const day = (d: string) => parseCivilDate(d) as number;
const search = () => window.location.search;

interface Write {
  mode: 'push' | 'replace';
  url: string;
}

let writes: Write[];
let unbind: (() => void) | null = null;
const realPush = window.history.pushState;
const realReplace = window.history.replaceState;
const e1 = { kind: 'event', id: 'e1' } as const;

/** Boots the sync on `url` as main.tsx does, recording every history write after the boot. */
function boot(url = '/'): AppStore {
  window.history.replaceState(null, '', url);
  return start();
}

/** main.tsx's start on whatever entry the window is on (a reload keeps the entry's state). */
function start(): AppStore {
  const { view, notices } = decodeUrl(window.location.search, window.location.hash);
  const store = createAppStore(view, notices);
  unbind = bindUrlSync(store, window);
  writes = [];
  return store;
}

/**
 * Back or Forward. jsdom queues the traversal and then its popstate on timers, which the fake
 * clock holds like ours; advancing it a millisecond at a time delivers the popstate long
 * before the 300 ms throttle could fire.
 */
async function traverse(delta: -1 | 1): Promise<void> {
  let popped = false;
  window.addEventListener('popstate', () => (popped = true), { once: true });
  window.history.go(delta);
  for (let ms = 0; ms < 10 && !popped; ms += 1) await vi.advanceTimersByTimeAsync(1);
  expect(popped, 'popstate was delivered').toBe(true);
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  // What one test's page left in the tab must not open in the next test's boot.
  window.sessionStorage.clear();
  writes = [];
  window.history.pushState = function (this: History, data, unused, url) {
    writes.push({ mode: 'push', url: String(url) });
    realPush.call(this, data, unused, url);
  };
  window.history.replaceState = function (this: History, data, unused, url) {
    writes.push({ mode: 'replace', url: String(url) });
    realReplace.call(this, data, unused, url);
  };
});

afterEach(() => {
  unbind?.();
  unbind = null;
  window.history.pushState = realPush;
  window.history.replaceState = realReplace;
  Reflect.deleteProperty(window.performance, 'getEntriesByType');
  vi.useRealTimers();
});

/** The page is hidden (another tab, the app switcher): `visibilitychange` to `hidden`. */
function hide(): void {
  Object.defineProperty(document, 'visibilityState', { configurable: true, value: 'hidden' });
  try {
    document.dispatchEvent(new Event('visibilitychange'));
  } finally {
    Reflect.deleteProperty(document, 'visibilityState');
  }
}

/** The browser's account of how this page was opened (Navigation Timing); jsdom has none. */
function openedBy(type: NavigationTimingType): void {
  const entries = (kind: string) => (kind === 'navigation' ? [{ type }] : []);
  Object.defineProperty(window.performance, 'getEntriesByType', { configurable: true, value: entries });
}

describe('replacing and pushing', () => {
  it('writes the first change of a burst at once, the last after the interval, and pushes a step at once', () => {
    const store = boot();
    for (let i = 0; i < 10; i += 1) store.getState().setRange([day('2023-10-20') + i, day('2023-11-30')]);
    // The address is current from the first change: a reload or a copy now has the scrub.
    expect(writes).toEqual([{ mode: 'replace', url: '/?v=1&from=2023-10-20&to=2023-11-30' }]);
    vi.advanceTimersByTime(REPLACE_INTERVAL_MS - 1);
    expect(writes).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(writes.at(-1)).toEqual({ mode: 'replace', url: '/?v=1&from=2023-10-29&to=2023-11-30' });
    // Settled: the throttle writes nothing more, and one entry holds the whole scrub.
    vi.advanceTimersByTime(REPLACE_INTERVAL_MS * 3);
    expect(writes).toHaveLength(2);
    store.getState().select({ kind: 'event', id: 'e1' }, 'list');
    expect(writes.at(-1)).toEqual({ mode: 'push', url: '/?v=1&from=2023-10-29&to=2023-11-30&event=e1' });
    expect(writes).toHaveLength(3);
  });

  it('a long scrub writes at most once an interval, and its last window always', () => {
    const store = boot();
    const length = window.history.length;
    // Three seconds of dragging, a change every 20 ms.
    for (let i = 0; i < 150; i += 1) {
      store.getState().setRange([day('2023-10-18') + (i % 30), day('2023-11-30')]);
      vi.advanceTimersByTime(20);
    }
    vi.advanceTimersByTime(REPLACE_INTERVAL_MS);
    // One write at the start and one per 300 ms after it: Safari allows 100 in 30 s.
    expect(writes.length).toBeLessThanOrEqual(1 + (150 * 20 + REPLACE_INTERVAL_MS) / REPLACE_INTERVAL_MS);
    expect(writes.length).toBeGreaterThan(2);
    expect(writes.every((w) => w.mode === 'replace')).toBe(true);
    expect(window.history.length).toBe(length);
    expect(search()).toBe('?v=1&from=2023-11-16&to=2023-11-30');
  });

  it('a step settles the pending change on the entry it leaves before pushing', () => {
    const store = boot();
    store.getState().setSearch('tan');
    store.getState().setSearch('tanf');
    store.getState().select({ kind: 'event', id: 'e1' }, 'list');
    expect(writes).toEqual([
      { mode: 'replace', url: '/?v=1&q=tan' },
      { mode: 'replace', url: '/?v=1&q=tanf' },
      { mode: 'push', url: '/?v=1&q=tanf&event=e1' },
    ]);
    vi.advanceTimersByTime(REPLACE_INTERVAL_MS * 3);
    expect(writes).toHaveLength(3);
  });
});

describe('playback', () => {
  // B1: a scrub just before Play left a replace pending, which then wrote the playback window.
  it('a change made just before Play is settled as Play starts; nothing is written while it runs', () => {
    const store = boot();
    store.getState().setRange([day('2023-10-19'), day('2023-10-26')]);
    store.getState().setRange([day('2023-10-20'), day('2023-10-26')]);
    store.getState().setPlayback({ playing: true });
    expect(writes).toEqual([
      { mode: 'replace', url: '/?v=1&from=2023-10-19&to=2023-10-26' },
      { mode: 'replace', url: '/?v=1&from=2023-10-20&to=2023-10-26' },
    ]);
    for (let i = 1; i <= 10; i += 1) {
      store.getState().setRange([day('2023-10-20') + i, day('2023-10-26') + i], 'playback');
      vi.advanceTimersByTime(200);
    }
    expect(writes).toHaveLength(2);
    store.getState().setPlayback({ playing: false });
    expect(writes.at(-1)).toEqual({ mode: 'replace', url: '/?v=1&from=2023-10-30&to=2023-11-05' });
    expect(writes).toHaveLength(3);
  });

  // B7: selections during playback were ignored, so the panel opened then added no entry.
  it('opening a panel while playback runs adds its own history entry; Back closes it', async () => {
    const store = boot('/?v=1&to=2023-11-30');
    store.getState().setPlayback({ playing: true });
    store.getState().setRange([day('2023-10-20'), day('2023-10-26')], 'playback');
    const length = window.history.length;
    store.getState().select({ kind: 'event', id: 'e1' }, 'list');
    expect(window.history.length).toBe(length + 1);
    expect(writes).toEqual([{ mode: 'push', url: '/?v=1&from=2023-10-20&to=2023-10-26&event=e1' }]);
    store.getState().setPlayback({ playing: false });
    await traverse(-1);
    expect(store.getState().selection).toBeNull();
    expect(search()).toBe('?v=1&to=2023-11-30');
  });
});

describe('Back, Forward and leaving the page', () => {
  // B6 / D7: Back within 300 ms of a scrub dropped the scrub; Forward showed the older window.
  it('a change made just before Back is kept for its entry, and Forward brings it back', async () => {
    const store = boot('/?v=1&to=2023-11-30');
    store.getState().select({ kind: 'event', id: 'e1' }, 'list');
    // The first change is written at once; the second waits for the interval.
    store.getState().setRange([day('2023-10-27'), day('2023-11-30')]);
    store.getState().setRange([day('2023-10-28'), day('2023-11-30')]);
    expect(search()).toBe('?v=1&from=2023-10-27&to=2023-11-30&event=e1');
    await traverse(-1);
    expect(store.getState().selection).toBeNull();
    expect(search()).toBe('?v=1&to=2023-11-30');
    await traverse(1);
    expect(store.getState().range).toEqual([day('2023-10-28'), day('2023-11-30')]);
    expect(store.getState().selection).toEqual({ kind: 'event', id: 'e1' });
    expect(search()).toBe('?v=1&from=2023-10-28&to=2023-11-30&event=e1');
    // And it stays that way: no late write of an older state.
    vi.advanceTimersByTime(REPLACE_INTERVAL_MS * 3);
    expect(search()).toBe('?v=1&from=2023-10-28&to=2023-11-30&event=e1');
  });

  // D7: a reload or a link away within 300 ms of typing lost the typing.
  it('writes a pending change at once when the page is hidden or left', () => {
    const store = boot();
    store.getState().setSearch('towe');
    store.getState().setSearch('tower');
    expect(search()).toBe('?v=1&q=towe');
    window.dispatchEvent(new Event('pagehide'));
    expect(search()).toBe('?v=1&q=tower');
    store.getState().setSearch('tower 22');
    Object.defineProperty(document, 'visibilityState', { configurable: true, value: 'hidden' });
    try {
      document.dispatchEvent(new Event('visibilitychange'));
    } finally {
      Reflect.deleteProperty(document, 'visibilityState');
    }
    expect(search()).toBe('?v=1&q=tower%2022');
  });

  // D7: a reload within 300 ms of typing lost the typing. Chromium reloads the address the
  // entry had when the reader pressed reload, whatever an unload handler writes.
  it('a change made just before a reload opens again after it', () => {
    const store = boot('/?v=1&to=2023-11-30');
    store.getState().setSearch('towe');
    store.getState().setSearch('tower');
    const address = window.location.pathname + window.location.search;
    expect(address).toBe('/?v=1&to=2023-11-30&q=towe');
    window.dispatchEvent(new Event('pagehide'));
    unbind?.();
    realReplace.call(window.history, window.history.state, '', address);
    const reloaded = start();
    expect(reloaded.getState().search).toBe('tower');
    expect(search()).toBe('?v=1&to=2023-11-30&q=tower');
    // Kept for that one reload only: once written, the entry's own URL is the truth again.
    reloaded.getState().setSearch('');
    vi.advanceTimersByTime(REPLACE_INTERVAL_MS);
    unbind?.();
    expect(start().getState().search).toBe('');
  });

  it('a reload pressed just before the throttled write still opens that change', () => {
    const address = '/?v=1&to=2023-11-30';
    const store = boot(address);
    store.getState().setSearch('towe');
    store.getState().setSearch('tower');
    // Reload pressed now; the page writes its replace while it unloads, too late for the reload.
    vi.advanceTimersByTime(REPLACE_INTERVAL_MS);
    expect(search()).toBe('?v=1&to=2023-11-30&q=tower');
    window.dispatchEvent(new Event('pagehide'));
    unbind?.();
    realReplace.call(window.history, window.history.state, '', address);
    expect(start().getState().search).toBe('tower');
  });

  // Seen in Chromium under load: the reload came back at the address before our writes and
  // with no history state, so the view kept under the entry's mark could not be found.
  it("a reload that comes back without the entry's mark still opens the change", () => {
    const address = '/?v=1&to=2023-11-30';
    const store = boot(address);
    store.getState().setSearch('towe');
    store.getState().setSearch('tower');
    window.dispatchEvent(new Event('pagehide'));
    unbind?.();
    realReplace.call(window.history, null, '', address);
    const reloaded = start();
    expect(reloaded.getState().search).toBe('tower');
    expect(search()).toBe('?v=1&to=2023-11-30&q=tower');
    // Written and marked now: the next reload finds the entry's own link.
    expect(window.history.state).not.toBeNull();
  });

  // The reload can start its new page before the one left has run its pagehide: what the
  // page wrote as it went must be enough.
  it('a reload at the address before the typing, before pagehide has run, still opens the typing', () => {
    const address = '/?v=1&to=2023-11-30';
    const store = boot(address);
    const mark = window.history.state;
    store.getState().setSearch('tower');
    expect(search()).toBe('?v=1&to=2023-11-30&q=tower');
    unbind?.();
    // With the entry's mark, then (another reload) without it.
    realReplace.call(window.history, mark, '', address);
    expect(start().getState().search).toBe('tower');
    unbind?.();
    realReplace.call(window.history, null, '', address);
    expect(start().getState().search).toBe('tower');
  });

  it('a reload of another entry does not open the view left on this one', async () => {
    const store = boot('/?v=1&to=2023-11-30');
    store.getState().select({ kind: 'event', id: 'e1' }, 'list');
    store.getState().select(null, 'list');
    // A third entry at the first one's address; the typing is on it.
    store.getState().setSearch('tower');
    await traverse(-1);
    await traverse(-1);
    expect(search()).toBe('?v=1&to=2023-11-30');
    unbind?.();
    // Reloaded on the first entry, at an address the third one had too.
    const reloaded = start();
    expect(reloaded.getState().search).toBe('');
  });

  it('a link opened in the tab after leaving opens as written, and the left view is used once', () => {
    const store = boot('/?v=1&to=2023-11-30');
    store.getState().setSearch('tower');
    window.dispatchEvent(new Event('pagehide'));
    unbind?.();
    realReplace.call(window.history, null, '', '/?v=1&q=other');
    expect(start().getState().search).toBe('other');
    unbind?.();
    // The record of that leave was for the boot that followed it, not for any later one.
    realReplace.call(window.history, null, '', '/?v=1&to=2023-11-30');
    expect(start().getState().search).toBe('');
  });

  it('Back to an entry it did not write (a hand-edited link) rewrites it in canonical form', async () => {
    const store = boot('/?v=1&to=2023-11-30');
    realPush.call(window.history, null, '', '/?to=2023-11-01&q=it%27s&junk=1');
    realPush.call(window.history, null, '', '/?v=1');
    await traverse(-1);
    expect(store.getState().search).toBe("it's");
    expect(search()).toBe('?v=1&to=2023-11-01&q=it%27s');
  });
});

describe('walking history and leaving the sync', () => {
  it('Back and Forward between entries it wrote show each view and write nothing', async () => {
    const store = boot('/?v=1&to=2023-11-30');
    store.getState().select({ kind: 'event', id: 'e1' }, 'list');
    store.getState().select({ kind: 'event', id: 'e2' }, 'list');
    store.getState().setView('list');
    expect(writes.map((w) => w.mode)).toEqual(['push', 'push', 'push']);
    writes = [];
    await traverse(-1);
    await traverse(-1);
    expect(store.getState().selection).toEqual({ kind: 'event', id: 'e1' });
    await traverse(-1);
    expect(store.getState().selection).toBeNull();
    await traverse(1);
    await traverse(1);
    await traverse(1);
    expect(store.getState().selection).toEqual({ kind: 'event', id: 'e2' });
    expect(store.getState().view).toBe('list');
    // Each entry already holds its canonical link: no replace on the way, none after.
    vi.advanceTimersByTime(REPLACE_INTERVAL_MS * 3);
    expect(writes).toEqual([]);
  });

  it('a selection the app drops while repairing a link replaces the entry; a data change is a step', () => {
    const store = boot('/?v=1&to=2023-11-30&event=gone');
    const length = window.history.length;
    store.getState().select(null, 'url');
    expect(window.history.length).toBe(length);
    vi.advanceTimersByTime(REPLACE_INTERVAL_MS);
    expect(search()).toBe('?v=1&to=2023-11-30');
    store.getState().applyView({ data: 'datasets/other.csv' } as never, 'filters');
    expect(window.history.length).toBe(length + 1);
    expect(writes.at(-1)?.mode).toBe('push');
  });

  it('Back while playback runs stops it and shows the entry, with the notices of a hand-edited one', async () => {
    const store = boot('/?v=1&to=2023-11-30');
    realPush.call(window.history, null, '', '/?v=1&to=2023-11-01&from=soon');
    realPush.call(window.history, null, '', '/?v=1');
    store.getState().setPlayback({ playing: true });
    await traverse(-1);
    expect(store.getState().playback.playing).toBe(false);
    expect(store.getState().notices.join(' ')).toMatch(/reset: from/);
    expect(search()).toBe('?v=1&to=2023-11-01');
  });

  it('a page shown again writes nothing early; a stopped sync writes nothing at all', () => {
    const store = boot();
    store.getState().setSearch('towe');
    store.getState().setSearch('tower');
    // Visible again (or still): the pending change waits for its interval.
    document.dispatchEvent(new Event('visibilitychange'));
    expect(search()).toBe('?v=1&q=towe');
    vi.advanceTimersByTime(REPLACE_INTERVAL_MS);
    expect(search()).toBe('?v=1&q=tower');
    // Within the interval after that write: pending, and then the sync is stopped.
    store.getState().setSearch('tower 22');
    unbind?.();
    unbind = null;
    const before = writes.length;
    window.dispatchEvent(new Event('pagehide'));
    vi.advanceTimersByTime(REPLACE_INTERVAL_MS * 2);
    store.getState().select({ kind: 'event', id: 'e1' }, 'list');
    expect(writes).toHaveLength(before);
    expect(search()).toBe('?v=1&q=tower');
  });
});

describe('a history call that throws', () => {
  // B2: the exception escaped through zustand and every later subscriber (the map) missed the change.
  it('costs only that write: later subscribers still see the change, the address catches up', () => {
    const store = boot('/?v=1&to=2023-11-30');
    const seen: (string | undefined)[] = [];
    store.subscribe((s) => seen.push(s.selection?.id));
    window.history.pushState = () => {
      throw new DOMException('Too many calls to Location or History APIs', 'SecurityError');
    };
    expect(() => store.getState().select({ kind: 'event', id: 'e1' }, 'list')).not.toThrow();
    expect(seen).toEqual(['e1']);
    // The step could not be added; the address still shows the view, in place.
    expect(search()).toBe('?v=1&to=2023-11-30&event=e1');
    window.history.replaceState = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    expect(() => store.getState().setSearch('tanf')).not.toThrow();
    vi.advanceTimersByTime(REPLACE_INTERVAL_MS);
    expect(search()).toBe('?v=1&to=2023-11-30&event=e1');
    window.history.replaceState = realReplace;
    store.getState().setSearch('tanf 2');
    vi.advanceTimersByTime(REPLACE_INTERVAL_MS);
    expect(search()).toBe('?v=1&to=2023-11-30&q=tanf%202&event=e1');
  });
});

describe('the link to share', () => {
  it('is the view on screen in canonical form, path kept, even while the address lags behind', () => {
    const store = boot('/atlas/?v=1&to=2023-11-30');
    store.getState().setSearch('towe');
    store.getState().setSearch('tower');
    expect(search()).toBe('?v=1&to=2023-11-30&q=towe');
    expect(currentLink(store, window)).toBe(`${window.location.origin}/atlas/?v=1&to=2023-11-30&q=tower`);
  });
});

describe('the throttle settling', () => {
  it('once the address has settled, the next change goes to it at once again', () => {
    const store = boot();
    store.getState().setSearch('tan');
    store.getState().setSearch('tanf');
    vi.advanceTimersByTime(REPLACE_INTERVAL_MS);
    expect(search()).toBe('?v=1&q=tanf');
    vi.advanceTimersByTime(REPLACE_INTERVAL_MS);
    // A new burst: a reload or a copy right now has it.
    store.getState().setSearch('tanf 2');
    expect(search()).toBe('?v=1&q=tanf%202');
  });

  it('typing back to what the address shows leaves nothing to keep: Back and Forward write nothing', async () => {
    const store = boot('/?v=1&to=2023-11-30');
    store.getState().select(e1, 'list');
    store.getState().setSearch('towe');
    store.getState().setSearch('tower');
    store.getState().setSearch('towe');
    writes = [];
    await traverse(-1);
    await traverse(1);
    expect(store.getState().search).toBe('towe');
    expect(search()).toBe('?v=1&to=2023-11-30&q=towe&event=e1');
    expect(writes).toEqual([]);
  });

  it('Play and Pause without a step write nothing; after a step, Pause writes it and the next change goes at once', () => {
    const store = boot('/?v=1&to=2023-11-30');
    store.getState().setPlayback({ playing: true });
    store.getState().setPlayback({ playing: false });
    expect(writes).toEqual([]);
    store.getState().setPlayback({ playing: true });
    store.getState().setRange([day('2023-10-20'), day('2023-10-26')], 'playback');
    store.getState().setPlayback({ playing: false });
    expect(writes).toEqual([{ mode: 'replace', url: '/?v=1&from=2023-10-20&to=2023-10-26' }]);
    store.getState().setSearch('tower');
    expect(search()).toBe('?v=1&from=2023-10-20&to=2023-10-26&q=tower');
  });

  it('after a reload, Forward and Back between its entries write nothing', async () => {
    const store = boot('/?v=1&to=2023-11-30');
    store.getState().select(e1, 'list');
    await traverse(-1);
    unbind?.();
    const reloaded = start();
    await traverse(1);
    expect(reloaded.getState().selection).toEqual(e1);
    await traverse(-1);
    expect(reloaded.getState().selection).toBeNull();
    expect(writes).toEqual([]);
  });

  it('the record of the view left stays small however long the reader scrubs', () => {
    const store = boot();
    for (let i = 0; i < 40; i += 1) {
      store.getState().setRange([day('2023-10-18') + i, day('2023-11-30')]);
      vi.advanceTimersByTime(REPLACE_INTERVAL_MS);
    }
    expect(writes.length).toBeGreaterThanOrEqual(40);
    // Written to sessionStorage at every write: it must not grow with the session.
    const record = window.sessionStorage.getItem('incident-atlas:last-left') ?? '';
    expect(JSON.parse(record).addresses.length).toBeLessThanOrEqual(4);
  });
});

describe('hiding the page', () => {
  // The reload race: the tab is hidden (switching away, or before a mobile browser discards
  // it) within 300 ms of typing.
  it('writes a change still waiting when the page is hidden; hiding it again writes nothing', () => {
    const store = boot();
    store.getState().setSearch('towe');
    store.getState().setSearch('tower');
    expect(search()).toBe('?v=1&q=towe');
    hide();
    expect(search()).toBe('?v=1&q=tower');
    const before = writes.length;
    hide();
    window.dispatchEvent(new Event('pagehide'));
    expect(writes).toHaveLength(before);
  });

  it('a stopped sync writes nothing when the page is hidden', () => {
    const store = boot();
    store.getState().setSearch('towe');
    store.getState().setSearch('tower');
    unbind?.();
    unbind = null;
    hide();
    expect(search()).toBe('?v=1&q=towe');
    expect(writes).toHaveLength(1);
  });
});

describe('entries and the addresses they had', () => {
  it('typing on an entry it did not write, left by Back, comes back with Forward', async () => {
    const store = boot('/?v=1&to=2023-11-30');
    realPush.call(window.history, null, '', '/?to=2023-11-01&junk=1');
    realPush.call(window.history, null, '', '/?v=1');
    await traverse(-1);
    expect(search()).toBe('?v=1&to=2023-11-01');
    store.getState().setSearch('towe');
    store.getState().setSearch('tower');
    await traverse(-1);
    expect(search()).toBe('?v=1&to=2023-11-30');
    await traverse(1);
    expect(store.getState().search).toBe('tower');
    expect(search()).toBe('?v=1&to=2023-11-01&q=tower');
  });

  it('a reload, before pagehide, at the address an entry reached by Back had before the typing opens the typing', async () => {
    const address = '/?v=1&to=2023-11-30';
    const store = boot(address);
    store.getState().select(e1, 'list');
    await traverse(-1);
    store.getState().setSearch('tower');
    expect(search()).toBe('?v=1&to=2023-11-30&q=tower');
    unbind?.();
    realReplace.call(window.history, null, '', address);
    expect(start().getState().search).toBe('tower');
  });

  it('a reload, before pagehide, at the address a panel opened with opens the panel and the typing', () => {
    const store = boot('/?v=1&to=2023-11-30');
    store.getState().select(e1, 'list');
    const opened = window.location.pathname + window.location.search;
    store.getState().setSearch('tower');
    unbind?.();
    realReplace.call(window.history, null, '', opened);
    const reloaded = start();
    expect(reloaded.getState().selection).toEqual(e1);
    expect(reloaded.getState().search).toBe('tower');
  });

  it("a reload without its mark of the entry before a panel does not open the panel's typing", async () => {
    const address = '/?v=1&to=2023-11-30';
    const store = boot(address);
    store.getState().select(e1, 'list');
    store.getState().setSearch('tower');
    await traverse(-1);
    unbind?.();
    realReplace.call(window.history, null, '', address);
    const reloaded = start();
    expect(reloaded.getState().selection).toBeNull();
    expect(reloaded.getState().search).toBe('');
    expect(search()).toBe('?v=1&to=2023-11-30');
  });

  it('Back to a canonical link it did not write marks it: a reload of it opens it, not the view left elsewhere', async () => {
    const store = boot('/?v=1');
    store.getState().setSearch('x');
    vi.advanceTimersByTime(REPLACE_INTERVAL_MS);
    store.getState().setSearch('xyz');
    realPush.call(window.history, null, '', '/?v=1&q=x');
    realPush.call(window.history, null, '', '/?v=1');
    await traverse(-1);
    expect(store.getState().search).toBe('x');
    // Reloaded before pagehide has run; the browser keeps the entry's state.
    unbind?.();
    expect(start().getState().search).toBe('x');
  });

  it('Back, reload, then Forward into a new page opens the change kept for that entry', async () => {
    const store = boot('/?v=1&to=2023-11-30');
    store.getState().select(e1, 'list');
    store.getState().setSearch('towe');
    store.getState().setSearch('tower');
    await traverse(-1);
    window.dispatchEvent(new Event('pagehide'));
    unbind?.();
    start();
    // The entry Forward goes to belonged to the page before the reload: it loads anew.
    window.dispatchEvent(new Event('pagehide'));
    unbind?.();
    await traverse(1);
    const forward = start();
    expect(forward.getState().selection).toEqual(e1);
    expect(forward.getState().search).toBe('tower');
    expect(search()).toBe('?v=1&to=2023-11-30&q=tower&event=e1');
  });

  it.each([
    ['a reload', 'reload', 'tower'],
    ['a link opened in the tab', 'navigate', ''],
  ] as const)('the view left opens again after %s at its address, without the mark', (_, type, expected) => {
    const address = '/?v=1&to=2023-11-30';
    const store = boot(address);
    store.getState().setSearch('tower');
    window.dispatchEvent(new Event('pagehide'));
    unbind?.();
    realReplace.call(window.history, null, '', address);
    openedBy(type);
    expect(start().getState().search).toBe(expected);
  });
});

describe('steps and what Back restores', () => {
  it('in opened data a place may share an event’s id: switching between them is still a step', async () => {
    const store = boot('/?v=1&to=2023-11-30');
    store.getState().select({ kind: 'event', id: 'k1' }, 'list');
    store.getState().select({ kind: 'site', id: 'k1' }, 'list');
    expect(writes.map((w) => w.mode)).toEqual(['push', 'push']);
    await traverse(-1);
    expect(store.getState().selection).toEqual({ kind: 'event', id: 'k1' });
  });

  it("Back restores the entry's camera as a link's, which the map applies as it is", async () => {
    const store = boot('/?v=1&to=2023-11-30');
    const camera = { zoom: 7, lat: 33.5, lng: 43.25, bearing: 0, pitch: 0 };
    store.getState().setCamera(camera, 'map');
    store.getState().select(e1, 'list');
    store.getState().setCamera({ ...camera, zoom: 9 }, 'map');
    await traverse(-1);
    expect(store.getState().camera).toEqual(camera);
    expect(store.getState().selection).toBeNull();
    expect(store.getState().origin).toBe('url');
  });
});
