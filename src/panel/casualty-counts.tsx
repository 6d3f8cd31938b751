/** The structured US/coalition casualty counts, with the source that gives them. */
import type { AtlasEvent } from '../data/model';

function countText(event: AtlasEvent): string | null {
  const { usKilled, usWounded } = event;
  if (usKilled === null && usWounded === null) return null;
  const part = (n: number | null, word: string) => (n === null ? `${word} not known` : `${n} ${word}`);
  return `${part(usKilled, 'killed')}, ${part(usWounded, 'wounded')}`;
}

export function CasualtyCounts({ event }: { event: AtlasEvent }) {
  const text = countText(event);
  if (text === null) return null;
  const source = event.sources.find((s) => s.url === event.casualtySource);
  return (
    <>
      <dt>US and coalition personnel</dt>
      <dd>
        {text}
        {source && (
          <span className="casualty-source"> (according to {source.publisher ?? source.title})</span>
        )}
      </dd>
    </>
  );
}
