/**
 * Exploring: filters with facet counts, search by any spelling, the list and the map in
 * step (hover and selection both ways), keyboard use of the list, and the panel's focus
 * handling. Through the whole app with the fake map.
 */
import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { EVENTS, eventFeature, rawFiles, SITES, siteFeature } from '../support/fixture';
import { drawnEventCount, drawnMarks } from '../support/map-marks';
import { renderApp } from '../support/render-app';

async function boot(options?: Parameters<typeof renderApp>[0]) {
  const app = await renderApp(options);
  await screen.findByTestId('event-count');
  await waitFor(() => expect(drawnEventCount()).toBeGreaterThan(0));
  return { ...app, map: () => app.maps[0] as NonNullable<(typeof app.maps)[0]> };
}

const count = () => screen.getByTestId('event-count');
const row = (id: string) => document.querySelector(`.event-row[data-event-id="${id}"]`) as HTMLElement;
const group = (legend: string) => screen.getByRole('group', { name: new RegExp(`^${legend}`) });
const option = (legend: string, label: string) =>
  within(group(legend)).getByRole('checkbox', { name: new RegExp(`^${label}`) });
const optionCount = (legend: string, label: string) =>
  option(legend, label).closest('label')?.querySelector('.facet-count')?.firstChild?.textContent;

describe('filters', () => {
  it('each filter narrows the list and the map; every option shows what it would give', async () => {
    const { user } = await boot();
    await user.click(screen.getByText(/^Filters/));
    expect(optionCount('Direction', 'US strike')).toBe('1');
    expect(optionCount('Event type', 'Drone attack')).toBe('4');

    await user.click(option('Direction', 'US strike'));
    expect(count()).toHaveTextContent('1 of 6 events');
    await waitFor(() => expect(drawnMarks().map((m) => m.mark.event)).toEqual([5]));
    // Its own facet still offers the alternative; the others count within US strikes.
    expect(optionCount('Direction', 'Attack on US forces')).toBe('5');
    expect(optionCount('Event type', 'Drone attack')).toBe('0');
    expect(optionCount('Country', 'Iraq')).toBe('1');
    await user.click(option('Direction', 'US strike'));

    await user.click(option('Country', 'Iraq'));
    expect(count()).toHaveTextContent('2 of 6 events');
    await user.click(option('Status', 'Claimed only'));
    expect(count()).toHaveTextContent('0 of 6 events');
    expect(screen.getByText(/No events match/)).toBeInTheDocument();
    await user.click(option('Status', 'Claimed only'));

    await user.click(option('Claimed by', 'Islamic Resistance in Iraq'));
    expect(count()).toHaveTextContent('0 of 6 events');
    await user.click(option('Country', 'Iraq'));
    expect(count()).toHaveTextContent('2 of 6 events');
    await user.click(option('Place', 'Al-Shaddadi'));
    expect(count()).toHaveTextContent('1 of 6 events');
    expect(screen.getByText(/Filters \(2 active\)/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /Reset all/ }));
    expect(count()).toHaveTextContent('6 of 6 events');
    expect(option('Place', 'Al-Shaddadi')).not.toBeChecked();
  });

  it('announces the new count politely once it settles', async () => {
    const { user } = await boot();
    await user.click(screen.getByText(/^Filters/));
    await user.click(option('Direction', 'US strike'));
    await waitFor(() =>
      expect(screen.getByTestId('list-announcer')).toHaveTextContent('Showing 1 of 6 events'),
    );
  });
});

describe('search', () => {
  it.each(['Ayn al-Asad', 'Al-Asad', 'ʿayn AL asad', 'Āin al-Asād'])('"%s" finds the base', async (q) => {
    const { user } = await boot();
    await user.type(screen.getByRole('searchbox', { name: 'Search events' }), q);
    expect(count()).toHaveTextContent('2 of 6 events');
    expect(row('e2-asad')).toBeInTheDocument();
    expect(row('e6-asad-strike')).toBeInTheDocument();
  });

  it('also searches claimants and works with the filters', async () => {
    const { user } = await boot();
    await user.type(screen.getByRole('searchbox', { name: 'Search events' }), 'islamic resistance');
    expect(count()).toHaveTextContent('2 of 6 events');
    await user.click(screen.getByText(/^Filters/));
    expect(optionCount('Status', 'Claimed only')).toBe('1');
  });
});

describe('list and map in step', () => {
  it('a click on the map marks the row as current and opens the panel beside the list', async () => {
    const { map } = await boot();
    const shaddadi = drawnMarks().find((m) => m.mark.n === 1 && m.lng === 40.7303);
    act(() => map().click({ x: shaddadi?.x ?? 0, y: shaddadi?.y ?? 0 }));
    expect(await screen.findByTestId('event-panel')).toHaveTextContent('Al-Shaddadi');
    expect(row('e3-shaddadi')).toHaveAttribute('aria-current', 'true');
    expect(row('e1-tanf')).not.toHaveAttribute('aria-current');
  });

  it('a click on a row rings its place on the map and brings it into view; the ring follows the selection', async () => {
    const { user, map } = await boot();
    const ringed = () =>
      map()
        .features('marks')
        .filter((f) => f.state.selected)
        .map((f) => f.coordinates);
    await user.click(row('e6-asad-strike'));
    expect(await screen.findByTestId('event-panel')).toHaveTextContent('Ain al-Asad');
    await waitFor(() => expect(ringed()).toEqual([[42.4411, 33.7856]]));
    await waitFor(() => {
      expect(map().camera.lat).toBeCloseTo(33.7856, 3);
      expect(map().camera.lng).toBeCloseTo(42.4411, 3);
    });
    await user.click(row('e1-tanf'));
    await waitFor(() => expect(ringed()).toEqual([[38.6178, 33.5058]]));
  });

  it('hovering a row rings its place on the map; hovering the map shows a card and leaves the list be', async () => {
    const { user, map, store } = await boot();
    const ringed = () =>
      map()
        .features('marks')
        .filter((f) => f.state.hover)
        .map((f) => f.coordinates);
    await user.hover(row('e4-tanf'));
    expect(store.getState().hoveredId).toBe('e4-tanf');
    expect(ringed()).toEqual([[38.6178, 33.5058]]);
    await user.unhover(row('e4-tanf'));
    expect(ringed()).toEqual([]);

    const scroller = screen.getByTestId('event-list-scroll');
    const asad = drawnMarks().find((m) => m.lng === 42.4411);
    act(() => map().hover({ x: asad?.x ?? 0, y: asad?.y ?? 0 }));
    const card = await screen.findByTestId('map-tooltip');
    expect(card).toHaveTextContent('2 events at Ain al-Asad Air Base');
    expect(card).toHaveTextContent('18 Oct 2023 – 21 Nov 2023');
    // The list is not scrolled or highlighted from the map (ux-review D14).
    expect(store.getState().hoveredId).toBeNull();
    expect(scroller.scrollTop).toBe(0);
    act(() => map().hover(null));
    expect(screen.queryByTestId('map-tooltip')).not.toBeInTheDocument();
  });
});

