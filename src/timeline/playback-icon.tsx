/**
 * Playback icons drawn as SVG: the media-control characters (⏮ ⏸ ⏭) are missing from many
 * system fonts and rendered as empty boxes.
 */
export type PlaybackIconName = 'back' | 'play' | 'pause' | 'forward';

const PATHS: Record<PlaybackIconName, string> = {
  back: 'M4 3h2v10H4zM13 3v10L6.5 8z',
  play: 'M4 2.5v11l9.5-5.5z',
  pause: 'M4 3h3v10H4zM9 3h3v10H9z',
  forward: 'M10 3h2v10h-2zM3 3v10l6.5-5z',
};

export function PlaybackIcon({ name }: { name: PlaybackIconName }) {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d={PATHS[name]} fill="currentColor" />
    </svg>
  );
}
