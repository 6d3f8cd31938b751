import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { parseCivilDate } from '../../src/shared/civil-date';
import { rawFiles } from '../support/fixture';
import { drawnEventCount, drawnMarks } from '../support/map-marks';
import type { FakeMap } from '../support/fake-map';
import { renderApp } from '../support/render-app';

/** Where the map draws the selection ring: the longitude and latitude of the ringed mark. */
const ringedAt = (map: FakeMap | undefined) =>
  map
    ?.features('marks')
    .filter((f) => f.state.selected)
    .map((f) => f.coordinates) ?? [];

async function boot(options?: Parameters<typeof renderApp>[0]) {
  const app = await renderApp(options);
  return app;
}

const count = () => screen.findByTestId('event-count');
const waitForUrl = (fragment: string) => waitFor(() => expect(window.location.search).toContain(fragment));

describe('the foundation slice', () => {
  it('lists every event with a visible count once the data loads', async () => {
    await boot();
    expect(await count()).toHaveTextContent('6 of 6 events');
    const list = screen.getByRole('list', { name: 'Events in the current view' });
    expect(within(list).getAllByRole('button')).toHaveLength(6);
    expect(within(list).getByText(/location unknown/)).toBeInTheDocument();
    expect(screen.getByTestId('coverage')).toHaveTextContent(
      'Lists 2 of the 13 attacks US officials counted by 24 Oct 2023.',
    );
  });

  it('moving the slider changes the list count, the map and the URL', async () => {
    const { maps } = await boot();
    await count();
    // The end handle by keyboard: Home brings it to the start (18 Oct), one step right is 19 Oct.
    const end = screen.getByRole('slider', { name: 'Window end' });
    fireEvent.keyDown(end, { key: 'Home' });
    fireEvent.keyDown(end, { key: 'ArrowRight' });
    expect(end).toHaveAttribute('aria-valuenow', String(parseCivilDate('2023-10-19')));
    expect(await count()).toHaveTextContent('2 of 6 events');
    await waitForUrl('to=2023-10-19');
    await waitFor(() => expect(drawnEventCount()).toBe(2));
    expect(maps).toHaveLength(1);
  });

  it('clicking a list item opens its panel with sources, rings it on the map, and the URL names it', async () => {
    const { user, maps } = await boot();
    await count();
    await user.click(screen.getByRole('button', { name: /Rockets and drones — Ain al-Asad/ }));
    const panel = await screen.findByTestId('event-panel');
    expect(within(panel).getByRole('heading', { level: 2 })).toHaveTextContent(
      'Rockets and drones at Ain al-Asad',
    );
    const link = within(panel).getByRole('link', { name: /example\.org/ });
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    // The map rings the event's place, Ain al-Asad.
    await waitFor(() => expect(ringedAt(maps[0])).toEqual([[42.4411, 33.7856]]));
    await waitForUrl('event=e2-asad');
  });

  // B8: the panel printed the local day beside a UTC time of the day before ("22 Nov 2023,
  // 23:30 UTC" for 02:30 local on 22 Nov, which is 23:30 UTC on 21 Nov).
  it("gives a UTC time its own date when it falls on the day before the event's local date", async () => {
    const files = rawFiles();
    const events = files.events as { features: { properties: Record<string, unknown> }[] };
    const times: Record<string, string> = { 'e3-shaddadi': '23:30', 'e2-asad': '20:59' };
    events.features = events.features.map((f) => {
      const time = times[f.properties.id as string];
      return time ? { ...f, properties: { ...f.properties, timeUtc: time } } : f;
    });
    const { store } = await boot({ files, url: '/?v=1&event=e3-shaddadi' });
    const dateRow = async () => (await screen.findByText('Date')).nextElementSibling;
    expect(await dateRow()).toHaveTextContent(/^29 Oct 2023, 23:30 UTC on 28 Oct 2023 \(exact day\)$/);
    store.getState().select({ kind: 'event', id: 'e2-asad' }, 'list');
    await waitFor(async () =>
      expect(await dateRow()).toHaveTextContent(/^18 Oct 2023, 20:59 UTC \(exact day\)$/),
    );
  });

  it('clicking a place with several events lists them, and the list opens the place', async () => {
    const { maps, user } = await boot();
    await count();
    await waitFor(() => expect(drawnEventCount()).toBe(5));
    const tanf = drawnMarks().find((m) => m.lng === 38.6178);
    act(() => maps[0]?.click({ x: tanf?.x ?? 0, y: tanf?.y ?? 0 }));
    const chooser = await screen.findByRole('dialog', { name: '2 events at Al-Tanf Garrison' });
    expect(within(chooser).getAllByRole('button', { name: /Drone attack/ })).toHaveLength(2);
    await user.click(within(chooser).getByRole('button', { name: /Al-Tanf Garrison/ }));
    const panel = await screen.findByTestId('site-panel');
    expect(within(panel).getByText('2 events in the current view')).toBeInTheDocument();
  });

  it('boots from a URL into the same window and selection', async () => {
    await boot({ url: '/?v=1&from=2023-10-19&to=2023-11-01&event=e3-shaddadi' });
    expect(await count()).toHaveTextContent('3 of 6 events');
    expect(await screen.findByTestId('event-panel')).toHaveTextContent('Al-Shaddadi base');
    expect(screen.getByRole('slider', { name: 'Window start' })).toHaveAttribute(
      'aria-valuetext',
      'Thursday 19 October 2023',
    );
  });

  it('ignores garbage URL parameters with a notice and shows the rest', async () => {
    await boot({ url: '/?from=yesterday&to=2023-10-19&event=%3Cscript%3E' });
    expect(await count()).toHaveTextContent('2 of 6 events');
    expect(screen.getByText(/could not be read and were reset: from, event/)).toBeInTheDocument();
    await waitFor(() => expect(window.location.search).toBe('?v=1&to=2023-10-19'));
  });

  it('a missing data file shows a message with Retry, and Retry recovers', async () => {
    const { server, user } = await boot({
      routes: { '/data/events.geojson': { status: 404, body: 'gone' } },
    });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Could not load data/events.geojson (HTTP 404)',
    );
    expect(screen.getByTestId('map')).toBeInTheDocument();
    server.set('/data/events.geojson', { status: 200, body: JSON.stringify(rawFiles().events) });
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await count()).toHaveTextContent('6 of 6 events');
  });

  it('a malformed feature is reported by id and field while the good ones load', async () => {
    const files = rawFiles();
    const events = files.events as { features: { properties: Record<string, unknown> }[] };
    events.features = events.features.map((f, i) =>
      i === 0 ? { ...f, properties: { ...f.properties, date: 'soon' } } : f,
    );
    await boot({ files });
    expect(await count()).toHaveTextContent('5 of 5 events');
    const summary = screen.getByText(/1 record was left out/);
    fireEvent.click(summary);
    expect(
      await screen.findByText(/#0 \(e1-tanf\) — date: must be a real calendar date/),
    ).toBeInTheDocument();
  });
});

