/** Play/pause, step back and forward, speed, moving or growing window, loop. */
import type { Playback } from '../store/app-store';
import { PlaybackIcon } from './playback-icon';
import { SPEEDS } from './playback-step';

const SPEED_LABELS: Record<number, string> = {
  1: '1 day/s',
  2: '2 days/s',
  7: '1 week/s',
  14: '2 weeks/s',
  30: '1 month/s',
};

interface Props {
  playback: Playback;
  onToggle(): void;
  onStep(delta: number): void;
  onChange(change: Partial<Playback>): void;
}

export function PlaybackControls({ playback, onToggle, onStep, onChange }: Props) {
  return (
    <fieldset className="tl-controls">
      <legend className="visually-hidden">Playback</legend>
      <button type="button" className="tl-button" aria-label="Step back one day" onClick={() => onStep(-1)}>
        <PlaybackIcon name="back" />
      </button>
      <button
        type="button"
        className="tl-button tl-play"
        aria-label={playback.playing ? 'Pause' : 'Play'}
        onClick={onToggle}
      >
        <PlaybackIcon name={playback.playing ? 'pause' : 'play'} />
      </button>
      <button type="button" className="tl-button" aria-label="Step forward one day" onClick={() => onStep(1)}>
        <PlaybackIcon name="forward" />
      </button>
      <label className="tl-field">
        <span>Speed</span>
        <select value={playback.speed} onChange={(e) => onChange({ speed: Number(e.target.value) })}>
          {SPEEDS.map((s) => (
            <option key={s} value={s}>
              {SPEED_LABELS[s]}
            </option>
          ))}
        </select>
      </label>
      <label className="tl-field">
        <span>Window</span>
        <select
          value={playback.mode}
          onChange={(e) => onChange({ mode: e.target.value === 'cumulative' ? 'cumulative' : 'moving' })}
        >
          <option value="moving">Moving</option>
          <option value="cumulative">Growing</option>
        </select>
      </label>
      <label className="tl-field tl-check">
        <input
          type="checkbox"
          checked={playback.loop}
          onChange={(e) => onChange({ loop: e.target.checked })}
        />
        <span>Loop</span>
      </label>
    </fieldset>
  );
}