describe('keyboard and focus', () => {
  it('the list is one tab stop; arrows, Home and End move; Enter opens', async () => {
    const { user } = await boot();
    const rows = () => [...document.querySelectorAll<HTMLElement>('.event-row')];
    expect(rows().filter((r) => r.tabIndex === 0)).toHaveLength(1);
    row('e2-asad').focus();
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(row('e1-tanf'));
    await user.keyboard('{End}');
    expect(document.activeElement).toBe(row('e6-asad-strike'));
    await user.keyboard('{Home}');
    expect(document.activeElement).toBe(row('e2-asad'));
    expect(rows().filter((r) => r.tabIndex === 0)).toEqual([row('e2-asad')]);
    await user.keyboard('{ArrowDown}{Enter}');
    expect(await screen.findByTestId('event-panel')).toHaveTextContent('Al-Tanf Garrison');
  });

  it('Escape closes the panel and focus returns to the row that opened it', async () => {
    const { user } = await boot();
    await user.click(row('e3-shaddadi'));
    const panel = await screen.findByTestId('event-panel');
    expect(document.activeElement).toBe(within(panel).getByRole('heading', { level: 2 }));
    await user.keyboard('{Escape}');
    expect(screen.queryByTestId('event-panel')).not.toBeInTheDocument();
    await waitFor(() => expect(document.activeElement).toBe(row('e3-shaddadi')));
  });

  it('previous and next walk the visible events in time, keeping focus on the button', async () => {
    const { user } = await boot();
    await user.click(row('e3-shaddadi'));
    await screen.findByTestId('event-panel');
    await user.click(screen.getByRole('button', { name: /Next/ }));
    await waitFor(() => expect(screen.getByTestId('event-panel')).toHaveTextContent('Reported by media'));
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Drone attack at Al-Tanf Garrison');
    expect(document.activeElement).toHaveAttribute('data-nav', 'next');
    expect(row('e4-tanf')).toHaveAttribute('aria-current', 'true');
    await user.click(screen.getByRole('button', { name: /Previous/ }));
    await user.click(screen.getByRole('button', { name: /Previous/ }));
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Drone attack at Al-Tanf Garrison');
    await user.click(screen.getByRole('button', { name: /Previous/ }));
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Rockets and drones at Ain al-Asad');
    expect(screen.getByRole('button', { name: /Previous/ })).toBeDisabled();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(document.activeElement).toBe(row('e3-shaddadi')));
  });
});

describe('the site panel', () => {
  it('profiles a place and merges a site that shares its exact point', async () => {
    const files = rawFiles({
      sites: {
        type: 'FeatureCollection',
        version: 'test',
        features: [...SITES, siteFeature('tanf-annex', [38.6178, 33.5058], { name: 'Tanf Annex' })],
      },
      events: {
        type: 'FeatureCollection',
        version: 'test',
        features: [...EVENTS, eventFeature('e7-annex', '2023-11-02', 'tanf-annex', { status: 'disputed' })],
      },
    });
    const { map, user } = await boot({ files });
    // One mark for the shared point, counting both places' events; its chooser lists both.
    const tanf = () => drawnMarks().filter((m) => m.lng === 38.6178);
    await waitFor(() => expect(tanf().map((m) => m.mark.n)).toEqual([3]));
    act(() => map().click({ x: tanf()[0]?.x ?? 0, y: tanf()[0]?.y ?? 0 }));
    const chooser = await screen.findByRole('dialog', {
      name: /3 events at Al-Tanf Garrison and 1 other place/,
    });
    expect(within(chooser).getByRole('button', { name: /Tanf Annex/ })).toBeInTheDocument();
    await user.click(within(chooser).getByRole('button', { name: /Al-Tanf Garrison/ }));
    const panel = await screen.findByTestId('site-panel');
    expect(within(panel).getByText('3 events in the current view')).toBeInTheDocument();
    expect(within(panel).getByRole('note')).toHaveTextContent('exactly the same point');
    expect(within(panel).getByText(/Events per week/)).toBeInTheDocument();
    expect(within(panel).getByText(/Last attack in view: 2 Nov 2023/)).toBeInTheDocument();
    await user.click(within(panel).getByRole('button', { name: /2 Nov 2023: Drone attack at Tanf Annex/ }));
    expect(await screen.findByTestId('event-panel')).toHaveTextContent('Disputed');
  });
});
