/**
 * Registers the service worker (production builds only) and tells the page when a newer
 * build or dataset is installed and waiting. Nothing changes under the reader: the new
 * version takes over only when they choose Reload. Without service workers (an old browser,
 * a private window that refuses them) the app simply works online.
 */

/** What the update prompt reads: is a newer version waiting, and how to switch to it. */
export interface UpdateSource {
  subscribe(listener: () => void): () => void;
  available(): boolean;
  /** Lets the waiting version take over, then reloads the page once it has. */
  reload(): void;
  /**
   * Registers the worker: the page calls it once its first view is drawn (or cannot be).
   * Installing precaches every file of the build, and begun any earlier it competed with
   * the first view for this machine's two cores: ~230 ms of the real dataset's (issue 13).
   */
  start(): void;
}

/** A page whose first view never tells (it should) registers this long after loading anyway. */
const START_ANYWAY_MS = 60_000;

/** How often an open app asks the server for a newer build (also when the tab comes back). */
const CHECK_EVERY_MS = 60 * 60 * 1000;

export function registerWorker(scriptUrl: string, scope: string): UpdateSource {
  let waiting: ServiceWorker | null = null;
  let switching = false;
  const listeners = new Set<() => void>();
  const source: UpdateSource = {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    available: () => waiting !== null,
    reload() {
      if (!waiting) return;
      switching = true;
      waiting.postMessage({ type: 'SKIP_WAITING' });
    },
    start() {},
  };
  if (!('serviceWorker' in navigator)) return source;
  const container = navigator.serviceWorker;

  const offer = (worker: ServiceWorker | null) => {
    // With no controller this is the first install, not an update: nothing to offer.
    if (!worker || !container.controller || waiting === worker) return;
    waiting = worker;
    for (const listener of listeners) listener();
  };
  const track = (registration: ServiceWorkerRegistration) => {
    offer(registration.waiting);
    registration.addEventListener('updatefound', () => {
      const installing = registration.installing;
      installing?.addEventListener('statechange', () => {
        if (installing.state === 'installed') offer(installing);
      });
    });
    let lastCheck = Date.now();
    const check = () => {
      lastCheck = Date.now();
      registration.update().catch(() => {}); // Offline: try again later.
    };
    setInterval(check, CHECK_EVERY_MS);
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible' && Date.now() - lastCheck > CHECK_EVERY_MS / 6) check();
    });
  };
  // Only a Reload the reader asked for reloads the page; another tab's choice does not.
  container.addEventListener('controllerchange', () => {
    if (switching) window.location.reload();
  });
  let registered = false;
  const register = () => {
    if (registered) return;
    registered = true;
    container
      .register(scriptUrl, { scope, updateViaCache: 'none' })
      .then(track)
      .catch(() => {}); // Offline support is an addition: the app works without it.
  };
  source.start = register;
  const anyway = () => setTimeout(register, START_ANYWAY_MS);
  if (document.readyState === 'complete') anyway();
  else window.addEventListener('load', anyway, { once: true });
  return source;
}
