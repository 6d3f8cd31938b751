/** An event's sources under one heading, with how many are independent and whether one is official. */
import type { Source } from '../data/schema';
import { summariseSources } from '../data/source-summary';
import { SourceList } from './source-list';

function strengthText(sources: readonly Source[]): string {
  const { independent, official, establishedPress } = summariseSources(sources);
  const count = `${independent} independent ${independent === 1 ? 'source' : 'sources'}`;
  if (official) return `${count}, including an official statement.`;
  if (establishedPress) {
    return `${count}, including a news agency or major outlet (or a copy of one); no official statement.`;
  }
  return `${count}; no official statement, news agency or major outlet.`;
}

export function SourceSection({ sources }: { sources: readonly Source[] }) {
  return (
    <section className="source-section" aria-labelledby="sources-heading">
      <h3 id="sources-heading">Sources ({sources.length})</h3>
      <p className="source-strength" data-testid="source-strength">
        {strengthText(sources)}
      </p>
      <SourceList sources={sources} />
    </section>
  );
}
