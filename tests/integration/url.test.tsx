/**
 * Every view is a link: controls write the URL (replace for continuous changes, push for
 * steps), a link restores every part of the view, Back and Forward restore whole views
 * (camera included), links naming what the data lacks open the rest with a notice, and
 * Copy link copies the canonical link. jsdom's history is real; popstate is asynchronous.
 */
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_TEXT } from '../../src/data/values';
import { parseCivilDate } from '../../src/shared/civil-date';
import { renderApp } from '../support/render-app';

async function boot(url = '/') {
  const app = await renderApp({ url });
  await screen.findByTestId('event-count');
  await waitFor(() => expect(app.maps[0]?.styleLoaded).toBe(true));
  return { ...app, map: () => app.maps[0] as NonNullable<(typeof app.maps)[0]> };
}

const search = () => window.location.search;
const waitForUrl = (expected: string) => waitFor(() => expect(search()).toBe(expected));
const waitForPart = (part: string) => waitFor(() => expect(search()).toContain(part));
const row = (id: string) => document.querySelector(`[data-event-id="${id}"]`) as HTMLElement;
const day = (d: string) => parseCivilDate(d) as number;
const back = () => window.history.back();
const forward = () => window.history.forward();

const realPush = window.history.pushState;
const realReplace = window.history.replaceState;
afterEach(() => {
  window.history.pushState = realPush;
  window.history.replaceState = realReplace;
});

/** Records every history write from now on, with whether playback was running at the time. */
function recordWrites(isPlaying: () => boolean) {
  const writes: { mode: 'push' | 'replace'; url: string; playing: boolean }[] = [];
  window.history.pushState = function (this: History, data, unused, url) {
    writes.push({ mode: 'push', url: String(url), playing: isPlaying() });
    realPush.call(this, data, unused, url);
  };
  window.history.replaceState = function (this: History, data, unused, url) {
    writes.push({ mode: 'replace', url: String(url), playing: isPlaying() });
    realReplace.call(this, data, unused, url);
  };
  return writes;
}

