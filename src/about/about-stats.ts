/** The figures the About page reports, derived from the loaded dataset (pure). */
import type { Dataset } from '../data/model';
import type { OfficialCount, SourceKind } from '../data/schema';
import { summariseSources } from '../data/source-summary';
import { parseCivilDate } from '../shared/civil-date';

export interface CoverageRow {
  count: OfficialCount;
  /** Attacks on US forces in the dataset dated on or before the count's day. */
  listed: number;
  confirmed: number;
}

/** Each official running total beside the dataset's own attack rows up to that day. */
export function coverageRows(dataset: Dataset): CoverageRow[] {
  const attacks = dataset.events.filter((e) => e.direction === 'attack_on_us');
  return dataset.counts.map((count) => {
    const cutoff = parseCivilDate(count.date) as number;
    const upTo = attacks.filter((e) => e.day <= cutoff);
    return {
      count,
      listed: upTo.length,
      confirmed: upTo.filter((e) => e.status === 'confirmed_by_us_officials').length,
    };
  });
}

export interface SourceStats {
  events: number;
  withOfficial: number;
  /** Events citing an official statement, a news agency or a major outlet. */
  withEstablished: number;
  /** Distinct source pages of each kind; null = pages without a kind. */
  pagesByKind: Map<SourceKind | null, number>;
  pages: number;
}

export function sourceStats(dataset: Dataset): SourceStats {
  const kindOf = new Map<string, SourceKind | null>();
  let withOfficial = 0;
  let withEstablished = 0;
  for (const e of dataset.events) {
    const summary = summariseSources(e.sources);
    if (summary.official) withOfficial += 1;
    if (summary.establishedPress) withEstablished += 1;
    for (const s of e.sources) kindOf.set(s.url, s.kind);
  }
  const pagesByKind = new Map<SourceKind | null, number>();
  for (const kind of kindOf.values()) pagesByKind.set(kind, (pagesByKind.get(kind) ?? 0) + 1);
  return { events: dataset.events.length, withOfficial, withEstablished, pagesByKind, pages: kindOf.size };
}