describe('a part that fails', () => {
  it('a timeline that throws leaves the map, list and panel working, and comes back on Try again', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { store, user, maps } = await boot({ url: '/?v=1&to=2023-11-10' });
    expect(await count()).toHaveTextContent('5 of 6 events');
    // A window no date field can show (not a day at all) makes the timeline throw as it renders.
    act(() => store.getState().setRange([Number.NaN, Number.NaN]));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The timeline stopped working (Invalid time value). The map, the list and the filters still work.',
    );
    expect(screen.queryByRole('slider', { name: 'Window start' })).not.toBeInTheDocument();
    act(() => store.getState().setRange(null));
    expect(await count()).toHaveTextContent('6 of 6 events');
    await user.click(screen.getByRole('button', { name: /Rockets and drones — Ain al-Asad/ }));
    expect(await screen.findByTestId('event-panel')).toHaveTextContent('Ain al-Asad');
    await waitFor(() => expect(ringedAt(maps[0])).toEqual([[42.4411, 33.7856]]));
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByRole('slider', { name: 'Window start' })).toBeInTheDocument();
    vi.restoreAllMocks();
  });

  it('a map that cannot start leaves the list, panel and timeline working', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { user } = await boot({
      createMap: () => {
        throw new Error('WebGL is not available');
      },
    });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The map stopped working (WebGL is not available). The event list, the filters and the timeline still work.',
    );
    expect(await count()).toHaveTextContent('6 of 6 events');
    await user.click(screen.getByRole('button', { name: /Rockets and drones — Ain al-Asad/ }));
    expect(await screen.findByTestId('event-panel')).toHaveTextContent('Ain al-Asad');
    expect(screen.getByRole('slider', { name: 'Window start' })).toBeInTheDocument();
    vi.restoreAllMocks();
  });
});
