/**
 * "Cite this view": the dataset, its version, the view, the link and the access date, as a
 * plain-text reference and as a BibTeX entry.
 */
import type { Dataset } from '../data/model';
import { describeOrigin, describeView, type Provenance } from './provenance';
import { formatDayLong, parseCivilDate } from '../shared/civil-date';

function accessedWords(p: Provenance): string {
  // "2 December 2026": drop the weekday formatDayLong puts first.
  return formatDayLong(parseCivilDate(p.accessed) ?? 0).replace(/^\S+ /, '');
}

export function citationText(p: Provenance, dataset?: Dataset): string {
  const local =
    p.dataset.origin === 'file' ? ' The data is a local file: the link opens the view, not the file.' : '';
  return (
    `${p.generator}. “${describeOrigin(p)}.” View: ${describeView(p, dataset)}. ` +
    `${p.view.link} (accessed ${accessedWords(p)}).${local}`
  );
}

/** Escapes text for a BibTeX field: braces balanced, TeX's special characters made literal. */
export function bibtexEscape(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .split('\\')
    .map((part) =>
      part
        .replace(/([{}&%$#_])/g, '\\$1')
        .replace(/~/g, '\\textasciitilde{}')
        .replace(/\^/g, '\\textasciicircum{}'),
    )
    .join('\\textbackslash{}');
}

/** A URL as BibTeX's `url` field takes it (verbatim): only braces could break the entry. */
function bibtexUrl(url: string): string {
  return url.replace(/[{}\s]/g, (c) => encodeURIComponent(c));
}

export function citationBibtex(p: Provenance, dataset?: Dataset): string {
  const key = `incidentatlas${p.accessed.replace(/-/g, '')}`;
  const year = p.accessed.slice(0, 4);
  const fields: [string, string][] = [
    ['title', `{${bibtexEscape(describeOrigin(p))}}`],
    ['author', '{{Incident Atlas}}'],
    ['year', `{${year}}`],
    ['howpublished', '{Interactive map and dataset}'],
    ['version', `{${bibtexEscape(p.dataset.version)}}`],
    ['url', `{${bibtexUrl(p.view.link)}}`],
    ['urldate', `{${p.accessed}}`],
    ['note', `{View: ${bibtexEscape(describeView(p, dataset))}}`],
  ];
  return `@misc{${key},\n${fields.map(([k, v]) => `  ${k} = ${v}`).join(',\n')}\n}\n`;
}
