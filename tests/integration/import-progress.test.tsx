/**
 * A large import takes seconds: from "Load the file" until the map says it has drawn the new
 * events, the reader always sees a progress bar that names what is happening (reading,
 * building the view, drawing the map), and no bar is left once the new events are drawn.
 * Watched on every change of the page (a MutationObserver), not at chosen moments.
 */
import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { acledCsv } from '../../scripts/bench/acled-csv.mjs';
import { drawnEventCount } from '../support/map-marks';
import { renderApp } from '../support/render-app';

/** Reading and building in the page (jsdom has no Worker) takes seconds on a busy machine. */
const SLOW = { timeout: 60_000 };

/** The progress bar on screen and its accessible name, or null when there is none. */
function barNow(): string | null {
  const bar = document.querySelector('progress, [role="progressbar"]');
  if (!bar) return null;
  const label = bar.getAttribute('aria-labelledby');
  return (label ? document.getElementById(label)?.textContent : bar.getAttribute('aria-label')) ?? '';
}

describe('importing a file', () => {
  it('shows a named progress bar from Load until the map reports the new events drawn', SLOW, async () => {
    const app = await renderApp();
    expect(await screen.findByTestId('event-count', {}, { timeout: 10_000 })).toHaveTextContent(
      '6 of 6 events',
    );
    await app.user.click(screen.getByRole('button', { name: 'Open your own data…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Open your own data' }, { timeout: 10_000 });
    await app.user.upload(
      within(dialog).getByTestId('import-file'),
      new File([acledCsv(120)], 'acled-sample.csv', { type: 'text/csv' }),
    );
    const load = await within(dialog).findByRole('button', { name: 'Load the file' }, { timeout: 10_000 });

    const names: string[] = [];
    const gaps: string[] = [];
    let marksWhenDone: number | null = null;
    const look = () => {
      if (marksWhenDone !== null) return;
      const name = barNow();
      if (name !== null) {
        if (names.at(-1) !== name) names.push(name);
        return;
      }
      // Before the first bar, the click's own task may change the page (focus, the button's
      // state) a moment before React commits the bar: no frame is painted in between, so that
      // is not a gap. That a bar does come, named as the import's first phase, is checked below.
      if (names.length === 0) return;
      // No bar: the end if the map's notice was the last one seen, else a gap.
      if (names.at(-1)?.startsWith('Drawing')) marksWhenDone = drawnEventCount();
      else gaps.push(screen.queryByTestId('event-count')?.textContent ?? '(no count)');
    };
    const observer = new MutationObserver(look);
    observer.observe(document.body, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
    });
    try {
      await app.user.click(load);
      await waitFor(() => expect(screen.getByTestId('event-count')).toHaveTextContent('120 of 120 events'), {
        timeout: 15_000,
      });
      // The new data has a new map, given its events; until that map reports them drawn, the
      // notice stays (the fake map, like a slow real one, has not yet said so).
      await waitFor(() => expect(drawnEventCount()).toBe(120), { timeout: 10_000 });
      expect(await screen.findByText('Drawing 120 events on the map…')).toBeVisible();
      expect(marksWhenDone).toBeNull();
      act(() => app.maps.at(-1)?.emit('idle'));
      await waitFor(() => expect(screen.queryByText('Drawing 120 events on the map…')).toBeNull());
    } finally {
      observer.disconnect();
    }
    expect(gaps).toEqual([]);
    // Named phases, the import's own first and the map's last; then the new marks, and no bar.
    expect(names.length).toBeGreaterThan(1);
    expect(names.every((n) => n.trim().length > 0)).toBe(true);
    expect([
      'Starting…',
      'Reading your file…',
      'Sorting by date…',
      'Preparing the events…',
      'Building the view…',
    ]).toContain(names[0]);
    expect(names.at(-1)).toBe('Drawing 120 events on the map…');
    expect(marksWhenDone).toBe(120);
    expect(barNow()).toBeNull();
  });

  it('names the phase in a polite live region, apart from the bar’s ticking detail', SLOW, async () => {
    const app = await renderApp();
    await screen.findByTestId('event-count', {}, { timeout: 10_000 });
    await app.user.click(screen.getByRole('button', { name: 'Open your own data…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Open your own data' }, { timeout: 10_000 });
    await app.user.upload(
      within(dialog).getByTestId('import-file'),
      new File([acledCsv(120)], 'acled-sample.csv', { type: 'text/csv' }),
    );
    const load = await within(dialog).findByRole('button', { name: 'Load the file' }, { timeout: 10_000 });
    const phases: string[] = [];
    const politeness = new Set<string | null>();
    const observer = new MutationObserver(() => {
      const live = document.querySelector('[data-testid="import-phase"]');
      if (!live) return;
      politeness.add(live.getAttribute('aria-live'));
      const text = live.textContent ?? '';
      if (phases.at(-1) !== text) phases.push(text);
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    try {
      await app.user.click(load);
      await waitFor(() => expect(screen.getByTestId('event-count')).toHaveTextContent('120 of 120 events'), {
        timeout: 15_000,
      });
    } finally {
      observer.disconnect();
    }
    // The live region says each phase once, never the row counts.
    expect([...politeness]).toEqual(['polite']);
    expect(phases.length).toBeGreaterThan(0);
    expect(new Set(phases).size).toBe(phases.length);
    expect(phases.every((p) => /^[A-Z][a-z ]+…$/.test(p))).toBe(true);
  });
});
