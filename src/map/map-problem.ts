/**
 * Map errors in the reader's words. MapLibre reports a failed file or tile as an `error` event
 * (with no listener it only logs, often a minified name such as "Rn"); the ones a reader can
 * see the effect of get a sentence, the rest go to the console for whoever debugs.
 */
import { BASEMAP_SOURCE_IDS } from './basemap-style';

const WHAT: Record<string, string> = {
  [BASEMAP_SOURCE_IDS.countries]: 'the land and coastlines',
  [BASEMAP_SOURCE_IDS.borders]: 'the borders',
  [BASEMAP_SOURCE_IDS.rivers]: 'the rivers',
  [BASEMAP_SOURCE_IDS.lakes]: 'the lakes',
  [BASEMAP_SOURCE_IDS.places]: 'the town names',
};

/** A sentence for the reader, or null when the error changes nothing they can see. */
export function problemText(sourceId: string | undefined): string | null {
  const what = sourceId ? WHAT[sourceId] : undefined;
  if (!what) return null;
  return `Part of the background map (${what}) could not be loaded. The events are still drawn in the right places.`;
}

/** What the map says when it cannot start at all (no WebGL): our words, not the library's. */
export const NO_MAP_TEXT =
  'The map cannot be shown in this browser: it needs WebGL, which is turned off or unavailable. ' +
  'Every event is still in the list, with its panel, the filters and the timeline.';
