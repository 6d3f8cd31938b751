/**
 * The timeline under the map: a histogram of the filtered events per day with a range brush,
 * playback, typed dates and the official-count coverage line. The histogram and the line are
 * memoised on the filtered events; a scrub re-renders only the brush, the date fields and
 * the label.
 */
import { type KeyboardEvent, memo, useCallback, useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useAppContext, useAppState } from '../store/app-context';
import { eventTable } from '../data/event-table';
import { effectiveRange } from '../data/filter-events';
import type { Dataset } from '../data/model';
import type { DayRange } from '../data/view-types';
import { type DayNumber, formatDayLabel } from '../shared/civil-date';
import { Brush } from './brush';
import { datasetRunningCount, officialPoints } from './coverage';
import { DateField } from './date-field';
import { DayAxis } from './day-axis';
import { binRows } from './day-bins';
import { Histogram } from './histogram';
import { coverageAt, OfficialCountLine } from './official-count-line';
import { PauseAnnouncer } from './pause-announcer';
import { PlaybackControls } from './playback-controls';
import { stepWindow } from './playback-step';
import { togglePlayback, usePlayback } from './use-playback';
import './timeline.css';

interface Props {
  dataset: Dataset;
  /** Positions in `dataset.events` of the events passing filters and search, any time: what the histogram counts. */
  rows: Int32Array;
}

/** Space toggles playback from anywhere in the timeline except where it types or presses. */
function spaceIsOurs(target: EventTarget): boolean {
  return !(target instanceof HTMLElement && target.closest('input, select, button, textarea, a'));
}

/** Memoised: a selection or a hover elsewhere on the page leaves the timeline as it is. */
export const Timeline = memo(function Timeline({ dataset, rows }: Props) {
  const { store, reducedMotion } = useAppContext();
  const { range, playback } = useAppState(useShallow((s) => ({ range: s.range, playback: s.playback })));
  const extent = dataset.extent;
  const window = useMemo(() => effectiveRange(range, extent), [range, extent]);
  const bins = useMemo(
    () => binRows(eventTable(dataset.events), rows, extent),
    [dataset.events, rows, extent],
  );
  const official = useMemo(() => officialPoints(dataset.counts), [dataset.counts]);
  const running = useMemo(() => datasetRunningCount(dataset.events, extent), [dataset.events, extent]);
  usePlayback(store, extent, reducedMotion);

  // A hand on the brush or the dates takes over from playback.
  const change = useCallback(
    (next: DayRange) => {
      const state = store.getState();
      state.setRange(next, 'timeline');
      if (state.playback.playing) state.setPlayback({ playing: false });
    },
    [store],
  );
  const pickDay = useCallback((day: DayNumber) => change([day, day]), [change]);
  const coverage = coverageAt(official, running, window[1]);
  const toggle = () => togglePlayback(store, extent);
  // Phones only (CSS hides the toggle elsewhere): the controls fold away to give the map room,
  // while the histogram and brush stay on screen.
  const [controlsOpen, setControlsOpen] = useState(false);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== ' ' || !spaceIsOurs(e.target)) return;
    e.preventDefault();
    toggle();
  };

  return (
    <section
      className={`tl${reducedMotion ? ' tl-reduced' : ''}${playback.playing ? ' tl-playing' : ''}`}
      aria-label="Timeline"
      onKeyDown={onKeyDown}
    >
      <button
        type="button"
        className="tl-toggle"
        aria-expanded={controlsOpen}
        aria-controls="tl-bar"
        onClick={() => setControlsOpen((open) => !open)}
      >
        Playback and dates
      </button>
      <div id="tl-bar" className={`tl-bar${controlsOpen ? '' : ' tl-bar-folded'}`}>
        <PlaybackControls
          playback={playback}
          onToggle={toggle}
          onStep={(delta) => change(stepWindow(window, playback.mode, delta, extent))}
          onChange={(c) => store.getState().setPlayback(c)}
        />
        <fieldset className="tl-dates">
          <legend className="visually-hidden">Exact dates</legend>
          <DateField
            label="Start date"
            value={window[0]}
            min={extent[0]}
            max={window[1]}
            onCommit={(day) => change([day, window[1]])}
          />
          <DateField
            label="End date"
            value={window[1]}
            min={window[0]}
            max={extent[1]}
            onCommit={(day) => change([window[0], day])}
          />
        </fieldset>
      </div>
      <div className="tl-chart">
        <Histogram bins={bins} extent={extent} onPickDay={pickDay} />
        <OfficialCountLine official={official} dataset={running} extent={extent} />
        <Brush extent={extent} window={window} onChange={change} onPickDay={pickDay} />
      </div>
      <DayAxis extent={extent} />
      <p className="tl-coverage-label" data-testid="timeline-coverage">
        Attacks on US forces by {formatDayLabel(window[1])}:{' '}
        <span className="tl-key tl-key-official" aria-hidden="true" />
        {coverage.official} · <span className="tl-key tl-key-dataset" aria-hidden="true" />
        {coverage.dataset}
      </p>
      <PauseAnnouncer store={store} extent={extent} />
    </section>
  );
});
