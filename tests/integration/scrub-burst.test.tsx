/**
 * D8 of the reliability review: "Maximum update depth exceeded" under fast keyboard scrubbing.
 * React counts each commit that leaves an update pending as nested. A component that answered
 * every scrub step with a state update in an effect left one pending; when presses came
 * faster than React got to that update (input is served before other tasks on a busy page),
 * 50 in a row threw. Here 120 presses arrive as in such a browser: microtasks run after each
 * (React renders the step), nothing else does.
 */
import { act, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { formatCivilDate } from '../../src/shared/civil-date';
import { renderApp } from '../support/render-app';

function actEnvironment(on: boolean) {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = on;
}

describe('a burst of scrubbing keys', () => {
  it('is taken press by press, the date field in step, with no update-depth error', async () => {
    await renderApp();
    await screen.findByTestId('event-count');
    // The map's code arrives as a lazy chunk. Let it land first: arriving during the burst,
    // outside act(), React warns after the test ends and the worker closes mid-log.
    await waitFor(() => expect(screen.queryByTestId('map-loading')).toBeNull(), { timeout: 10_000 });
    const end = screen.getByRole('slider', { name: 'Window end' });
    const field = screen.getByLabelText('End date') as HTMLInputElement;
    const max = Number(end.getAttribute('aria-valuemax'));
    const errors: string[] = [];
    const steps: [number, string][] = [];
    // React reports an error thrown in an event handler to the window, not to the caller.
    const onError = (e: ErrorEvent) => {
      errors.push(e.message);
      e.preventDefault();
    };
    window.addEventListener('error', onError);
    const logged = vi
      .spyOn(console, 'error')
      .mockImplementation((...args) => void errors.push(String(args[0])));
    // Dispatched as a browser does, outside Testing Library's act(), which would let React
    // finish all its work between presses and hide the fault.
    actEnvironment(false);
    try {
      for (let i = 0; i < 120; i += 1) {
        const key = i < 30 ? 'ArrowLeft' : 'ArrowRight';
        end.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
        for (let m = 0; m < 5; m += 1) await Promise.resolve();
        steps.push([Number(end.getAttribute('aria-valuenow')), field.value]);
      }
    } finally {
      actEnvironment(true);
      window.removeEventListener('error', onError);
      logged.mockRestore();
    }
    await act(async () => {});
    expect(errors).toEqual([]);
    // Every press moved the handle one day, and the typed date followed it at once.
    expect(steps.slice(0, 30).map(([day]) => day)).toEqual(Array.from({ length: 30 }, (_, i) => max - 1 - i));
    for (const [day, text] of steps) expect(text).toBe(formatCivilDate(day));
    expect(end).toHaveAttribute('aria-valuenow', String(max));
  });
});
