import { describe, expect, it } from 'vitest';
import { parseCivilDate } from '../../src/shared/civil-date';
import { decodeUrl, encodeUrl } from '../../src/store/url-codec';
import { DEFAULT_VIEW } from '../../src/store/view-state';

const day = (d: string) => parseCivilDate(d) as number;
const canonical = (search: string, hash = '') =>
  encodeUrl({ ...DEFAULT_VIEW, ...decodeUrl(search, hash).view });

describe('url schema versions', () => {
  it('opens a v0 link (start/end/kinds/sel/zoom/lat/lng) as the same view in v1 form', () => {
    const { view, notices } = decodeUrl(
      '?start=2023-10-18&end=2023-11-30&kinds=drone,Rocket,airstrike&sel=e1-tanf&zoom=6&lat=34&lng=41&q=tanf',
    );
    expect(notices).toEqual([]);
    expect(view.range).toEqual([day('2023-10-18'), day('2023-11-30')]);
    expect(view.filters?.types).toEqual(['drone_attack', 'rocket_attack', 'us_airstrike']);
    expect(view.selection).toEqual({ kind: 'event', id: 'e1-tanf' });
    expect(view.camera).toMatchObject({ zoom: 6, lat: 34, lng: 41 });
    expect(view.search).toBe('tanf');
  });

  it('opens the v0 example of docs/url-parameters.md as documented', () => {
    expect(
      canonical(
        '?start=2023-10-18&end=2023-11-30&kinds=drone,rocket&sel=2023-10-19-tanf-drones&zoom=6&lat=34&lng=41',
      ),
    ).toBe(
      '?v=1&from=2023-10-18&to=2023-11-30&type=drone_attack,rocket_attack&event=2023-10-19-tanf-drones&map=6/34/41',
    );
    expect(canonical('', '#6.5/34.2/41.3')).toBe('?v=1&map=6.5/34.2/41.3');
    expect(canonical('?range=2023-10-20,2023-10-25&start=2023-01-01')).toBe(
      '?v=1&from=2023-10-20&to=2023-10-25',
    );
  });

  it('opens a timemap-style v0 link (range=a,b sorted, id=)', () => {
    expect(canonical('?range=2023-11-30,2023-10-18&id=e2-asad')).toBe(
      '?v=1&from=2023-10-18&to=2023-11-30&event=e2-asad',
    );
    expect(canonical('?v=0&range=2023-10-18%2C2023-11-30')).toBe('?v=1&from=2023-10-18&to=2023-11-30');
  });

  it('reports v0 values that do not survive, by their v1 name', () => {
    const { view, notices } = decodeUrl('?kinds=drone,laser&start=soon');
    expect(view.filters?.types).toEqual(['drone_attack']);
    expect(notices[0]).toMatch(/from, type/);
  });

  it('treats a link without v as v1 when it uses v1 names (v0 names then mean nothing)', () => {
    expect(canonical('?from=2023-10-18&sel=e1-tanf')).toBe('?v=1&from=2023-10-18');
  });

  it('opens a link from a newer version as far as it can, with a notice', () => {
    const { view, notices } = decodeUrl('?v=3&from=2023-10-18&layers=heat&event=e1-tanf');
    expect(view.range?.[0]).toBe(day('2023-10-18'));
    expect(view.selection?.id).toBe('e1-tanf');
    expect(notices).toEqual([expect.stringMatching(/newer version of Incident Atlas \(v3\)/)]);
  });

  it('reads an unreadable v as the current version and says so', () => {
    const { view, notices } = decodeUrl('?v=abc&to=2023-10-19');
    expect(view.range?.[1]).toBe(day('2023-10-19'));
    expect(notices[0]).toMatch(/reset: v\./);
  });

  it('writes the current version first, always', () => {
    expect(canonical('?view=list')).toBe('?v=1&view=list');
  });

  it('reads a timemap range with spaces after the comma, and one it cannot decode as no range', () => {
    expect(canonical('?range=2023-10-20,%202023-10-25')).toBe('?v=1&from=2023-10-20&to=2023-10-25');
    const { view } = decodeUrl('?range=%E0%A4%A,2023-10-25&q=tanf');
    expect(view.range).toBeUndefined();
    expect(view.search).toBe('tanf');
  });

  it('takes a v0 camera only when zoom, latitude and longitude (lng or lon) are all there', () => {
    expect(canonical('?zoom=6&lat=34&lon=41')).toBe('?v=1&map=6/34/41');
    for (const partial of ['?zoom=6&lat=34', '?zoom=6&lng=41', '?lat=34&lng=41', '?lng=41', '?lon=41']) {
      const { view, notices } = decodeUrl(`${partial}&start=2023-10-18`);
      expect(view.camera, partial).toBeUndefined();
      expect(notices, partial).toEqual([]);
    }
  });

  it('reads v only as a whole number', () => {
    for (const bad of ['x1', '1x', '1.0'])
      expect(decodeUrl(`?v=${bad}`).notices[0], bad).toMatch(/reset: v\./);
    expect(decodeUrl('?v=12').notices).toEqual([
      expect.stringMatching(/newer version of Incident Atlas \(v12\)/),
    ]);
  });
});
