/**
 * A component whose code is fetched beside the first view instead of in the entry (issue 13),
 * that renders at once when its code is already here. React.lazy suspends on a component's
 * first render even when its import has finished, and React then holds the revealed content
 * back for up to 300 ms; the list, filters and timeline first render in the same commit as
 * the data, so with React.lazy the reader would wait for that after the data had arrived.
 * Here the import starts when `deferred()` is called (at module load, beside the data fetch)
 * and the component is rendered from its resolved value: `fallback` until then, or `failed`
 * (with a way to try again) if the code could not be fetched.
 */
import { type ComponentType, type ReactNode, useSyncExternalStore } from 'react';

type Loaded<P> = { kind: 'loading' } | { kind: 'ready'; Component: ComponentType<P> } | { kind: 'failed' };

export interface DeferredOptions {
  /** Shown until the code has arrived: take the room the component will, so nothing jumps. */
  fallback: ReactNode;
  /** Shown when the code could not be fetched; `retry` fetches it again. */
  failed(retry: () => void): ReactNode;
}

export type DeferredComponent<P> = ComponentType<P> & {
  /** The fetch, for a head start or for tests: resolves once the code is here (or has failed). */
  load(): Promise<void>;
};

export function deferred<P extends object>(
  importer: () => Promise<ComponentType<P>>,
  { fallback, failed }: DeferredOptions,
): DeferredComponent<P> {
  let state: Loaded<P> = { kind: 'loading' };
  let pending: Promise<void> | null = null;
  const listeners = new Set<() => void>();
  const set = (next: Loaded<P>) => {
    state = next;
    for (const listener of listeners) listener();
  };
  const load = () => {
    if (state.kind === 'ready') return Promise.resolve();
    pending ??= importer().then(
      (Component) => set({ kind: 'ready', Component }),
      (error: unknown) => {
        console.warn('code not loaded:', error);
        pending = null;
        set({ kind: 'failed' });
      },
    );
    return pending;
  };
  const subscribe = (listener: () => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  };
  function Deferred(props: P) {
    const now = useSyncExternalStore(subscribe, () => state);
    if (now.kind === 'ready') return <now.Component {...props} />;
    if (now.kind === 'failed') {
      return failed(() => {
        set({ kind: 'loading' });
        void load();
      });
    }
    return fallback;
  }
  void load();
  return Object.assign(Deferred, { load });
}
