import { describe, expect, it } from 'vitest';
import { EVENT_ICONS_LAYER, EVENTS_LAYER, ICON_EVENT_LIMIT, overlayLayers } from '../../src/map/layers';

const ids = (n: number) => overlayLayers(n).map((l) => l.id);

describe('overlayLayers', () => {
  it('draws status shapes for a dataset of ordinary size', () => {
    expect(ids(126)).toEqual(expect.arrayContaining([EVENTS_LAYER, EVENT_ICONS_LAYER]));
    expect(ids(ICON_EVENT_LIMIT)).toContain(EVENT_ICONS_LAYER);
  });

  it('past the icon limit draws one visible dot layer that is also the click target', () => {
    const layers = overlayLayers(ICON_EVENT_LIMIT + 1);
    const events = layers.filter((l) => l.id === EVENTS_LAYER || l.id === EVENT_ICONS_LAYER);
    expect(events).toHaveLength(1);
    const [dots] = events;
    // Drawn, not the invisible hit target of the icon variant: it paints the type colours.
    expect(JSON.stringify(dots?.paint)).toContain('#0072B2');
    expect(layers.map((l) => l.id).indexOf(EVENTS_LAYER)).toBeLessThan(
      layers.map((l) => l.id).indexOf('site-badges'),
    );
  });
});
