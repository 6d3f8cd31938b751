/**
 * D9: a link's camera is clamped to what the map can show, and written back in that form,
 * so the address bar and Copy link never keep a view the map refuses.
 */
import { describe, expect, it } from 'vitest';
import { MAX_PITCH, REGION_BOUNDS } from '../../src/domain/region';
import { MAP_MAX_BOUNDS } from '../../src/map/basemap-style';
import { decodeUrl, encodeUrl } from '../../src/store/url-codec';
import { DEFAULT_VIEW } from '../../src/store/view-state';

const camera = (link: string) => decodeUrl(link).view.camera;
const canonical = (link: string) => encodeUrl({ ...DEFAULT_VIEW, ...decodeUrl(link).view });

describe('link cameras', () => {
  it('uses the same region as the map', () => {
    expect(REGION_BOUNDS).toEqual(MAP_MAX_BOUNDS);
  });

  it('moves a centre outside the region to its nearest edge', () => {
    expect(camera('?map=0/0/0')).toEqual({ zoom: 0, lat: 20, lng: 26, bearing: 0, pitch: 0 });
    expect(canonical('?map=3/-80/-170')).toBe('?v=1&map=3/20/26');
    expect(canonical('?map=5/60/100')).toBe('?v=1&map=5/44/58');
    expect(canonical('?map=6.5/33.5/41.2')).toBe('?v=1&map=6.5/33.5/41.2');
  });

  it('tilts no further than the map allows, and zooms within its range', () => {
    expect(camera('?map=6/33/40/0/85')?.pitch).toBe(MAX_PITCH);
    expect(canonical('?map=6/33/40/0/85')).toBe('?v=1&map=6/33/40/0/60');
    expect(canonical('?map=23.5/33/40')).toBe('?v=1&map=22/33/40');
  });

  it('writes the bearing -180 as 180, the same bearing', () => {
    // MapLibre reports this bearing as 180: the store's camera must say the same.
    expect(camera('?map=6/33/40/-180/10')?.bearing).toBe(180);
    expect(canonical('?map=6/33/40/-180/10')).toBe('?v=1&map=6/33/40/180/10');
    expect(
      encodeUrl({ ...DEFAULT_VIEW, camera: { zoom: 6, lat: 33, lng: 40, bearing: -179.6, pitch: 0 } }),
    ).toBe('?v=1&map=6/33/40/180/0');
  });

  it('still refuses what is no camera at all', () => {
    for (const link of [
      '?map=5/95/10',
      '?map=5/10/181',
      '?map=25/30/40',
      '?map=6/33/40/0/91',
      '?map=1e3/1/2',
      // Below each lower limit, not just above each upper one.
      '?map=-1/33/40',
      '?map=5/-91/40',
      '?map=5/33/-181',
      '?map=6/33/40/-181/0',
      '?map=6/33/40/0/-1',
      // Not plain decimals as MapLibre writes them.
      '?map=.5/33/40',
      '?map=5./33/40',
      '?map=5/33/40.',
    ]) {
      expect(camera(link)).toBeUndefined();
      expect(decodeUrl(link).notices[0]).toMatch(/map/);
    }
  });

  it('reads a camera of up to 100 characters and refuses a longer one', () => {
    const written = (length: number) => `6.${'0'.repeat(length - 8)}/33/40`;
    expect(written(100)).toHaveLength(100);
    expect(camera(`?map=${written(100)}`)).toEqual({ zoom: 6, lat: 33, lng: 40, bearing: 0, pitch: 0 });
    expect(camera(`?map=${written(101)}`)).toBeUndefined();
    expect(decodeUrl(`?map=${written(101)}`).notices[0]).toMatch(/map/);
  });
});
