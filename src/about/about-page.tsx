/**
 * The About / Data page (`?view=about`): what the dataset covers, how it was made, what each
 * status and kind of source means, coverage against the official counts, the version and its
 * changelog, how to cite it and its licence. Loaded on demand (src/app lazy-loads this module).
 */
import { type KeyboardEvent, useEffect, useRef } from 'react';
import type { Dataset } from '../data/model';
import { CiteSection, CoversSection, LicenceSection, MethodSection, SourcingSummary } from './about-sections';
import { ChangelogSection } from './changelog-section';
import { CoverageTable } from './coverage-table';
import { SourceKindDefinitions, StatusDefinitions } from './definition-lists';
import './about.css';

interface Props {
  dataset: Dataset;
  onClose: () => void;
}

export function AboutPage({ dataset, onClose }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    e.stopPropagation();
    onClose();
  };
  return (
    <article
      className="about-page"
      aria-labelledby="about-title"
      data-testid="about-page"
      onKeyDown={onKeyDown}
    >
      <header className="about-header">
        <h2 id="about-title" ref={heading} tabIndex={-1}>
          About the data
        </h2>
        <button type="button" className="close" onClick={onClose} aria-label="Close About the data">
          ×
        </button>
      </header>
      <section aria-labelledby="about-covers">
        <h3 id="about-covers">What it covers</h3>
        <CoversSection dataset={dataset} />
      </section>
      <section aria-labelledby="about-method">
        <h3 id="about-method">How it was made</h3>
        <MethodSection />
      </section>
      <section aria-labelledby="about-status">
        <h3 id="about-status">How each event is known</h3>
        <StatusDefinitions dataset={dataset} />
      </section>
      <section aria-labelledby="about-sources">
        <h3 id="about-sources">Who published the sources</h3>
        <SourcingSummary dataset={dataset} />
        <SourceKindDefinitions dataset={dataset} />
      </section>
      <section aria-labelledby="about-coverage">
        <h3 id="about-coverage">Against the official counts</h3>
        <p>
          US officials gave running totals of attacks; the dataset cannot match them one to one, because
          officials rarely listed each attack, and media reports and claims include attacks they may not have
          counted. The table shows how close the list comes.
        </p>
        <CoverageTable dataset={dataset} />
      </section>
      <section aria-labelledby="about-changes">
        <h3 id="about-changes">Version {dataset.version} and what changed</h3>
        <ChangelogSection />
      </section>
      <section aria-labelledby="about-cite">
        <h3 id="about-cite">How to cite</h3>
        <CiteSection version={dataset.version} />
      </section>
      <section aria-labelledby="about-licence">
        <h3 id="about-licence">Licence</h3>
        <LicenceSection />
      </section>
    </article>
  );
}
