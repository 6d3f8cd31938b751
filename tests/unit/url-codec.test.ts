import { describe, expect, it } from 'vitest';
import { MAX_TEXT } from '../../src/data/values';
import { EMPTY_FILTERS } from '../../src/data/view-types';
import { parseCivilDate } from '../../src/shared/civil-date';
import { decodeUrl, encodeUrl } from '../../src/store/url-codec';
import { MAX_LIST } from '../../src/store/url-params';
import { DEFAULT_VIEW, type ViewState } from '../../src/store/view-state';

const day = (d: string) => parseCivilDate(d) as number;
const view = (v: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW, ...v });

describe('url codec', () => {
  it('writes nothing for the default view', () => {
    expect(encodeUrl(DEFAULT_VIEW)).toBe('');
  });

  it('round-trips a full view in canonical order', () => {
    const state = view({
      range: [day('2023-10-19'), day('2023-11-01')],
      filters: {
        ...EMPTY_FILTERS,
        types: ['rocket_attack', 'drone_attack'],
        statuses: ['claimed_only'],
        sites: ['al-tanf'],
      },
      search: 'al-Asad & co',
      selection: { kind: 'event', id: '2023-10-19-tanf-drones' },
      camera: { zoom: 6.5, lat: 33.5, lng: 38.6, bearing: 0, pitch: 0 },
      view: 'list',
    });
    const query = encodeUrl(state);
    expect(query).toBe(
      '?v=1&from=2023-10-19&to=2023-11-01&type=drone_attack,rocket_attack&status=claimed_only&site=al-tanf' +
        '&q=al-Asad%20%26%20co&event=2023-10-19-tanf-drones&view=list&map=6.5/33.5/38.6',
    );
    const decoded = decodeUrl(query);
    expect(decoded.notices).toEqual([]);
    expect(encodeUrl(view(decoded.view))).toBe(query);
  });

  it('keeps commas inside a claimant name', () => {
    const state = view({
      filters: { ...EMPTY_FILTERS, claimants: ['Kataib Hezbollah, per US', 'Islamic Resistance in Iraq'] },
    });
    const decoded = decodeUrl(encodeUrl(state));
    expect(decoded.view.filters?.claimants).toEqual([
      'Islamic Resistance in Iraq',
      'Kataib Hezbollah, per US',
    ]);
  });

  it('ignores bad parameters one by one, keeps the good items of a list, and says which', () => {
    const { view: v, notices } = decodeUrl(
      '?from=2023-02-30&to=2023-11-01&type=drone_attack,nuke&event=%3Cscript%3E&map=NaN/1/2',
    );
    expect(v.range).toEqual([Number.NEGATIVE_INFINITY, day('2023-11-01')]);
    expect(v.filters?.types).toEqual(['drone_attack']);
    expect(v.selection).toBeUndefined();
    expect(v.camera).toBeUndefined();
    expect(notices[0]).toMatch(/from, type, event, map/);
  });

  it('swaps a reversed window and rejects out-of-range camera values', () => {
    expect(decodeUrl('?from=2023-12-01&to=2023-11-01').view.range).toEqual([
      day('2023-11-01'),
      day('2023-12-01'),
    ]);
    expect(decodeUrl('?map=30/10/10').view.camera).toBeUndefined();
    expect(decodeUrl('?map=5/95/10').view.camera).toBeUndefined();
    expect(decodeUrl('?map=5/10/200').view.camera).toBeUndefined();
    expect(decodeUrl('?map=1e3/10/10').view.camera).toBeUndefined();
    expect(decodeUrl('?map=5/10/10/0').view.camera).toBeUndefined();
  });

  it('normalises case, duplicates and order in lists', () => {
    const { view: v } = decodeUrl('?v=1&country=sy,IQ,sy&site=AL-TANF');
    expect(v.filters?.countries).toEqual(['IQ', 'SY']);
    expect(v.filters?.sites).toEqual(['al-tanf']);
  });

  it('cleans search text: no control or bidi-override characters, single spaces', () => {
    expect(decodeUrl('?q=%E2%80%AEtanf%00%0A%20%20drone').view.search).toBe('tanf drone');
    expect(encodeUrl(view({ search: '  a\u0007b \uD800 ' }))).toBe('?v=1&q=a%20b');
  });

  it('writes camera decimals by zoom, as MapLibre does, and bearing/pitch only when set', () => {
    const cam = { zoom: 6.256, lat: 33.123456, lng: 41.987654, bearing: 0, pitch: 0 };
    expect(encodeUrl(view({ camera: cam }))).toBe('?v=1&map=6.26/33.123/41.988');
    expect(encodeUrl(view({ camera: { ...cam, zoom: 12, bearing: -20.4, pitch: 30 } }))).toBe(
      '?v=1&map=12/33.12346/41.98765/-20/30',
    );
  });

  it('accepts a legacy map hash, in MapLibre and OSM form; a query camera wins', () => {
    expect(decodeUrl('', '#map=5/34/41').view.camera).toMatchObject({ zoom: 5, lat: 34, lng: 41 });
    expect(decodeUrl('?map=7/30/40', '#5/34/41').view.camera).toMatchObject({ zoom: 7 });
    expect(decodeUrl('', '#main').view.camera).toBeUndefined();
    expect(decodeUrl('', '#5.5/34.1/41.2').view.camera).toEqual({
      zoom: 5.5,
      lat: 34.1,
      lng: 41.2,
      bearing: 0,
      pitch: 0,
    });
  });

  it('ignores unknown keys and prototype keys without polluting objects', () => {
    const { view: v, notices } = decodeUrl(
      '?__proto__=x&constructor=y&__proto__%5Bpolluted%5D=1&constructor.prototype.polluted=1&foo=bar&q=tanf',
    );
    expect(v).toEqual({ search: 'tanf' });
    expect(notices).toEqual([]);
    expect(Object.getPrototypeOf(v)).toBe(Object.prototype);
    expect(Object.hasOwn(Object.prototype, 'polluted')).toBe(false);
    expect(Object.hasOwn(Object.prototype, 'x')).toBe(false);
    expect(Object.getOwnPropertyNames(v)).toEqual(['search']);
  });

  // D18: a link over 4,000 characters was dropped whole, the valid event with it.
  it('reads an over-long link part by part: the valid parts open, an unreadable one is named', () => {
    const junk = decodeUrl(`?v=1&event=2024-01-28-tower-22&junk=${'x'.repeat(4100)}`);
    expect(junk.view).toEqual({ selection: { kind: 'event', id: '2024-01-28-tower-22' } });
    expect(junk.notices).toEqual([]);
    const longSearch = decodeUrl(`?v=1&to=2023-11-01&q=${'a'.repeat(5000)}&site=al-tanf`);
    expect(longSearch.view.range).toEqual([Number.NEGATIVE_INFINITY, day('2023-11-01')]);
    expect(longSearch.view.filters?.sites).toEqual(['al-tanf']);
    expect(longSearch.view.search).toBeUndefined();
    expect(longSearch.notices).toEqual(['Some parts of the link could not be read and were reset: q.']);
  });

  // D17: `encodeURIComponent` threw URIError on a lone surrogate in a v0 kind.
  it('never throws on lone surrogates or malformed escapes', () => {
    for (const link of [
      '?kinds=\uD800',
      '?v=0&kinds=a\uDFFF',
      '?q=%ED%A0%80',
      '?type=%',
      '?\uDC00=1',
      '?map=%E0%A4%A',
    ]) {
      expect(() => decodeUrl(link)).not.toThrow();
    }
    expect(decodeUrl('?v=0&kinds=drone,a\uDFFF').view.filters?.types).toEqual(['drone_attack']);
  });

  // D10: the browser keeps `'` as %27 in a query; the codec wrote it bare, so Copy link and
  // the address bar differed.
  it("writes `'` the way the browser keeps it, so the canonical link is the one in the address bar", () => {
    const link = encodeUrl(view({ search: "it's (a) *test*!" }));
    expect(link).toBe('?v=1&q=it%27s%20(a)%20*test*!');
    expect(new URL(link, 'http://127.0.0.1/').search).toBe(link);
    expect(decodeUrl("?v=1&q=it's").view.search).toBe("it's");
  });

  // D22: a link could carry a 200-character search into a box that holds 100.
  it('keeps a search to the length the search box allows, cut between characters', () => {
    expect(decodeUrl(`?q=${'b'.repeat(150)}`).view.search).toBe('b'.repeat(MAX_TEXT));
    // An emoji is two code units: the 51st does not fit whole and is left out.
    expect(decodeUrl(`?q=${encodeURIComponent('😀'.repeat(51))}`).view.search).toBe('😀'.repeat(50));
  });

  // Mutation survivors (docs/mutation.md): what a hand-written or hand-edited link gives.
  it('reads a key written without `=` as empty: named when that is no value, never its own name', () => {
    const { view: v, notices } = decodeUrl('?v=1&event&q');
    expect(v).toEqual({});
    expect(notices).toEqual(['Some parts of the link could not be read and were reset: event.']);
  });

  it('reads dates, single values and list items with spaces or a `+` around them', () => {
    const dates = decodeUrl('?from=%202024-01-01&to=2024-01-31+');
    expect(dates.view.range).toEqual([day('2024-01-01'), day('2024-01-31')]);
    expect(dates.notices).toEqual([]);
    const singles = decodeUrl('?v=1&event=%20tower-22%20&view=+list');
    expect(singles.view).toEqual({ selection: { kind: 'event', id: 'tower-22' }, view: 'list' });
    expect(singles.notices).toEqual([]);
    const list = decodeUrl('?v=1&type=drone_attack,+rocket_attack,');
    expect(list.view.filters?.types).toEqual(['drone_attack', 'rocket_attack']);
    expect(list.notices).toEqual([]);
  });

  it('reads `+` in a search as a space, as a form writes it', () => {
    expect(decodeUrl('?q=al+asad+drone').view.search).toBe('al asad drone');
  });

  it('names a list parameter with nothing in it', () => {
    const { view: v, notices } = decodeUrl('?v=1&type=,&site=');
    expect(v.filters?.types ?? []).toEqual([]);
    expect(notices).toEqual(['Some parts of the link could not be read and were reset: type, site.']);
  });

  it(`keeps at most ${MAX_LIST} values of a list, the first in sorted order`, () => {
    const ids = Array.from({ length: MAX_LIST + 10 }, (_, i) => `site-${String(i).padStart(2, '0')}`);
    const { view: v, notices } = decodeUrl(`?v=1&site=${[...ids].reverse().join(',')}`);
    expect(v.filters?.sites).toEqual(ids.slice(0, MAX_LIST));
    expect(notices).toEqual([]);
  });

  it('opens the list and the about page, takes `view=map` as the default, and names any other view', () => {
    expect(decodeUrl('?view=about')).toEqual({ view: { view: 'about' }, notices: [] });
    expect(decodeUrl('?view=list')).toEqual({ view: { view: 'list' }, notices: [] });
    expect(decodeUrl('?view=map')).toEqual({ view: {}, notices: [] });
    for (const link of ['?view=gallery', '?view=', '?view=About']) {
      expect(decodeUrl(link)).toEqual({
        view: {},
        notices: ['Some parts of the link could not be read and were reset: view.'],
      });
    }
  });
});