describe('the URL as the view', () => {
  it('replaces the entry for the window, search, filters and camera, and pushes for steps', async () => {
    const { store, map } = await boot();
    const start = window.history.length;
    fireEvent.change(screen.getByLabelText('End date'), { target: { value: '2023-11-10' } });
    await waitForPart('to=2023-11-10');
    fireEvent.change(screen.getByLabelText('Search events'), { target: { value: 'tanf' } });
    await waitForPart('q=tanf');
    store.getState().setFilter('statuses', ['reported_by_media']);
    await waitForPart('status=reported_by_media');
    map().userMoveTo({ zoom: 7.5, lat: 33.5, lng: 38.6 });
    await waitForUrl('?v=1&from=2023-10-18&to=2023-11-10&status=reported_by_media&q=tanf&map=7.5/33.5/38.6');
    expect(window.history.length).toBe(start);

    fireEvent.click(row('e4-tanf'));
    await waitForPart('event=e4-tanf');
    expect(window.history.length).toBe(start + 1);
    fireEvent.click(await screen.findByRole('button', { name: 'Close event details' }));
    await waitFor(() => expect(search()).not.toContain('event='));
    expect(window.history.length).toBe(start + 2);

    fireEvent.click(
      within(screen.getByRole('group', { name: 'Show' })).getByRole('button', { name: 'List' }),
    );
    await waitForPart('view=list');
    expect(window.history.length).toBe(start + 3);
  });

  it('writes at most a few times a second while scrubbing', async () => {
    const { store } = await boot();
    await waitForUrl('');
    const writes = recordWrites(() => store.getState().playback.playing);
    const first = day('2023-10-19');
    for (let i = 0; i < 30; i += 1) store.getState().setRange([first + (i % 5), day('2023-11-20')]);
    // The first window at once (the address is current before any reload), the last after the
    // interval: two writes for thirty changes, and no new entry.
    await waitFor(() =>
      expect(writes).toEqual([
        { mode: 'replace', url: '/?v=1&from=2023-10-19&to=2023-11-20', playing: false },
        { mode: 'replace', url: '/?v=1&from=2023-10-23&to=2023-11-20', playing: false },
      ]),
    );
  });

  // B1: Play pressed within 300 ms of a scrub left the scrub's replace pending, and it fired
  // during playback, writing the rewound playback window.
  it('a scrub just before Play is written as Play starts; playback writes nothing until it pauses', async () => {
    const { store } = await boot();
    fireEvent.change(screen.getByLabelText('Speed'), { target: { value: '30' } });
    await waitForUrl('');
    const writes = recordWrites(() => store.getState().playback.playing);
    // A window that ends on the last day: Play rewinds it to the start.
    fireEvent.change(screen.getByLabelText('Start date'), { target: { value: '2023-11-15' } });
    fireEvent.click(screen.getByRole('button', { name: 'Play' }));
    expect(store.getState().playback.playing).toBe(true);
    expect(store.getState().range).toEqual([day('2023-10-18'), day('2023-10-24')]);
    // Playback runs (two ticks of 500 ms) and pauses by itself at the end, on the very window
    // the scrub chose. The one write is the scrub's, made as Play started: none of the
    // windows playback passed through, and no second write of the same link.
    await waitFor(() => expect(store.getState().playback.playing).toBe(false), { timeout: 15_000 });
    expect(screen.getByTestId('playback-status')).toHaveTextContent(/^Paused at /);
    expect(writes.map((w) => w.url)).toEqual(['/?v=1&from=2023-11-15&to=2023-11-21']);
  });

  it('boots from a link into every part of the view, camera included', async () => {
    const link =
      '?v=1&from=2023-10-18&to=2023-11-20&type=drone_attack&claimant=Islamic%20Resistance%20in%20Iraq' +
      '&country=SY&status=claimed_only&site=al-shaddadi&q=shaddadi&event=e3-shaddadi&view=list&map=7.25/35.1/40.7/15/30';
    const { store, map } = await boot(`/${link}`);
    expect(screen.getByTestId('event-count')).toHaveTextContent('1 of 6 events');
    expect(await screen.findByTestId('event-panel')).toHaveTextContent('Al-Shaddadi base');
    expect(screen.getByLabelText('Start date')).toHaveValue('2023-10-18');
    expect(screen.getByLabelText('End date')).toHaveValue('2023-11-20');
    expect(screen.getByLabelText('Search events')).toHaveValue('shaddadi');
    expect(screen.getByRole('button', { name: 'List' })).toHaveAttribute('aria-pressed', 'true');
    expect(store.getState().filters).toMatchObject({
      types: ['drone_attack'],
      claimants: ['Islamic Resistance in Iraq'],
      countries: ['SY'],
      statuses: ['claimed_only'],
      sites: ['al-shaddadi'],
    });
    expect(map().options).toMatchObject({ center: [40.7, 35.1], zoom: 7.25, bearing: 15, pitch: 30 });
    // A link that carries its own camera keeps it rather than flying to the selection.
    expect(map().camera).toMatchObject({ lng: 40.7, lat: 35.1, zoom: 7.25 });
    expect(search()).toBe(link);
  });

  it('Back closes the panel and Forward reopens it', async () => {
    await boot('/?v=1&to=2023-11-10');
    fireEvent.click(row('e1-tanf'));
    expect(await screen.findByTestId('event-panel')).toHaveTextContent('Al-Tanf Garrison');
    await waitForPart('event=e1-tanf');
    back();
    await waitFor(() => expect(screen.queryByTestId('event-panel')).not.toBeInTheDocument());
    expect(search()).toBe('?v=1&to=2023-11-10');
    forward();
    expect(await screen.findByTestId('event-panel')).toHaveTextContent('Al-Tanf Garrison');
    expect(search()).toContain('event=e1-tanf');
  });

  it('after Back, switching pane is still a step of its own, and Back and Forward walk it', async () => {
    const { store } = await boot('/?v=1&to=2023-11-10');
    fireEvent.click(row('e1-tanf'));
    await waitForPart('event=e1-tanf');
    back();
    await waitFor(() => expect(store.getState().selection).toBeNull());
    const length = window.history.length;
    store.getState().setView('list');
    await waitForPart('view=list');
    // Pushed: the Forward entry (the open panel) is replaced by the new step.
    expect(window.history.length).toBe(length);
    back();
    await waitFor(() => expect(store.getState().view).toBe('map'));
    expect(search()).toBe('?v=1&to=2023-11-10');
    forward();
    await waitFor(() => expect(store.getState().view).toBe('list'));
    expect(search()).toBe('?v=1&to=2023-11-10&view=list');
    // The panel's entry is gone for good: nothing lies beyond the pane switch.
    expect(screen.queryByTestId('event-panel')).not.toBeInTheDocument();
    expect(window.history.length).toBe(length);
  });

  // B6: Back within 300 ms of a scrub dropped the scrub; Forward then showed the older window.
  it('a scrub made just before Back is still there after Forward', async () => {
    const { store } = await boot('/?v=1&to=2023-11-10');
    fireEvent.click(row('e1-tanf'));
    await waitForPart('event=e1-tanf');
    fireEvent.change(screen.getByLabelText('Start date'), { target: { value: '2023-10-19' } });
    back();
    await waitFor(() => expect(screen.queryByTestId('event-panel')).not.toBeInTheDocument());
    expect(search()).toBe('?v=1&to=2023-11-10');
    forward();
    expect(await screen.findByTestId('event-panel')).toHaveTextContent('Al-Tanf Garrison');
    expect(screen.getByLabelText('Start date')).toHaveValue('2023-10-19');
    expect(store.getState().range?.[0]).toBe(day('2023-10-19'));
    await waitForPart('?v=1&from=2023-10-19&to=2023-11-10&event=e1-tanf&map=');
  });

  // B2: a throwing history call (Safari past 100 calls in 30 s) escaped through the store, and
  // every later subscriber, the map and the panel among them, missed the change.
  it('when the browser refuses a history call, the panel still opens and the map still follows', async () => {
    const { map } = await boot('/?v=1&to=2023-11-10');
    window.history.pushState = () => {
      throw new DOMException(
        'Attempt to use history.pushState() more than 100 times per 30 seconds',
        'SecurityError',
      );
    };
    fireEvent.click(row('e4-tanf'));
    expect(await screen.findByTestId('event-panel')).toHaveTextContent('Al-Tanf Garrison');
    const ringed = map()
      .features('marks')
      .filter((f) => f.state.selected);
    expect(ringed.map((f) => f.coordinates)).toEqual([[38.6178, 33.5058]]);
    expect(row('e4-tanf')).toHaveAttribute('aria-current', 'true');
    // The step could not be added, but the address still names the open event (and, once the
    // map has flown there, its camera).
    expect(search()).toMatch(/^\?v=1&to=2023-11-10&event=e4-tanf(&map=[\d./-]+)?$/);
  });

  it('Back and Forward restore the camera: the map jumps', async () => {
    const { map } = await boot();
    map().userMoveTo({ zoom: 6, lat: 34, lng: 41 });
    await waitForPart('map=6/34/41');
    fireEvent.click(row('e2-asad'));
    // The map flies to the selection, and the new entry records where it went.
    await waitForPart('event=e2-asad&map=6/33.786/42.441');
    map().userMoveTo({ zoom: 9, lat: 33.9, lng: 42.5 });
    await waitForPart('map=9/33.9/42.5');
    back();
    await waitFor(() => expect(map().camera).toMatchObject({ zoom: 6, lat: 34, lng: 41 }));
    expect(search()).toBe('?v=1&map=6/34/41');
    forward();
    await waitFor(() => expect(map().camera).toMatchObject({ zoom: 9, lat: 33.9, lng: 42.5 }));
    expect(await screen.findByTestId('event-panel')).toHaveTextContent('Ain al-Asad');
  });

  it('a camera change the reader did not make (a resize) writes nothing', async () => {
    const { map, store } = await boot();
    act(() => map().emit('moveend', {}));
    expect(store.getState().camera).toBeNull();
    // The next write (a search) carries no camera: nothing was waiting to be written.
    fireEvent.change(screen.getByLabelText('Search events'), { target: { value: 'tanf' } });
    await waitForUrl('?v=1&q=tanf');
  });

  it('Back to an entry without a camera returns the map to the region', async () => {
    const { map } = await boot();
    const initial = { ...map().camera };
    fireEvent.click(row('e1-tanf'));
    await waitForPart('event=e1-tanf&map=');
    back();
    await waitFor(() => expect(map().camera).toMatchObject(initial));
    await waitForUrl('');
  });
});

