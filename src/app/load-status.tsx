/** Where the dataset's loading stands. */
export type LoadState =
  | { kind: 'loading' }
  | { kind: 'ready' }
  | { kind: 'failed'; message: string; retry: () => void };

/** Loading and load-failure states, shown where the event list would be. */
export function LoadStatus({ load }: { load: LoadState }) {
  if (load.kind === 'loading') {
    return (
      <p className="loading" role="status">
        Loading the dataset…
      </p>
    );
  }
  if (load.kind === 'failed') {
    return (
      <div className="load-error" role="alert">
        <p>The dataset could not be loaded. {load.message}</p>
        <button type="button" onClick={load.retry}>
          Retry
        </button>
      </div>
    );
  }
  return null;
}
