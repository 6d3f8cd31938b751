/**
 * The service worker (built to /sw.js by scripts/build/offline-plugin.ts): after one visit
 * the app opens and works with no network. It precaches the build's own files at install and
 * answers from that cache first; see precache.ts for exactly what it answers.
 *
 * Updates never change a running app: a worker for a newer build or dataset installs beside
 * the old one and waits. The page shows "A newer version is available — Reload"; only when
 * the reader chooses Reload does the page ask it to take over (SKIP_WAITING) and reload.
 *
 * It must stay self-contained (a classic worker script): it imports only precache.ts, which
 * the app itself never imports, so the bundler cannot split shared code out of it.
 */
import {
  CACHE_NAME,
  CACHE_PREFIX,
  keyForRequest,
  type PrecacheEntry,
  precacheIndex,
  staleKeys,
} from './precache';

/** The parts of the worker global scope used here (the project's types are the page's DOM). */
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  request: Request;
  respondWith(response: Promise<Response>): void;
}
interface WorkerScope {
  registration: { scope: string };
  skipWaiting(): Promise<void>;
  clients: { claim(): Promise<void> };
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}

const worker = globalThis as unknown as WorkerScope;

// Replaced at build time by the list of files and their revisions (a JSON string).
const MANIFEST: PrecacheEntry[] = JSON.parse('__ATLAS_PRECACHE_MANIFEST__');
const scope = worker.registration.scope;
const index = precacheIndex(MANIFEST, scope);

/** A redirected response cannot answer a navigation: keep its body and headers, drop the redirect. */
async function storable(response: Response): Promise<Response> {
  if (!response.redirected) return response;
  const { status, statusText, headers } = response;
  return new Response(await response.blob(), { status, statusText, headers });
}

async function precache(): Promise<void> {
  const cache = await caches.open(CACHE_NAME);
  await Promise.all(
    MANIFEST.map(async (entry) => {
      const url = new URL(entry.url, scope).href;
      const key = index.get(url) as string;
      if (await cache.match(key)) return; // Unchanged since an earlier build: reuse it.
      // Revalidate with the server, so the HTTP cache cannot hand back an older file.
      const response = await fetch(url, { cache: 'no-cache' });
      if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
      await cache.put(key, await storable(response));
    }),
  );
}

async function cleanUp(): Promise<void> {
  for (const name of await caches.keys()) {
    if (name.startsWith(CACHE_PREFIX) && name !== CACHE_NAME) await caches.delete(name);
  }
  const cache = await caches.open(CACHE_NAME);
  const keys = (await cache.keys()).map((request) => request.url);
  await Promise.all(staleKeys(keys, index).map((key) => cache.delete(key)));
}

async function answer(request: Request, key: string): Promise<Response> {
  const cached = await (await caches.open(CACHE_NAME)).match(key);
  // Evicted or not stored yet: the network, exactly as if there were no worker.
  return cached ?? fetch(request);
}

// A first worker activates as soon as it is installed; a newer one waits for the reader.
worker.addEventListener('install', (event) => event.waitUntil(precache()));

worker.addEventListener('activate', (event) => {
  event.waitUntil(cleanUp().then(() => worker.clients.claim()));
});

worker.addEventListener('message', (event) => {
  if ((event.data as { type?: unknown } | null)?.type === 'SKIP_WAITING') void worker.skipWaiting();
});

worker.addEventListener('fetch', (event) => {
  const key = keyForRequest(event.request, scope, index);
  if (key !== null) event.respondWith(answer(event.request, key));
});
