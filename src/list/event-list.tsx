/**
 * The event list: the map's equal for keyboard and screen-reader users. Virtualised, with
 * one tab stop (roving focus: Up/Down/Home/End move, Enter opens), the hovered or selected
 * event highlighted and scrolled into view when it was picked elsewhere.
 *
 * It reads the hovered event and sends picks and hovers through the store itself, and is
 * memoised on its props: a pointer crossing rows re-renders the list's rows that change, not
 * the page around it, and a selection re-renders two rows, not every row (issue 13).
 */
import { observeElementRect, type Rect, useVirtualizer, type Virtualizer } from '@tanstack/react-virtual';
import { type KeyboardEvent, memo, type PointerEvent, useCallback, useEffect, useRef, useState } from 'react';
import type { AtlasEvent } from '../data/model';
import { useAppContext, useAppState } from '../store/app-context';
import { CountAnnouncer } from './count-announcer';
import { EventRow } from './event-row';
import { rowForKey } from './list-keys';
import './list.css';

interface Props {
  events: readonly AtlasEvent[];
  total: number;
  selectedId: string | null;
  /** True while the timeline plays: no announcements, no scrolling after the map. */
  quiet: boolean;
}

/** Used while the scroll box has no size yet (jsdom, a hidden pane): render a screenful. */
const FALLBACK_RECT: Rect = { width: 380, height: 1200 };

/**
 * A row's height from the ResizeObserver's entry, never from a layout forced in the commit:
 * a row React has just mounted keeps its last known height (or the estimate) until the
 * observer reports it, in the same frame. Reading `offsetHeight` there made the browser lay
 * out the whole page inside every window move's commit (issue 13).
 */
function measureRow(
  element: Element,
  entry: ResizeObserverEntry | undefined,
  instance: Virtualizer<HTMLDivElement, Element>,
) {
  const box = entry?.borderBoxSize?.[0];
  if (box) return Math.round(box.blockSize);
  const index = instance.indexFromElement(element);
  return (
    instance.itemSizeCache.get(instance.options.getItemKey(index)) ?? instance.options.estimateSize(index)
  );
}

function observeRect(instance: Virtualizer<HTMLDivElement, Element>, cb: (rect: Rect) => void) {
  return observeElementRect(instance, (rect) => cb(rect.height > 0 ? rect : FALLBACK_RECT));
}

export const EventList = memo(function EventList({ events, total, selectedId, quiet }: Props) {
  const { store } = useAppContext();
  const hoveredId = useAppState((s) => s.hoveredId);
  const scroller = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);
  const focusNext = useRef(false);
  const ownHover = useRef<string | null>(null);
  const virtualizer = useVirtualizer({
    count: events.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 68,
    overscan: 6,
    initialRect: FALLBACK_RECT,
    observeElementRect: observeRect,
    measureElement: measureRow,
    getItemKey: (i) => events[i]?.id ?? i,
  });
  const activeIndex = Math.min(active, Math.max(0, events.length - 1));

  const indexOf = (id: string | null) => (id === null ? -1 : events.findIndex((e) => e.id === id));

  // Follow a selection or a hover made elsewhere (the map, the panel's previous/next).
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the selection or the list changes, not on every render
  useEffect(() => {
    const i = indexOf(selectedId);
    if (i >= 0) {
      setActive(i);
      virtualizer.scrollToIndex(i, { align: 'auto' });
    }
  }, [selectedId, events]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs only when the hovered event changes
  useEffect(() => {
    const i = indexOf(hoveredId);
    if (i >= 0 && hoveredId !== ownHover.current && !quiet) virtualizer.scrollToIndex(i, { align: 'auto' });
  }, [hoveredId]);

  // After a key moved the active row, focus it once it has rendered.
  useEffect(() => {
    if (!focusNext.current) return;
    focusNext.current = false;
    const id = events[activeIndex]?.id;
    const rows = scroller.current?.querySelectorAll<HTMLElement>('[data-event-id]') ?? [];
    for (const row of rows) if (row.dataset.eventId === id) row.focus();
  });

  const onKeyDown = (e: KeyboardEvent) => {
    const next = rowForKey(e.key, activeIndex, events.length);
    if (next === null) return;
    e.preventDefault();
    setActive(next);
    focusNext.current = true;
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };

  // The same three functions for every row and render, so a memoised row renders again only
  // when its own event, focus or selection changes.
  const onOpen = useCallback((id: string) => store.getState().select({ kind: 'event', id }, 'list'), [store]);
  const hoverTo = useCallback(
    (id: string | null) => {
      ownHover.current = id;
      if (store.getState().hoveredId !== id) store.getState().hover(id);
    },
    [store],
  );
  const onHover = useCallback((id: string, on: boolean) => hoverTo(on ? id : null), [hoverTo]);
  // The pointer's hover follows the pointer's moves, not the rows passing under it: when a
  // window move, a search or the scroll to a selection puts another row under a still pointer,
  // the browser sends enter and leave events, and following them rang a new mark on the map,
  // a frame of its own after the interaction's (issue 13). Leaving the list clears it.
  const onPointerMove = (e: PointerEvent) => {
    const row = e.target instanceof Element ? e.target.closest<HTMLElement>('[data-event-id]') : null;
    hoverTo(row?.dataset.eventId ?? null);
  };
  const onPointerLeave = () => {
    if (ownHover.current !== null) hoverTo(null);
  };
  const onFocusRow = useCallback((index: number) => setActive(index), []);

  const items = virtualizer.getVirtualItems();
  // One tab stop, even when the active row has scrolled out of the rendered range.
  const tabStop = items.some((i) => i.index === activeIndex) ? activeIndex : items[0]?.index;

  return (
    <div className="event-list-box">
      <CountAnnouncer shown={events.length} total={total} muted={quiet} />
      {events.length === 0 ? (
        <p className="empty">No events match this window, these filters and this search.</p>
      ) : (
        <div className="event-list-scroll" ref={scroller} data-testid="event-list-scroll">
          <ol
            className="event-list"
            aria-label="Events in the current view"
            style={{ height: virtualizer.getTotalSize() }}
            onKeyDown={onKeyDown}
            onPointerMove={onPointerMove}
            onPointerLeave={onPointerLeave}
          >
            {items.map((item) => {
              const e = events[item.index] as AtlasEvent;
              return (
                <li
                  key={item.key}
                  data-index={item.index}
                  ref={virtualizer.measureElement}
                  aria-setsize={events.length}
                  aria-posinset={item.index + 1}
                  className={e.id === hoveredId ? 'hovered' : undefined}
                  style={{ transform: `translateY(${item.start}px)` }}
                >
                  <EventRow
                    event={e}
                    index={item.index}
                    focusable={item.index === tabStop}
                    current={e.id === selectedId}
                    onOpen={onOpen}
                    onHover={onHover}
                    onFocusRow={onFocusRow}
                  />
                </li>
              );
            })}
          </ol>
        </div>
      )}
    </div>
  );
});
