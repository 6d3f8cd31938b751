/**
 * "Now" while the timeline plays: the date the window has reached, large over the map, so a
 * viewer (or a screen recording) always knows when they are looking at (ux-review D13).
 */
import { useShallow } from 'zustand/react/shallow';
import { formatDayLabel } from '../shared/civil-date';
import { useAppState } from '../store/app-context';

export function PlaybackStamp() {
  const { playing, range, mode } = useAppState(
    useShallow((s) => ({ playing: s.playback.playing, range: s.range, mode: s.playback.mode })),
  );
  if (!playing || !range) return null;
  const [from, to] = range;
  return (
    <div className="playback-stamp" data-testid="playback-stamp" aria-hidden="true">
      <span className="stamp-date">{formatDayLabel(to)}</span>
      <span className="stamp-window">
        {mode === 'cumulative' ? 'since' : 'window from'} {formatDayLabel(from)}
      </span>
    </div>
  );
}
