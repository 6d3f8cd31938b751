import { describe, expect, it } from 'vitest';
import { builtInMeta, type DatasetMeta } from '../../src/data/dataset-meta';
import { EMPTY_FILTERS, type Filters } from '../../src/data/view-types';
import { bibtexEscape, citationBibtex, citationText } from '../../src/export/citation';
import { provenance, provenanceLines } from '../../src/export/provenance';
import { parseCivilDate } from '../../src/shared/civil-date';

const day = (s: string) => parseCivilDate(s) as number;
// Noon local time, so the access date is 2 Dec in every time zone the suite runs in.
const NOW = new Date(2026, 11, 2, 12, 0, 0);
const LINK = 'https://atlas.example/?v=1&from=2023-10-17&to=2023-11-30&type=drone_attack';

function builtIn(filters: Filters = { ...EMPTY_FILTERS, types: ['drone_attack'] }, search = '') {
  return provenance({
    meta: builtInMeta('1.2.0'),
    window: [day('2023-10-17'), day('2023-11-30')],
    filters,
    search,
    count: 42,
    link: LINK,
    now: NOW,
  });
}

describe('citation', () => {
  it('names the dataset, its version, the view, the link and the access date in plain text', () => {
    const text = citationText(builtIn());
    expect(text).toContain('Attacks on US forces in Iraq and Syria');
    expect(text).toContain('dataset version 1.2.0');
    expect(text).toContain('17 Oct 2023 to 30 Nov 2023');
    expect(text).toContain('type: Drone attack');
    expect(text).toContain('42 events');
    expect(text).toContain(LINK);
    expect(text).toContain('accessed 2 December 2026');
  });

  it('gives a BibTeX entry with the same facts and balanced braces', () => {
    const bib = citationBibtex(builtIn());
    expect(bib).toMatch(/^@misc\{incidentatlas20261202,\n/);
    expect(bib).toContain('version = {1.2.0}');
    expect(bib).toContain(`url = {${LINK}}`);
    expect(bib).toContain('urldate = {2026-12-02}');
    expect(bib).toContain('year = {2026}');
    expect(bib).toContain('Drone attack');
    let depth = 0;
    for (const ch of bib.replace(/\\[{}]/g, '')) {
      if (ch === '{') depth += 1;
      if (ch === '}') depth -= 1;
      expect(depth).toBeGreaterThanOrEqual(0);
    }
    expect(depth).toBe(0);
  });

  it('escapes TeX in what a reader typed or a file was called, so the entry cannot break', () => {
    expect(bibtexEscape('50% of {x} & $y_1 #2 ~ ^ \\end')).toBe(
      '50\\% of \\{x\\} \\& \\$y\\_1 \\#2 \\textasciitilde{} \\textasciicircum{} \\textbackslash{}end',
    );
    const meta: DatasetMeta = {
      ...builtInMeta('file'),
      title: 'evil}{\\input{/etc/passwd}.csv',
      origin: 'file',
      fileName: 'evil}{\\input{/etc/passwd}.csv',
      format: 'ACLED export (CSV)',
      importedAt: '2026-12-02T10:00:00.000Z',
    };
    const p = provenance({
      meta,
      window: [0, 1],
      filters: EMPTY_FILTERS,
      search: '} @misc{x',
      count: 1,
      link: LINK,
      now: NOW,
    });
    const bib = citationBibtex(p);
    expect(bib).not.toContain('}{\\input');
    expect(bib).toContain('\\}\\{\\textbackslash{}input\\{/etc/passwd\\}.csv');
    // The typed '@misc{' stays inside its field, its brace escaped: one entry only.
    expect(bib.match(/@misc\{/g)).toHaveLength(1);
  });

  it('says plainly when the data is a local file the link cannot carry', () => {
    const meta: DatasetMeta = {
      ...builtInMeta('file'),
      title: 'my-events.csv',
      origin: 'file',
      fileName: 'my-events.csv',
      format: 'ACLED export (CSV)',
      importedAt: '2026-12-02T10:00:00.000Z',
    };
    const text = citationText(
      provenance({
        meta,
        window: [0, 0],
        filters: EMPTY_FILTERS,
        search: '',
        count: 1,
        link: LINK,
        now: NOW,
      }),
    );
    expect(text).toContain(
      'my-events.csv (a local file, not published read as ACLED export (CSV) on 2026-12-02)',
    );
    expect(text).toContain('the link opens the view, not the file');
    expect(text).toContain('1 event');
  });

  it('lists the filters in use and the search in the provenance block, and nothing unused', () => {
    const lines = provenanceLines(builtIn({ ...EMPTY_FILTERS, statuses: ['claimed_only'] }, 'tanf'));
    const view = lines.find((l) => l.startsWith('View: '));
    expect(view).toBe('View: 17 Oct 2023 to 30 Nov 2023; status: Claimed only; search “tanf”; 42 events');
    expect(lines).toContain(`Link: ${LINK}`);
    expect(lines).toContain('Accessed: 2026-12-02');
  });
});
