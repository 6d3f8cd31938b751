/**
 * The built-in dataset as an export names it: its title and version, and no "import note",
 * since nothing was assumed in reading it.
 */
import { describe, expect, it } from 'vitest';
import { BUILT_IN_TITLE, builtInMeta } from '../../src/data/dataset-meta';
import { EMPTY_FILTERS } from '../../src/data/view-types';
import { provenance, provenanceLines } from '../../src/export/provenance';

describe('the built-in dataset in an export', () => {
  it('is named with its version and carries no import note', () => {
    const p = provenance({
      meta: builtInMeta('2.0.0'),
      window: [19_647, 19_700],
      filters: EMPTY_FILTERS,
      search: '',
      count: 3,
      link: 'https://atlas.example/',
      now: new Date(2026, 11, 2, 12),
    });
    const lines = provenanceLines(p);
    expect(lines).toContain(`Dataset: ${BUILT_IN_TITLE}, dataset version 2.0.0`);
    expect(lines.filter((l) => l.startsWith('Import note'))).toEqual([]);
  });
});
