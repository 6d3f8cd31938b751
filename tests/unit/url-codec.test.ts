import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS } from '../../src/data/view-types';
import { parseCivilDate } from '../../src/shared/civil-date';
import { decodeUrl, encodeUrl } from '../../src/store/url-codec';
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
    const { view: v, notices } = decodeUrl('?__proto__=x&constructor=y&foo=bar&q=tanf');
    expect(v).toEqual({ search: 'tanf' });
    expect(notices).toEqual([]);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
    expect(Object.getPrototypeOf(v)).toBe(Object.prototype);
  });

  it('does not parse a link longer than the limit', () => {
    const { view: v, notices } = decodeUrl(`?q=${'a'.repeat(5000)}`);
    expect(v).toEqual({});
    expect(notices[0]).toMatch(/too long/);
  });
});
