/** Where a running import stands: bytes read, rows read and left out, then the view being built. */
import { formatBytes } from './limits';
import type { ImportProgress as Progress } from './run-import';

interface Props {
  progress: Progress | null;
  /** Events built into the view so far, once reading is done. */
  built: { done: number; total: number } | null;
  onCancel(): void;
}

export function ImportProgress({ progress, built, onCancel }: Props) {
  const reading = !built;
  const value = built
    ? built.done / Math.max(1, built.total)
    : progress
      ? progress.bytes / Math.max(1, progress.total)
      : 0;
  const label = built
    ? `Building the view: ${built.done.toLocaleString('en')} of ${built.total.toLocaleString('en')} events`
    : progress
      ? progress.phase === 'finishing'
        ? `Sorting ${progress.rows.toLocaleString('en')} rows by date…`
        : `Read ${formatBytes(progress.bytes)} of ${formatBytes(progress.total)}: ${progress.rows.toLocaleString('en')} rows, ${progress.rejected.toLocaleString('en')} left out`
      : 'Starting…';
  return (
    <div className="import-progress">
      <p id="import-progress-label">{reading ? 'Reading your file on this device…' : 'Almost there…'}</p>
      <progress
        max={100}
        value={Math.round(value * 100)}
        aria-labelledby="import-progress-label"
        aria-valuetext={label}
        data-testid="import-progress"
      />
      <p className="import-progress-text">{label}</p>
      <p className="import-hint">Your current data stays on screen until the new data is ready.</p>
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
