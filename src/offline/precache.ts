/**
 * The caching rule of the service worker, pure so it can be tested in Node:
 * - only the files of the build itself are cached: the app, the basemap, the fonts, the icons
 *   and the dataset under data/, listed with a content revision when the app is built
 *   (scripts/build/offline-plugin.ts). Nothing is ever cached at run time;
 * - a request is answered from the cache only when it is a GET for exactly one of those URLs
 *   on our own origin, or a page navigation inside the app's scope (any view's link gets the
 *   app shell, index.html);
 * - everything else goes to the network as if there were no worker: other origins, other
 *   paths, any URL with a query string, and of course data a reader opens from a local file,
 *   which is read by the File API and never becomes a request at all.
 */

export interface PrecacheEntry {
  /** Path relative to the scope; "" is the app shell (index.html, fetched as the scope URL). */
  url: string;
  /** A hash of the content: a changed file gets a new cache key. */
  revision: string;
}

export const CACHE_NAME = 'incident-atlas-precache';
/** Caches by an older scheme or name, deleted when a worker activates. */
export const CACHE_PREFIX = 'incident-atlas-';

export function absoluteUrl(entry: PrecacheEntry, scope: string): string {
  return new URL(entry.url, scope).href;
}

/** The URL an entry is stored under: its own URL plus the revision. */
export function cacheKey(entry: PrecacheEntry, scope: string): string {
  const url = new URL(entry.url, scope);
  url.searchParams.set('__revision', entry.revision);
  return url.href;
}

/** Absolute URL (no query) to cache key, for every entry of the manifest. */
export function precacheIndex(entries: readonly PrecacheEntry[], scope: string): Map<string, string> {
  return new Map(entries.map((e) => [absoluteUrl(e, scope), cacheKey(e, scope)]));
}

export interface RequestLike {
  method: string;
  url: string;
  mode: string;
}

/** The cache key that answers this request, or null when the network must answer it. */
export function keyForRequest(
  request: RequestLike,
  scope: string,
  index: Map<string, string>,
): string | null {
  if (request.method !== 'GET') return null;
  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    return null;
  }
  const root = new URL(scope);
  if (url.origin !== root.origin || !url.pathname.startsWith(root.pathname)) return null;
  if (request.mode === 'navigate') {
    // Every view is a query on the app's one page; other pages in scope are not ours to answer.
    const page = url.pathname === root.pathname || url.pathname === `${root.pathname}index.html`;
    return page ? (index.get(root.href) ?? null) : null;
  }
  if (url.search !== '') return null;
  url.hash = '';
  return index.get(url.href) ?? null;
}

/** Keys in the cache that no entry of the current manifest uses any more. */
export function staleKeys(cached: readonly string[], index: Map<string, string>): string[] {
  const current = new Set(index.values());
  return cached.filter((key) => !current.has(key));
}
