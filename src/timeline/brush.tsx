/**
 * The range brush over the histogram: two handles and the window between them, each a
 * WAI-ARIA slider (the window slider moves both ends, so every drag has a keyboard twin).
 * Positions are percentages of the track, so rendering needs no layout reads; only a drag
 * measures the track, once, when it starts.
 */
import { type KeyboardEvent, type PointerEvent, useRef } from 'react';
import type { DayRange } from '../data/view-types';
import { type DayNumber, formatDayLabel, formatDayLong } from '../shared/civil-date';
import { type BrushPart, windowForDrag, windowForKey } from './slider-keys';
import { dayAtFraction, dayToPercent, windowDays } from './window-math';

interface Props {
  extent: DayRange;
  window: DayRange;
  onChange(window: DayRange): void;
  onPickDay(day: DayNumber): void;
}

interface Drag {
  part: BrushPart;
  x0: number;
  from: DayRange;
  left: number;
  width: number;
  moved: boolean;
}

/** Pointer travel (px) below which a press on the window counts as a click on that day. */
const CLICK_SLOP = 4;

function partOf(target: EventTarget): BrushPart | null {
  const part = target instanceof Element ? target.closest('[data-part]')?.getAttribute('data-part') : null;
  return part === 'start' || part === 'end' || part === 'window' ? part : null;
}

export function Brush({ extent, window, onChange, onPickDay }: Props) {
  const track = useRef<HTMLDivElement>(null);
  const drag = useRef<Drag | null>(null);
  const [start, end] = window;
  const [min, max] = extent;
  const days = max - min + 1;

  const onKeyDown = (part: BrushPart) => (e: KeyboardEvent) => {
    const next = windowForKey(part, e.key, window, extent);
    if (!next) return;
    e.preventDefault();
    if (next[0] !== start || next[1] !== end) onChange(next);
  };

  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    const part = partOf(e.target);
    if (!part || !track.current || e.button > 0) return;
    const rect = track.current.getBoundingClientRect();
    drag.current = { part, x0: e.clientX, from: window, left: rect.left, width: rect.width, moved: false };
    (e.target as Element).setPointerCapture?.(e.pointerId);
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    const d = drag.current;
    if (!d || d.width <= 0) return;
    const dx = e.clientX - d.x0;
    if (!d.moved && Math.abs(dx) < CLICK_SLOP) return;
    d.moved = true;
    const next = windowForDrag(d.part, Math.round((dx / d.width) * days), d.from, extent);
    if (next[0] !== start || next[1] !== end) onChange(next);
  };
  const onPointerUp = (e: PointerEvent<HTMLDivElement>) => {
    const d = drag.current;
    drag.current = null;
    if (d && !d.moved && d.part === 'window' && d.width > 0) {
      onPickDay(dayAtFraction((e.clientX - d.left) / d.width, extent));
    }
  };

  const left = dayToPercent(start, extent);
  const right = dayToPercent(end + 1, extent);
  const width = windowDays(window);
  return (
    <div
      ref={track}
      className="tl-brush"
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={() => {
        drag.current = null;
      }}
    >
      <div
        className="tl-window"
        data-part="window"
        role="slider"
        tabIndex={0}
        aria-label="Time window"
        aria-valuemin={min}
        aria-valuemax={max - width + 1}
        aria-valuenow={start}
        aria-valuetext={`${formatDayLabel(start)} to ${formatDayLabel(end)}, ${width} ${width === 1 ? 'day' : 'days'}`}
        style={{ left: `${left}%`, width: `${right - left}%` }}
        onKeyDown={onKeyDown('window')}
      />
      <div
        className="tl-handle tl-handle-start"
        data-part="start"
        role="slider"
        tabIndex={0}
        aria-label="Window start"
        aria-valuemin={min}
        aria-valuemax={end}
        aria-valuenow={start}
        aria-valuetext={formatDayLong(start)}
        style={{ left: `${left}%` }}
        onKeyDown={onKeyDown('start')}
      />
      <div
        className="tl-handle tl-handle-end"
        data-part="end"
        role="slider"
        tabIndex={0}
        aria-label="Window end"
        aria-valuemin={start}
        aria-valuemax={max}
        aria-valuenow={end}
        aria-valuetext={formatDayLong(end)}
        style={{ left: `${right}%` }}
        onKeyDown={onKeyDown('end')}
      />
    </div>
  );
}