describe('links that cannot be fully restored', () => {
  it('an unknown event and unknown filter values: the rest opens, a notice names what is missing', async () => {
    await boot(
      '/?v=1&to=2023-11-10&claimant=Nobody,Islamic%20Resistance%20in%20Iraq&site=moon-base&event=gone',
    );
    expect(await screen.findByText(/does not have \(“gone”\)\. The rest of the view is shown/)).toBeVisible();
    expect(screen.getByText(/not used as filters: claimant “Nobody”, site “moon-base”/)).toBeVisible();
    expect(screen.queryByTestId('event-panel')).not.toBeInTheDocument();
    expect(screen.getByTestId('event-count')).toHaveTextContent('2 of 6 events');
    await waitForUrl('?v=1&to=2023-11-10&claimant=Islamic%20Resistance%20in%20Iraq');
  });

  it('a legacy map hash and a v0 link are normalised in place, the hash dropped', async () => {
    const { map } = await boot('/#6.5/34.2/41.3');
    expect(map().options).toMatchObject({ center: [41.3, 34.2], zoom: 6.5 });
    await waitFor(() => expect(window.location.href).toMatch(/\/\?v=1&map=6\.5\/34\.2\/41\.3$/));
  });

  it('opens a v0 link as its v1 equivalent', async () => {
    await boot('/?start=2023-10-18&end=2023-10-19&kinds=drone,mixed&sel=e2-asad');
    expect(await screen.findByTestId('event-panel')).toHaveTextContent('Ain al-Asad');
    expect(screen.getByTestId('event-count')).toHaveTextContent('2 of 6 events');
    // The map then flies to the event, and the address gains its camera.
    await waitFor(() =>
      expect(search()).toMatch(
        /^\?v=1&from=2023-10-18&to=2023-10-19&type=drone_attack,mixed&event=e2-asad(&map=[\d./-]+)?$/,
      ),
    );
  });

  it('a link from a newer version opens as well as it can, with a notice', async () => {
    await boot('/?v=2&to=2023-10-19&heat=1');
    expect(screen.getByText(/newer version of Incident Atlas \(v2\)/)).toBeVisible();
    expect(screen.getByTestId('event-count')).toHaveTextContent('2 of 6 events');
  });
});

