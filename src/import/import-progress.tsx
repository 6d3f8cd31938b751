/**
 * Where a running import stands, phase by phase: reading the file (bytes), sorting, handing the
 * events to the page, then building the view (events). The bar is determinate in every phase
 * that can count; the phase's name is announced politely once, when it begins, not each tick.
 */
import { formatBytes } from './limits';
import type { ImportProgress as Progress } from './run-import';

interface Props {
  progress: Progress | null;
  /** Events built into the view so far, once reading is done. */
  built: { done: number; total: number } | null;
  onCancel(): void;
}

const n = (value: number) => value.toLocaleString('en');

/** The phase's name (announced), the bar's share done, and the detail under it. */
export function importPhase(
  progress: Progress | null,
  built: Props['built'],
): { name: string; value: number; detail: string } {
  if (built)
    return {
      name: 'Building the view…',
      value: built.done / Math.max(1, built.total),
      detail: `${n(built.done)} of ${n(built.total)} events`,
    };
  if (!progress) return { name: 'Starting…', value: 0, detail: 'Opening the file' };
  const share = progress.bytes / Math.max(1, progress.total);
  if (progress.phase === 'finishing')
    return { name: 'Sorting by date…', value: share, detail: `${n(progress.rows)} rows` };
  if (progress.phase === 'moving')
    return { name: 'Preparing the events…', value: share, detail: `${n(progress.rows)} rows read` };
  return {
    name: 'Reading your file…',
    value: share,
    detail: `Read ${formatBytes(progress.bytes)} of ${formatBytes(progress.total)}: ${n(progress.rows)} rows, ${n(progress.rejected)} left out`,
  };
}

export function ImportProgress({ progress, built, onCancel }: Props) {
  const phase = importPhase(progress, built);
  return (
    <div className="import-progress">
      <p id="import-progress-label">{phase.name}</p>
      <progress
        max={100}
        value={Math.round(phase.value * 100)}
        aria-labelledby="import-progress-label"
        aria-valuetext={`${phase.name} ${phase.detail}`}
        data-testid="import-progress"
      />
      <p className="import-progress-text">{phase.detail}</p>
      {/* Only the phase's name: its text changes a few times per import, not with every tick. */}
      <p className="visually-hidden" aria-live="polite" data-testid="import-phase">
        {phase.name}
      </p>
      <p className="import-hint">
        The file is read on this device. Your current data stays on screen until the new data is ready.
      </p>
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
