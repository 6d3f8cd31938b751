/**
 * What the map draws, read the way the browser tests read it: through the map container's
 * `atlas` window (map-view.tsx), which the fake map serves as the real one does.
 */
import { screen } from '@testing-library/react';
import type { ScreenDrawnMark } from '../../src/map/map-controller';

interface AtlasWindow {
  marks(): ScreenDrawnMark[];
}

/** Every mark on the map now, with its screen position and what it holds. */
export function drawnMarks(): ScreenDrawnMark[] {
  const el = screen.queryByTestId('map') as (HTMLElement & { atlas?: AtlasWindow }) | null;
  return el?.atlas?.marks() ?? [];
}

/** Events the map shows now, over all its marks. */
export function drawnEventCount(): number {
  return drawnMarks().reduce((sum, m) => sum + m.mark.n, 0);
}