describe('search in the link', () => {
  // D22: a link could carry 200 characters of search into a box that holds 100.
  it('keeps as much search text as the search box holds, the same in box and address', async () => {
    await boot(`/?v=1&q=${'tanf'.repeat(40)}`);
    const box = screen.getByLabelText('Search events') as HTMLInputElement;
    expect(box.maxLength).toBe(MAX_TEXT);
    expect(box.value).toBe('tanf'.repeat(25));
    await waitForUrl(`?v=1&q=${'tanf'.repeat(25)}`);
  });
});

describe('Copy link', () => {
  it('copies the canonical link and announces it', async () => {
    await boot('/?to=2023-11-10&unknown=1&event=e1-tanf&map=6/33.5/38.6');
    // The clipboard is a browser boundary: a recording stand-in (set after user-event's own).
    const written: string[] = [];
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (text: string) => void written.push(text) },
    });
    try {
      fireEvent.click(screen.getByRole('button', { name: 'Copy link' }));
      expect(await screen.findByText('Link copied')).toHaveAttribute('role', 'status');
      expect(written).toEqual([`${window.location.origin}/?v=1&to=2023-11-10&event=e1-tanf&map=6/33.5/38.6`]);
    } finally {
      Reflect.deleteProperty(navigator, 'clipboard');
    }
  });

  it('without a clipboard, shows the link selected in a read-only field', async () => {
    await boot('/?v=1&q=tanf');
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: undefined });
    try {
      fireEvent.click(screen.getByRole('button', { name: 'Copy link' }));
      const field = (await screen.findByRole('textbox', { name: 'Link to this view' })) as HTMLInputElement;
      expect(field).toHaveValue(`${window.location.origin}/?v=1&q=tanf`);
      expect(field).toHaveAttribute('readonly');
      await waitFor(() => expect(field.selectionEnd).toBe(field.value.length));
      expect(screen.getByText(/Copy the selected link with Ctrl\+C/)).toBeVisible();
    } finally {
      Reflect.deleteProperty(navigator, 'clipboard');
    }
  });
});
