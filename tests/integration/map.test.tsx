/**
 * The map's own overlays through the whole app (fake map): the chooser by keyboard, the
 * hover card, the playback date, and the notice when nothing in view has a location.
 */
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { eventFeature, rawFiles, SITES, siteFeature } from '../support/fixture';
import { drawnEventCount, drawnMarks } from '../support/map-marks';
import { renderApp } from '../support/render-app';

/** Each test boots the whole app in jsdom and serves its data over HTTP: seconds on a busy box. */
const SLOW = 30_000;

async function boot(options?: Parameters<typeof renderApp>[0]) {
  const app = await renderApp(options);
  await screen.findByTestId('event-count');
  return { ...app, map: () => app.maps[0] as NonNullable<(typeof app.maps)[0]> };
}

const markAt = (lng: number) => drawnMarks().find((m) => m.lng === lng);

describe('the chooser', () => {
  it(
    'lists what shares a point; arrows move, Enter opens, Escape closes back to the map',
    async () => {
      const { map, user } = await boot();
      await waitFor(() => expect(markAt(38.6178)?.mark.n).toBe(2));
      const tanf = markAt(38.6178);
      act(() => map().click({ x: tanf?.x ?? 0, y: tanf?.y ?? 0 }));
      const chooser = await screen.findByRole('dialog', { name: '2 events at Al-Tanf Garrison' });
      const items = within(chooser)
        .getAllByRole('button')
        .filter((b) => b.classList.contains('chooser-item'));
      expect(items.map((b) => b.textContent)).toEqual([
        expect.stringContaining('Place profile · 2 events in view'),
        expect.stringContaining('19 Oct 2023 · Drone attack'),
        expect.stringContaining('1 Nov 2023 · Drone attack'),
      ]);
      await waitFor(() => expect(document.activeElement).toBe(items[0]));
      await user.keyboard('{ArrowDown}{ArrowDown}');
      expect(document.activeElement).toBe(items[2]);
      await user.keyboard('{Escape}');
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument();

      act(() => map().click({ x: tanf?.x ?? 0, y: tanf?.y ?? 0 }));
      await screen.findByRole('dialog', { name: '2 events at Al-Tanf Garrison' });
      await user.keyboard('{ArrowDown}{Enter}');
      expect(await screen.findByTestId('event-panel')).toHaveTextContent('Claimed by');
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    },
    SLOW,
  );
});

describe('the hover card', () => {
  it(
    'gives a single event its date, type, place and status',
    async () => {
      const { map } = await boot();
      await waitFor(() => expect(markAt(40.7303)?.mark.n).toBe(1));
      const shaddadi = markAt(40.7303);
      act(() => map().hover({ x: shaddadi?.x ?? 0, y: shaddadi?.y ?? 0 }));
      const card = await screen.findByTestId('map-tooltip');
      for (const text of ['Drone attack', '29 Oct 2023', 'Al-Shaddadi base', 'Claimed only', 'Click to open'])
        expect(card).toHaveTextContent(text);
    },
    SLOW,
  );
});

describe('playback', () => {
  it(
    'shows the date it has reached over the map while it plays, and nothing once paused',
    async () => {
      const { store } = await boot();
      expect(screen.queryByTestId('playback-stamp')).not.toBeInTheDocument();
      fireEvent.click(await screen.findByRole('button', { name: 'Play' }));
      const stamp = await screen.findByTestId('playback-stamp');
      const to = store.getState().range?.[1] ?? 0;
      const label = new Date(to * 86_400_000).toLocaleDateString('en-GB', {
        day: 'numeric',
        month: 'short',
        year: 'numeric',
        timeZone: 'UTC',
      });
      expect(stamp).toHaveTextContent(label.replace('Sept', 'Sep'));
      expect(stamp).toHaveTextContent(/window from \d+ \w+ 2023/);
      fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
      expect(screen.queryByTestId('playback-stamp')).not.toBeInTheDocument();
    },
    SLOW,
  );
});

describe('events without a location', () => {
  it(
    'says so on the map, and the list still has them',
    async () => {
      const files = rawFiles({
        sites: {
          type: 'FeatureCollection',
          version: 'test',
          features: [...SITES, siteFeature('nowhere', null, { name: 'Unknown place' })],
        },
        events: {
          type: 'FeatureCollection',
          version: 'test',
          features: [eventFeature('n1', '2023-11-02', 'nowhere'), eventFeature('n2', '2023-11-03', 'qasrak')],
        },
      });
      await boot({ files });
      expect(
        await screen.findByText(
          'The 2 events in view have no known location, so the map shows none. They are in the list.',
        ),
      ).toHaveAttribute('role', 'status');
      expect(drawnEventCount()).toBe(0);
      expect(screen.getAllByText(/location unknown/)).toHaveLength(2);
    },
    SLOW,
  );
});

describe('a lost graphics context', () => {
  it(
    'says so, keeps list, timeline and panel working with no error, and draws everything again once restored',
    async () => {
      const { map, user, store } = await boot();
      await waitFor(() => expect(drawnEventCount()).toBeGreaterThan(0));
      const before = drawnEventCount();
      const row = (id: string) => document.querySelector(`.event-row[data-event-id="${id}"]`) as HTMLElement;

      act(() => map().loseContext());
      const notice = await screen.findByRole('alert');
      expect(notice).toHaveTextContent('The map lost its connection to the graphics card');
      expect(drawnEventCount()).toBe(0);

      // Everything that drives the map while it cannot draw: none may reach the dead style.
      await user.click(row('e1-tanf'));
      expect(await screen.findByTestId('event-panel')).toHaveTextContent('Al-Tanf');
      expect(store.getState().selection).toEqual({ kind: 'event', id: 'e1-tanf' });
      const end = screen.getByRole('slider', { name: 'Window end' });
      fireEvent.keyDown(end, { key: 'ArrowLeft' });
      fireEvent.keyDown(end, { key: 'PageDown' });
      fireEvent.keyDown(end, { key: 'PageDown' });
      await waitFor(() => expect(screen.getByTestId('event-count')).not.toHaveTextContent(/^6 of 6/));
      const inWindow = Number(screen.getByTestId('event-count').textContent?.split(' ')[0]);

      act(() => map().restoreContext());
      await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
      // The marks are back: a new WebGL layer on the rebuilt style, drawing the current window,
      await waitFor(() => expect(drawnEventCount()).toBe(inWindow));
      expect(inWindow).toBeLessThan(before);
      expect(map().layers.filter((l) => l.type === 'custom')).toHaveLength(1);
      // and the selection ring, which lives in feature-state the rebuild dropped.
      const ringed = map()
        .features('marks')
        .filter((f) => f.state.selected && f.state.on)
        .map((f) => f.coordinates);
      expect(ringed).toEqual([[38.6178, 33.5058]]);
    },
    SLOW,
  );

  it(
    'offers to redraw the map when the context never comes back, and the new map shows the view',
    async () => {
      const { map, maps, user } = await boot();
      await waitFor(() => expect(drawnEventCount()).toBeGreaterThan(0));
      const before = drawnEventCount();
      act(() => map().loseContext());
      await user.click(await screen.findByRole('button', { name: 'Redraw the map now' }));
      await waitFor(() => expect(maps).toHaveLength(2));
      expect(map().removed).toBe(true);
      await waitFor(() => expect(drawnEventCount()).toBe(before));
      expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    },
    SLOW,
  );
});
