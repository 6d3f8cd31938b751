import { toSourceLink } from '../shared/source-link';

/** Every source as a link that names its host; a source that is not a web URL stays plain text. */
export function SourceList({ sources }: { sources: readonly string[] }) {
  return (
    <ul className="source-list">
      {sources.map((raw) => {
        const link = toSourceLink(raw);
        return (
          <li key={raw}>
            {link ? (
              <a href={link.href} target="_blank" rel="noopener noreferrer">
                {link.host}
                <span className="visually-hidden"> (opens in a new tab)</span>
              </a>
            ) : (
              <span className="source-unlinked">{raw} (not a web link)</span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
