/**
 * An event's sources as text and back: a bare list of links where that is all a source holds
 * (files from other tools), or JSON of every field (title, publisher, date, kind, archive,
 * relay, whether it quotes a US official) where there is more. Used by the CSV column
 * `source_details` and by the importer's columns, so no field of a source is lost either way.
 */
import { type Source, SOURCE_KINDS } from './schema';

/** A source known by its link (or, in a foreign file, its name) alone. */
export function plainSource(url: string): Source {
  return {
    url,
    title: null,
    publisher: null,
    published: null,
    kind: null,
    archive: null,
    relays: null,
    quotesUsOfficial: false,
  };
}

export function isPlain(s: Source): boolean {
  return (
    s.title === null &&
    s.publisher === null &&
    s.published === null &&
    s.kind === null &&
    s.archive === null &&
    s.relays === null &&
    !s.quotesUsOfficial
  );
}

/** Every field, in one order, so equal sources give equal JSON. */
function canonical(s: Source): Source {
  return {
    url: s.url,
    title: s.title,
    publisher: s.publisher,
    published: s.published,
    kind: s.kind,
    archive: s.archive,
    relays: s.relays,
    quotesUsOfficial: s.quotesUsOfficial,
  };
}

/** JSON of every field when some source has more than a link; '' when links say it all. */
export function sourceDetails(sources: readonly Source[]): string {
  return sources.every(isPlain) ? '' : JSON.stringify(sources.map(canonical));
}

const textOrNull = (v: unknown) => (typeof v === 'string' && v !== '' ? v : null);

/** Reads `sourceDetails` back; a message instead when it is not a list of sources. */
export function readSourceDetails(text: string): Source[] | string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return 'is not valid JSON';
  }
  if (!Array.isArray(parsed)) return 'is not a JSON list of sources';
  const sources: Source[] = [];
  for (const item of parsed) {
    if (typeof item !== 'object' || item === null) return 'holds an entry that is not a source';
    const s = item as Record<string, unknown>;
    const url = textOrNull(s.url);
    if (url === null) return 'holds a source without a url';
    const kind = textOrNull(s.kind);
    if (kind !== null && !(SOURCE_KINDS as readonly string[]).includes(kind)) {
      return `holds a source of unknown kind “${kind.slice(0, 30)}”`;
    }
    sources.push({
      url,
      title: textOrNull(s.title),
      publisher: textOrNull(s.publisher),
      published: textOrNull(s.published),
      kind: kind as Source['kind'],
      archive: textOrNull(s.archive),
      relays: textOrNull(s.relays),
      quotesUsOfficial: s.quotesUsOfficial === true,
    });
  }
  return sources;
}

/** For the importer's packed columns: links one per line, or the JSON form when needed. */
export function encodeSources(sources: readonly Source[]): string | null {
  if (sources.length === 0) return null;
  const plain = sources.every((s) => isPlain(s) && !s.url.includes('\n')) && !sources[0]?.url.startsWith('[');
  return plain ? sources.map((s) => s.url).join('\n') : JSON.stringify(sources.map(canonical));
}

export function decodeSources(text: string | null): Source[] {
  if (text === null || text === '') return [];
  if (text.startsWith('[')) {
    const read = readSourceDetails(text);
    if (typeof read !== 'string') return read;
  }
  return text.split('\n').map(plainSource);
}
