/**
 * Runs playback while `playback.playing` is true: a timer chain that advances the window in
 * whole days (setTimeout rather than requestAnimationFrame so a tick's cost, a map repaint
 * in software GL, slows the run down instead of piling up frames). Pauses when the tab is
 * hidden. Reads and writes the store directly, so a tick re-renders only what reads `range`.
 */
import { useEffect } from 'react';
import { effectiveRange } from '../data/filter-events';
import type { DayRange } from '../data/view-types';
import type { AppStore } from '../store/app-store';
import { nextWindow, playbackStart, tickPlan } from './playback-step';

/** Starts or stops playback; starting rewinds or narrows the window as playbackStart says. */
export function togglePlayback(store: AppStore, extent: DayRange) {
  const state = store.getState();
  if (state.playback.playing) {
    state.setPlayback({ playing: false });
    return;
  }
  // Mark playing first so the URL sync ignores the rewound window.
  state.setPlayback({ playing: true });
  const window = effectiveRange(state.range, extent);
  const start = playbackStart(window, state.playback.mode, extent);
  if (start[0] !== window[0] || start[1] !== window[1]) state.setRange(start, 'playback');
}

export function usePlayback(store: AppStore, extent: DayRange, reducedMotion: boolean) {
  const [min, max] = extent;
  useEffect(() => {
    const extentNow: DayRange = [min, max];
    let timer: ReturnType<typeof setTimeout> | null = null;
    const stop = () => {
      if (timer) clearTimeout(timer);
      timer = null;
    };
    const schedule = () => {
      const { speed } = store.getState().playback;
      timer = setTimeout(tick, tickPlan(speed, reducedMotion).intervalMs);
    };
    const tick = () => {
      timer = null;
      const state = store.getState();
      if (!state.playback.playing) return;
      const { mode, loop, speed } = state.playback;
      const window = effectiveRange(state.range, extentNow);
      const step = nextWindow(window, mode, tickPlan(speed, reducedMotion).days, loop, extentNow);
      if (step.window[0] !== window[0] || step.window[1] !== window[1])
        state.setRange(step.window, 'playback');
      if (step.ended) state.setPlayback({ playing: false });
      else schedule();
    };
    const sync = (playing: boolean, wasPlaying: boolean) => {
      if (playing && !wasPlaying) schedule();
      if (!playing) stop();
    };
    sync(store.getState().playback.playing, false);
    const unsubscribe = store.subscribe((next, prev) => sync(next.playback.playing, prev.playback.playing));
    const onVisibility = () => {
      if (document.hidden && store.getState().playback.playing)
        store.getState().setPlayback({ playing: false });
    };
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      unsubscribe();
      stop();
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [store, min, max, reducedMotion]);
}
