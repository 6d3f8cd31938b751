/**
 * Says where playback stopped, once, when it pauses (by the button, the space bar, the end
 * of the data or a hidden tab). Silent while playing: a live region that spoke every tick
 * would drown the screen reader.
 */
import { useEffect, useState } from 'react';
import { effectiveRange } from '../data/filter-events';
import type { DayRange } from '../data/view-types';
import { formatDayLong } from '../shared/civil-date';
import type { AppStore } from '../store/app-store';

export function PauseAnnouncer({ store, extent }: { store: AppStore; extent: DayRange }) {
  const [message, setMessage] = useState('');
  const [min, max] = extent;
  useEffect(
    () =>
      store.subscribe((next, prev) => {
        if (next.playback.playing && !prev.playback.playing) setMessage('');
        if (!next.playback.playing && prev.playback.playing) {
          const [start, end] = effectiveRange(next.range, [min, max]);
          const span =
            start === end ? formatDayLong(end) : `${formatDayLong(start)} to ${formatDayLong(end)}`;
          setMessage(`Paused at ${span}`);
        }
      }),
    [store, min, max],
  );
  return (
    <p className="visually-hidden" aria-live="polite" data-testid="playback-status">
      {message}
    </p>
  );
}
