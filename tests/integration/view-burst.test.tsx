/**
 * Every view ends up exactly right after a burst of input (issue 13). The list, the rows, the
 * timeline and the filters are memoised so that an interaction renders only what it changes;
 * a memo that compares too little, or a view that lags behind the store, would leave one of
 * them showing an earlier window or search after a fast run of keys. Here the keys arrive as
 * in a busy browser (outside act(): React renders each step, nothing waits between them), and
 * then every view is checked against the final window and search, worked out from the fixture.
 */
import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { formatDayLabel, parseCivilDate } from '../../src/shared/civil-date';
import { renderApp } from '../support/render-app';

function actEnvironment(on: boolean) {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = on;
}

const day = (text: string) => parseCivilDate(text) as number;
const rowIds = () =>
  [...document.querySelectorAll<HTMLElement>('.event-row')].map((r) => r.dataset.eventId).sort();
const optionCount = (legend: string, label: string) =>
  within(screen.getByRole('group', { name: new RegExp(`^${legend}`) }))
    .getByRole('checkbox', { name: new RegExp(`^${label}`) })
    .closest('label')
    ?.querySelector('.facet-count')?.firstChild?.textContent;
/** The histogram's days that have events, as their titles read ("1 Nov 2023: 1 event"). */
const barTitles = () =>
  [...document.querySelectorAll('.tl-histogram [data-day] title')]
    .map((t) => t.textContent)
    .filter((t) => !t?.endsWith(': 0 events'));

/** Settles React's work for the burst, as a browser would between frames. */
const microtasks = async () => {
  for (let m = 0; m < 5; m += 1) await Promise.resolve();
};

/** Types each text into the field in turn, as fast as input events come, outside act(). */
async function typeFast(field: HTMLInputElement, texts: readonly string[]) {
  // React tracks the value through the prototype's setter; assigning `field.value` would hide
  // the change from it.
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
  for (const text of texts) {
    setValue?.call(field, text);
    field.dispatchEvent(new Event('input', { bubbles: true }));
    await microtasks();
  }
}

describe('a burst of window moves and a search', () => {
  it('leaves the list, the count, the histogram and the facets on the final window and search', async () => {
    const { user } = await renderApp({ url: '/?v=1&from=2023-10-18&to=2023-10-24' });
    await screen.findByTestId('event-count');
    await waitFor(() => expect(screen.queryByTestId('map-loading')).toBeNull(), { timeout: 10_000 });
    await user.click(screen.getByText(/^Filters/));
    expect(screen.getByTestId('event-count')).toHaveTextContent('2 of 6 events');
    const slider = screen.getByRole('slider', { name: 'Time window' });
    const search = screen.getByLabelText('Search events') as HTMLInputElement;
    // 18-24 Oct, then 20 days later (7-13 Nov: e5 alone), 16 back (22-28 Oct: none), and a
    // week on: 29 Oct - 4 Nov, which holds e3 (29 Oct) and e4 (1 Nov, at Al-Tanf).
    const keys = [...Array(20).fill('ArrowRight'), ...Array(16).fill('ArrowLeft'), 'PageUp'];
    actEnvironment(false);
    try {
      for (const key of keys) {
        slider.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
        await microtasks();
      }
      // Then a search typed a letter at a time, as fast: only Al-Tanf's events match it.
      await typeFast(search, ['t', 'ta', 'tan', 'tanf']);
    } finally {
      actEnvironment(true);
    }
    await act(async () => {});

    expect(slider).toHaveAttribute(
      'aria-valuetext',
      `${formatDayLabel(day('2023-10-29'))} to ${formatDayLabel(day('2023-11-04'))}, 7 days`,
    );
    expect(screen.getByTestId('event-count')).toHaveTextContent('1 of 6 events');
    expect(rowIds()).toEqual(['e4-tanf']);
    // The histogram counts the searched events on every day, the window aside.
    expect(barTitles()).toEqual([
      `${formatDayLabel(day('2023-10-19'))}: 1 event`,
      `${formatDayLabel(day('2023-11-01'))}: 1 event`,
    ]);
    // The facets count inside the window and the search.
    expect(optionCount('Event type', 'Drone attack')).toBe('1');
    expect(optionCount('Status', 'Reported by media')).toBe('1');
    expect(optionCount('Status', 'Claimed only')).toBe('0');

    // And back out of the search, as fast: the window's two events again, everywhere.
    actEnvironment(false);
    try {
      await typeFast(search, ['tan', 'ta', 't', '']);
    } finally {
      actEnvironment(true);
    }
    await act(async () => {});
    expect(screen.getByTestId('event-count')).toHaveTextContent('2 of 6 events');
    expect(rowIds()).toEqual(['e3-shaddadi', 'e4-tanf']);
    expect(barTitles()).toHaveLength(6);
    expect(optionCount('Event type', 'Drone attack')).toBe('2');
    expect(optionCount('Status', 'Claimed only')).toBe('1');
  });
});
