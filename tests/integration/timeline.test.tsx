import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatCivilDate, parseCivilDate } from '../../src/shared/civil-date';
import { renderApp } from '../support/render-app';

afterEach(() => {
  vi.restoreAllMocks();
});

// The fixture's events fall on 18, 19 and 29 Oct, and 1, 10 and 21 Nov 2023.
const d = (text: string) => parseCivilDate(text) as number;

async function boot(url = '/') {
  const app = await renderApp({ url });
  await screen.findByTestId('event-count');
  return app;
}

const count = () => screen.getByTestId('event-count');
const slider = (name: string) => screen.getByRole('slider', { name });
const press = (element: HTMLElement, key: string) => fireEvent.keyDown(element, { key });
const waitForUrl = (fragment: string) => waitFor(() => expect(window.location.search).toContain(fragment));

describe('the timeline', () => {
  it('moves the handles and the window by keyboard; the count follows and then the URL', async () => {
    await boot();
    press(slider('Window end'), 'PageDown');
    expect(count()).toHaveTextContent('5 of 6 events');
    expect(slider('Window end')).toHaveAttribute('aria-valuetext', 'Tuesday 14 November 2023');
    await waitForUrl('to=2023-11-14');

    press(slider('Window start'), 'ArrowRight');
    expect(count()).toHaveTextContent('4 of 6 events');
    press(slider('Window start'), 'Home');
    expect(count()).toHaveTextContent('5 of 6 events');

    press(slider('Window end'), 'Home');
    press(slider('Window end'), 'ArrowUp');
    expect(count()).toHaveTextContent('2 of 6 events');
    const window = slider('Time window');
    expect(window).toHaveAttribute('aria-valuetext', '18 Oct 2023 to 19 Oct 2023, 2 days');
    press(window, 'ArrowRight');
    expect(count()).toHaveTextContent('1 of 6 events');
    press(window, 'End');
    expect(window).toHaveAttribute('aria-valuetext', '20 Nov 2023 to 21 Nov 2023, 2 days');
    press(window, 'PageDown');
    expect(count()).toHaveTextContent('0 of 6 events');
    await waitForUrl('from=2023-11-13&to=2023-11-14');
  });

  it('takes a typed start date and explains one it cannot use', async () => {
    await boot();
    const start = screen.getByLabelText('Start date');
    fireEvent.change(start, { target: { value: '2023-10-29' } });
    expect(count()).toHaveTextContent('4 of 6 events');
    expect(slider('Window start')).toHaveAttribute('aria-valuenow', String(d('2023-10-29')));
    await waitForUrl('from=2023-10-29');

    fireEvent.change(screen.getByLabelText('End date'), { target: { value: '2023-10-01' } });
    expect(screen.getByLabelText('End date')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('Choose a date from 29 Oct 2023 to 21 Nov 2023')).toBeInTheDocument();
    expect(count()).toHaveTextContent('4 of 6 events');
  });

  it('selects the day of a clicked bar', async () => {
    const { container } = await boot();
    const bar = container.querySelector(`[data-day="${d('2023-10-29')}"] rect`) as Element;
    fireEvent.click(bar);
    expect(count()).toHaveTextContent('1 of 6 events');
    expect(slider('Window start')).toHaveAttribute('aria-valuetext', 'Sunday 29 October 2023');
    expect(slider('Window end')).toHaveAttribute('aria-valuetext', 'Sunday 29 October 2023');
  });

  it('steps a day with the buttons and shows the official count against the dataset', async () => {
    const { user } = await boot('/?v=1&from=2023-10-18&to=2023-10-24');
    expect(screen.getByTestId('timeline-coverage')).toHaveTextContent(
      'Official count 13 (24 Oct 2023) · in this dataset 2',
    );
    await user.click(screen.getByRole('button', { name: 'Step forward one day' }));
    expect(slider('Window start')).toHaveAttribute('aria-valuetext', 'Thursday 19 October 2023');
    expect(count()).toHaveTextContent('1 of 6 events');
    await user.click(screen.getByRole('button', { name: 'Step back one day' }));
    expect(count()).toHaveTextContent('2 of 6 events');
  });

  it('space plays; nothing is written to the URL while playing; pausing announces and writes once', async () => {
    const { store } = await boot();
    // One day a tick (reduced motion: a tick a second): a run across the 35 days takes half a
    // minute, so the test decides when it pauses, not the end of the data.
    expect(store.getState().playback.speed).toBe(1);
    // Every history write from here on, with whether playback was running at the time.
    const writes: string[] = [];
    for (const mode of ['replaceState', 'pushState'] as const) {
      const real = window.history[mode];
      vi.spyOn(window.history, mode).mockImplementation(function (this: History, data, unused, url) {
        writes.push(`${mode} ${url} ${store.getState().playback.playing ? 'playing' : 'paused'}`);
        real.call(this, data, unused, url);
      });
    }

    press(slider('Time window'), ' ');
    expect(screen.getByRole('button', { name: 'Pause' })).toBeInTheDocument();
    // A full-extent window narrows to a week at the start, then moves a day per tick.
    expect(store.getState().range).toEqual([d('2023-10-18'), d('2023-10-24')]);
    await waitFor(() => expect(store.getState().range?.[0]).toBeGreaterThan(d('2023-10-18')));
    expect(store.getState().playback.playing).toBe(true);
    expect(count()).not.toHaveTextContent('6 of 6 events');
    expect(screen.getByTestId('playback-status')).toHaveTextContent('');

    press(slider('Time window'), ' ');
    expect(store.getState().playback.playing).toBe(false);
    const [from, to] = store.getState().range ?? [0, 0];
    expect(to - from).toBe(6);
    expect(screen.getByTestId('playback-status').textContent).toMatch(/^Paused at \w+day \d+ \w+ 2023 to/);
    const paused = `/?v=1&from=${formatCivilDate(from)}&to=${formatCivilDate(to)}`;
    // The next change writes after the pause's one write, and nothing else came between.
    fireEvent.change(screen.getByLabelText('Search events'), { target: { value: 'tanf' } });
    await waitFor(() => expect(writes).toHaveLength(2));
    expect(writes).toEqual([`replaceState ${paused} paused`, `replaceState ${paused}&q=tanf paused`]);
    expect(window.location.search).toBe(`${paused.slice(1)}&q=tanf`);
  });

  it('pauses when the tab is hidden', async () => {
    const { store } = await boot();
    await screen.findByRole('button', { name: 'Play' });
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    expect(store.getState().playback.playing).toBe(true);
    const hidden = vi.spyOn(document, 'hidden', 'get').mockReturnValue(true);
    document.dispatchEvent(new Event('visibilitychange'));
    expect(store.getState().playback.playing).toBe(false);
    await waitFor(() =>
      expect(screen.getByTestId('playback-status')).toHaveTextContent(
        'Paused at Wednesday 18 October 2023 to',
      ),
    );
    hidden.mockRestore();
  });
});
