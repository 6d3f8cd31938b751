/**
 * The list's hover follows the pointer's moves, not rows passing under a still pointer. A
 * window move, a search or the scroll to a selection puts other rows under the pointer, and
 * the browser then sends over and out events with no move; following them rang another
 * mark on the map after every such interaction, a map frame of its own (issue 13).
 */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { drawnEventCount } from '../support/map-marks';
import { renderApp } from '../support/render-app';

const row = (id: string) => document.querySelector(`.event-row[data-event-id="${id}"]`) as HTMLElement;

/** What the browser sends when `to` comes under a pointer that was over `from` and did not move. */
function slideUnder(from: HTMLElement, to: HTMLElement) {
  fireEvent.pointerOut(from, { relatedTarget: to });
  fireEvent.mouseOut(from, { relatedTarget: to });
  fireEvent.pointerOver(to, { relatedTarget: from });
  fireEvent.mouseOver(to, { relatedTarget: from });
}

describe('hovering the list', () => {
  it('rings the row the pointer moves onto, keeps it while rows slide under a still pointer, clears it on leaving', async () => {
    const { user, maps, store } = await renderApp();
    await screen.findByTestId('event-count');
    await waitFor(() => expect(drawnEventCount()).toBeGreaterThan(0));
    const ringed = () =>
      maps[0]
        ?.features('marks')
        .filter((f) => f.state.hover)
        .map((f) => f.coordinates);
    await user.hover(row('e4-tanf'));
    expect(store.getState().hoveredId).toBe('e4-tanf');
    expect(ringed()).toEqual([[38.6178, 33.5058]]);

    slideUnder(row('e4-tanf'), row('e6-asad-strike'));
    expect(store.getState().hoveredId).toBe('e4-tanf');
    expect(ringed()).toEqual([[38.6178, 33.5058]]);

    // A real move onto that row takes the hover, and its mark is ringed instead.
    await user.hover(row('e6-asad-strike'));
    expect(store.getState().hoveredId).toBe('e6-asad-strike');
    expect(ringed()).toEqual([[42.4411, 33.7856]]);
    await user.unhover(row('e6-asad-strike'));
    expect(store.getState().hoveredId).toBeNull();
    expect(ringed()).toEqual([]);
  });
});
