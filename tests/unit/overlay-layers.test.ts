import { describe, expect, it } from 'vitest';
import { EVENT_DOTS_LAYER, EVENT_ICONS_LAYER, ICON_EVENT_LIMIT, overlayLayers } from '../../src/map/layers';

const ids = (n: number) => overlayLayers(n).map((l) => l.id);

describe('overlayLayers', () => {
  it('draws status shapes for a dataset of ordinary size', () => {
    expect(ids(126)).toContain(EVENT_ICONS_LAYER);
    expect(ids(ICON_EVENT_LIMIT)).not.toContain(EVENT_DOTS_LAYER);
  });

  it('falls back to dots past the icon limit, keeping badges on top', () => {
    const layers = ids(ICON_EVENT_LIMIT + 1);
    expect(layers).toContain(EVENT_DOTS_LAYER);
    expect(layers).not.toContain(EVENT_ICONS_LAYER);
    expect(layers.indexOf(EVENT_DOTS_LAYER)).toBeLessThan(layers.indexOf('site-badges'));
  });
});
