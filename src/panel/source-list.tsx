/**
 * Every source as a reader would cite it: the headline (a link), then publisher, kind and
 * date, whom it republishes, and an archived copy. Strongest kinds first. Only http(s) URLs
 * become links; anything else stays plain text. All text is rendered as text, never HTML.
 */
import type { Source } from '../data/schema';
import { SOURCE_KINDS } from '../data/schema';
import { SOURCE_KIND_LABELS } from '../domain/labels';
import { formatDayLabel, parseCivilDate } from '../shared/civil-date';
import { toSourceLink } from '../shared/source-link';

function rank(s: Source): number {
  return s.kind === null ? SOURCE_KINDS.length : SOURCE_KINDS.indexOf(s.kind);
}

function metaOf(s: Source, host: string | null): string {
  const day = s.published === null ? null : parseCivilDate(s.published);
  return [
    s.publisher ?? host,
    s.kind === null ? null : SOURCE_KIND_LABELS[s.kind],
    day === null ? 'date not known' : formatDayLabel(day),
    s.relays === null ? null : `republishing ${s.relays}`,
    s.quotesUsOfficial ? 'quotes a US official' : null,
  ]
    .filter(Boolean)
    .join(' · ');
}

function SourceItem({ source }: { source: Source }) {
  const link = toSourceLink(source.url);
  const archive = source.archive === null ? null : toSourceLink(source.archive);
  return (
    <li className={`source source-${source.kind ?? 'unknown'}`}>
      {link ? (
        <a className="source-title" href={link.href} target="_blank" rel="noopener noreferrer">
          {source.title ?? link.host}
          <span className="visually-hidden"> (opens in a new tab)</span>
        </a>
      ) : (
        <span className="source-unlinked">{source.title ?? source.url} (not a web link)</span>
      )}
      <span className="source-meta">{metaOf(source, link?.host ?? null)}</span>
      {archive && (
        <a className="source-archive" href={archive.href} target="_blank" rel="noopener noreferrer">
          Archived copy
          <span className="visually-hidden"> of {source.title ?? archive.host} (opens in a new tab)</span>
        </a>
      )}
    </li>
  );
}

export function SourceList({ sources }: { sources: readonly Source[] }) {
  const ordered = [...sources].sort((a, b) => rank(a) - rank(b));
  return (
    <ul className="source-list">
      {ordered.map((s) => (
        <SourceItem key={s.url} source={s} />
      ))}
    </ul>
  );
}
