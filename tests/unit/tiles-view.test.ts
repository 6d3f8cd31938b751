import { type FilterSpecification, featureFilter } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { archiveSummary, distinctEvents, tilesUrl, windowFilter } from '../../src/map/tiles/tiles-view';
import { parseCivilDate } from '../../src/shared/civil-date';

const PAGE = 'https://atlas.example/app/tiles.html';
const day = (date: string) => parseCivilDate(date) ?? Number.NaN;

describe('which archive tiles.html opens', () => {
  it('opens the embedded dataset by default, and a named archive beside the page', () => {
    expect(tilesUrl('', PAGE)?.href).toBe('https://atlas.example/app/tiles/events.pmtiles');
    expect(tilesUrl('?tiles=more/acled-2024.pmtiles', PAGE)?.href).toBe(
      'https://atlas.example/app/more/acled-2024.pmtiles',
    );
    expect(tilesUrl('?tiles=/archives/all.PMTILES', PAGE)?.href).toBe(
      'https://atlas.example/archives/all.PMTILES',
    );
  });

  it('refuses another site, a scheme, a climb out of the folder and any other kind of file', () => {
    for (const path of [
      'https://evil.example/a.pmtiles',
      '//evil.example/a.pmtiles',
      'javascript:alert(1)//a.pmtiles',
      '../secret/a.pmtiles',
      'tiles/../a.pmtiles',
      'tiles/events.geojson',
      'tiles/events.pmtiles?x=1',
      `${'a/'.repeat(200)}a.pmtiles`,
    ]) {
      expect(tilesUrl(`?tiles=${encodeURIComponent(path)}`, PAGE), path).toBeNull();
    }
  });
});

describe('the time window on the tiles', () => {
  const keeps = (from: string, to: string, event: { day: string; dayEnd?: string }) =>
    featureFilter(windowFilter(day(from), day(to)) as FilterSpecification, 'filter').filter({ zoom: 5 }, {
      type: 1,
      properties: { day: day(event.day), dayEnd: day(event.dayEnd ?? event.day) },
    } as never);

  it('keeps an event on either end of the inclusive window and drops one a day outside', () => {
    expect(keeps('2024-02-01', '2024-02-07', { day: '2024-02-01' })).toBe(true);
    expect(keeps('2024-02-01', '2024-02-07', { day: '2024-02-07' })).toBe(true);
    expect(keeps('2024-02-01', '2024-02-07', { day: '2024-01-31' })).toBe(false);
    expect(keeps('2024-02-01', '2024-02-07', { day: '2024-02-08' })).toBe(false);
  });

  it('keeps an event known only to within days that overlap the window', () => {
    expect(keeps('2024-02-01', '2024-02-07', { day: '2024-01-25', dayEnd: '2024-02-02' })).toBe(true);
    expect(keeps('2024-02-01', '2024-02-07', { day: '2024-01-25', dayEnd: '2024-01-31' })).toBe(false);
  });
});

describe('what the page reads from the archive', () => {
  it('takes the totals the build script wrote, and nothing from an archive made elsewhere', () => {
    const incidentAtlas = { events: 209, unlocated: 11, firstDay: 19_647, lastDay: 20_088 };
    expect(archiveSummary({ name: 'Atlas', version: '2.0.0', incidentAtlas })).toEqual({
      name: 'Atlas',
      version: '2.0.0',
      ...incidentAtlas,
    });
    expect(archiveSummary({ incidentAtlas })).toMatchObject({ name: 'Events', version: null });
    expect(archiveSummary({ vector_layers: [] })).toBeNull();
    expect(archiveSummary({ incidentAtlas: { ...incidentAtlas, events: '209' } })).toBeNull();
    expect(archiveSummary(null)).toBeNull();
  });

  it('counts an event drawn twice, from a tile and its overzoomed copy, once', () => {
    const drawn = [{ id: 'a' }, { id: 'b' }, { id: 'a' }, { other: 1 }].map((properties) => ({ properties }));
    expect(distinctEvents(drawn)).toBe(2);
  });
});
