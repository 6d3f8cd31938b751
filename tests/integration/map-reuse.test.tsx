/**
 * One map for the page's life: opening a file and going back to the built-in data swap the
 * data into the same map (the factory is asked for one map only), draw the new events, leave
 * nothing of the old ones (marks, ring, selection) and fit the camera to the new data.
 */
import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { acledCsv } from '../../scripts/bench/acled-csv.mjs';
import type { FakeMap } from '../support/fake-map';
import { drawnEventCount, drawnMarks } from '../support/map-marks';
import { renderApp } from '../support/render-app';

/** Reading and building in the page (jsdom has no Worker) takes seconds on a busy machine. */
const SLOW = { timeout: 90_000 };

const ringed = (map: FakeMap) =>
  map
    .features('marks')
    .filter((f) => f.state.selected)
    .map((f) => f.coordinates);

/** Every drawn mark sits inside the fake map's 800×600 canvas. */
function allMarksInView() {
  const marks = drawnMarks();
  return marks.length > 0 && marks.every((m) => m.x >= 0 && m.x <= 800 && m.y >= 0 && m.y <= 600);
}

describe('the map across datasets', () => {
  it(
    'opens a file and returns to the built-in data on the same map, each drawn and fitted afresh',
    SLOW,
    async () => {
      const app = await renderApp();
      expect(await screen.findByTestId('event-count', {}, { timeout: 10_000 })).toHaveTextContent(
        '6 of 6 events',
      );
      await waitFor(() => expect(app.maps[0]?.styleLoaded).toBe(true));
      const map = app.maps[0] as FakeMap;
      await waitFor(() => expect(drawnEventCount()).toBe(5));
      const builtIn = drawnMarks().map((m) => [m.lng, m.lat, m.mark.n]);
      // A pick ringed on the map, and a camera of the reader's own far from every event.
      act(() => app.store.getState().select({ kind: 'event', id: 'e2-asad' }, 'list'));
      await waitFor(() => expect(ringed(map)).toEqual([[42.4411, 33.7856]]));
      map.settle();
      act(() => map.userMoveTo({ lng: 20, lat: 10, zoom: 9 }));
      await waitFor(() => expect(app.store.getState().camera).toMatchObject({ lng: 20, lat: 10 }));
      expect(allMarksInView()).toBe(false);

      await app.user.click(screen.getByRole('button', { name: 'Open your own data…' }));
      const dialog = await screen.findByRole('dialog', { name: 'Open your own data' }, { timeout: 10_000 });
      await app.user.upload(
        within(dialog).getByTestId('import-file'),
        new File([acledCsv(120)], 'acled-sample.csv', { type: 'text/csv' }),
      );
      await app.user.click(
        await within(dialog).findByRole('button', { name: 'Load the file' }, { timeout: 10_000 }),
      );
      await waitFor(() => expect(screen.getByTestId('event-count')).toHaveTextContent('120 of 120 events'), {
        timeout: 30_000,
      });
      await waitFor(() => expect(drawnEventCount()).toBe(120), { timeout: 10_000 });
      // Until the map says so, it is still drawing; its next idle is the new events'.
      expect(screen.getByText('Drawing 120 events on the map…')).toBeVisible();
      act(() => map.emit('idle'));
      await waitFor(() => expect(screen.queryByText('Drawing 120 events on the map…')).toBeNull());

      expect(app.maps).toHaveLength(1);
      expect(map.removed).toBe(false);
      expect(map.errors).toEqual([]);
      // Nothing of the old data: no selection, no ring, none of its marks; the view is the new data's.
      expect(app.store.getState().selection).toBeNull();
      expect(ringed(map)).toEqual([]);
      expect(drawnMarks().map((m) => [m.lng, m.lat, m.mark.n])).not.toEqual(builtIn);
      expect(allMarksInView()).toBe(true);
      expect(map.getZoom()).not.toBe(9);
      expect(app.store.getState().camera).toBeNull();

      // And back, on the same map again.
      await app.user.click(screen.getByTestId('back-to-built-in'));
      await waitFor(() => expect(screen.getByTestId('event-count')).toHaveTextContent('6 of 6 events'));
      await waitFor(() => expect(drawnMarks().map((m) => [m.lng, m.lat, m.mark.n])).toEqual(builtIn));
      expect(app.maps).toHaveLength(1);
      expect(allMarksInView()).toBe(true);
      expect(ringed(map)).toEqual([]);
      expect(map.errors).toEqual([]);
      expect(map.layers.filter((l) => l.type === 'custom')).toHaveLength(1);
    },
  );
});
