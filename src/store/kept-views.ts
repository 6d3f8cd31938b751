/**
 * Views the browser moved away from before their history entry could be written: the last
 * change before Back, Forward or a reload. The browser has already fixed the entry's URL by
 * then (a reload reloads the address it had when the reader pressed it, whatever an unload
 * handler writes), so the view is kept here, by entry, and restored when the reader returns
 * to that entry. Kept in sessionStorage (one tab's, survives a reload) where the browser
 * allows it, else in memory for the page's life. Only our own canonical query strings are
 * stored, and they are decoded like any link when read back.
 */
const PREFIX = 'incident-atlas:kept:';
const LAST = 'incident-atlas:last-left';

/**
 * The view on screen when the page was last left in this tab, with the addresses its entry
 * had just before and just after the leaving write. Chromium can reload an entry as the browser
 * last heard of it: the address before our writes and no history state at all, so the entry's
 * mark (and with it the view kept under it) is gone. Matching the reloaded address against
 * these two finds the view anyway.
 */
export interface LeftView {
  entry: string;
  addresses: string[];
  query: string;
}

export interface KeptViews {
  keep(entry: string, query: string): void;
  /** The view kept for this entry, if any; it is forgotten once taken. */
  take(entry: string): string | undefined;
  /** Drops what this page kept for the entry (it has been written since). */
  forget(entry: string): void;
  /** Records the view left on pagehide (one per tab; each leave replaces the last). */
  keepLeft(left: LeftView): void;
  /** The view last left in this tab, if any; it is forgotten once taken. */
  takeLeft(): LeftView | undefined;
}

function leftViewOf(text: string | null | undefined): LeftView | undefined {
  if (!text) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    const { entry, addresses, query } = (value ?? {}) as Partial<LeftView>;
    const ok =
      typeof entry === 'string' &&
      typeof query === 'string' &&
      Array.isArray(addresses) &&
      addresses.every((a) => typeof a === 'string');
    return ok ? { entry, addresses, query } : undefined;
  } catch {
    return undefined; // written by someone else, or damaged: ignored
  }
}

function storageOf(win: Window): Storage | null {
  try {
    return win.sessionStorage;
  } catch {
    return null; // sandboxed frames and some privacy modes refuse storage outright
  }
}

export function keptViews(win: Window): KeptViews {
  const storage = storageOf(win);
  const memory = new Map<string, string>();
  let left: LeftView | undefined;
  return {
    keep(entry, query) {
      memory.set(entry, query);
      try {
        storage?.setItem(PREFIX + entry, query);
      } catch {
        // Quota or privacy mode: memory still covers Back and Forward within this page.
      }
    },
    take(entry) {
      let query = memory.get(entry);
      memory.delete(entry);
      try {
        query ??= storage?.getItem(PREFIX + entry) ?? undefined;
        storage?.removeItem(PREFIX + entry);
      } catch {
        // As above: storage may refuse reads too.
      }
      return query;
    },
    forget(entry) {
      // Only entries this page kept something for: most writes cost no storage call.
      if (memory.has(entry)) this.take(entry);
    },
    keepLeft(view) {
      left = view;
      try {
        storage?.setItem(LAST, JSON.stringify(view));
      } catch {
        // As in keep: memory still has it.
      }
    },
    takeLeft() {
      let text: string | null | undefined;
      try {
        text = storage?.getItem(LAST);
        storage?.removeItem(LAST);
      } catch {
        text = undefined;
      }
      const view = left ?? leftViewOf(text);
      left = undefined;
      return view;
    },
  };
}
