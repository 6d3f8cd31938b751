import { useStore } from 'zustand';
import type { Progress } from '../data/fetch-json';
import { formatBytes } from '../data/limits';
import type { ProgressStore } from '../store/use-dataset';

/** Where the dataset's loading stands. */
export type LoadState =
  | { kind: 'loading'; progress: ProgressStore }
  | { kind: 'ready' }
  | { kind: 'failed'; message: string; retry: () => void };

/** "61 kB of 176 kB (35%)" when the size is known, else "61 kB received". */
export function progressText({ received, total }: Progress): string {
  if (total === null || total <= 0) return `${formatBytes(received)} received`;
  const percent = Math.min(100, Math.floor((received / total) * 100));
  return `${formatBytes(received)} of ${formatBytes(total)} (${percent}%)`;
}

/** The loading message and, once bytes arrive, how many (and what share, when known). */
function Loading({ source }: { source: ProgressStore }) {
  const progress = useStore(source, (s) => s.progress);
  const known = progress !== null && progress.total !== null && progress.total > 0;
  return (
    <div className="loading">
      <p role="status">Loading the dataset…</p>
      {progress !== null && (
        <>
          <progress
            aria-label="Dataset download"
            max={known ? (progress.total ?? undefined) : undefined}
            value={known ? Math.min(progress.received, progress.total ?? 0) : undefined}
          />
          <p className="load-progress" data-testid="load-progress">
            {progressText(progress)}
          </p>
        </>
      )}
    </div>
  );
}

/**
 * Loading and load-failure states, shown where the event list would be. Every wait ends: a
 * request that receives nothing for 20 s fails (src/data/fetch-json.ts) and offers Retry.
 */
export function LoadStatus({ load }: { load: LoadState }) {
  if (load.kind === 'loading') return <Loading source={load.progress} />;
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
