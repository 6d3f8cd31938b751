/**
 * How well an event is sourced, in the terms a reader asks about: how many independent
 * reports, and whether one is an official statement or from a news agency or major outlet.
 */
import { KNOWN_OUTLETS, relaysEstablished } from './check-sources';
import type { Source } from './schema';

export interface SourceSummary {
  /** Distinct originating outlets: a page that republishes Reuters counts as Reuters. */
  independent: number;
  official: boolean;
  /** An official statement, a news agency or a major outlet, or a page republishing one of those. */
  establishedPress: boolean;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

/** The outlet a source's report comes from, normalised so spellings of one name compare equal. */
export function originOf(s: Source): string {
  return (s.relays ?? s.publisher ?? hostOf(s.url)).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

export function summariseSources(sources: readonly Source[]): SourceSummary {
  return {
    independent: new Set(sources.map(originOf)).size,
    official: sources.some((s) => s.kind === 'official'),
    establishedPress: sources.some(
      (s) =>
        s.kind === 'official' ||
        s.kind === 'wire' ||
        s.kind === 'major_outlet' ||
        relaysEstablished(s, KNOWN_OUTLETS),
    ),
  };
}
