/** A place's Arabic name, marked as Arabic for screen readers and bidi, with where it comes from. */
import { toSourceLink } from '../shared/source-link';

export function ArabicName({ name, source }: { name: string; source: string | null }) {
  const link = source === null ? null : toSourceLink(source);
  return (
    <p className="name-ar">
      In Arabic:{' '}
      <bdi lang="ar" dir="rtl" className="arabic">
        {name}
      </bdi>
      {link && (
        <>
          {' '}
          (
          <a href={link.href} target="_blank" rel="noopener noreferrer">
            source: {link.host}
            <span className="visually-hidden"> (opens in a new tab)</span>
          </a>
          )
        </>
      )}
    </p>
  );
}
