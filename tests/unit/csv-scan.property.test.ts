/**
 * The tight CSV reader (csv-scan.ts, through readCsv) against papaparse, the parser it stands
 * in front of: on generated files (quoted cells holding delimiters, quotes and line ends,
 * bare quotes inside cells, comment lines, blank lines, every line ending, any slice size)
 * both must give the same records, cell for cell, and the same problems.
 */
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { CsvShape } from '../../src/import/csv-scan';
import { readCsv } from '../../src/import/csv-source';
import { propertyRuns } from '../support/property-runs';

const SLOW = { timeout: 60_000 };

/** papaparse over the whole text at once: what the importer read before csv-scan.ts. */
function reference(text: string, shape: CsvShape) {
  const result = Papa.parse<string[]>(text, {
    delimiter: shape.delimiter,
    newline: shape.newline,
    quoteChar: '"',
    comments: shape.comments ? '#' : false,
  });
  return result.data.filter((cells) => !(cells.length === 1 && cells[0] === ''));
}

async function scanned(text: string, shape: CsvShape, slice: number) {
  const got: string[][] = [];
  const outcome = await readCsv(
    new Blob([text]),
    'utf-8',
    shape,
    { onRecord: (row) => got.push(row.cells()) },
    slice,
  );
  return { got, outcome };
}

const cellText = fc.stringMatching(/^[a-z ,;"\r\n#\u0627é]{0,8}$/);

/** A cell as a file writes it: quoted when it must be (or at random), bare otherwise. */
const cell = (delimiter: string) =>
  fc.tuple(cellText, fc.boolean()).map(([text, quote]) => {
    const must = text.includes(delimiter) || /["\r\n]/.test(text) || text.startsWith('#');
    return must || quote ? `"${text.replaceAll('"', '""')}"` : text;
  });

const wellFormed = fc
  .record({
    delimiter: fc.constantFrom(',', ';', '\t', '|'),
    newline: fc.constantFrom('\n', '\r\n', '\r') as fc.Arbitrary<CsvShape['newline']>,
    comments: fc.boolean(),
  })
  .chain((shape) =>
    fc.record({
      shape: fc.constant(shape as CsvShape),
      lines: fc.array(
        fc.oneof(
          {
            weight: 8,
            arbitrary: fc
              .array(cell(shape.delimiter), { minLength: 1, maxLength: 5 })
              .map((cells) => cells.join(shape.delimiter)),
          },
          { weight: 1, arbitrary: fc.constant('') },
          { weight: shape.comments ? 1 : 0, arbitrary: fc.constant('# a comment, "with" quotes') },
        ),
        { maxLength: 12 },
      ),
      trailing: fc.boolean(),
      slice: fc.integer({ min: 1, max: 64 }),
    }),
  );

describe('the tight CSV reader reads what papaparse reads', () => {
  it('on well-formed files, in slices of any size', SLOW, async () => {
    await fc.assert(
      fc.asyncProperty(wellFormed, async ({ shape, lines, trailing, slice }) => {
        const text = lines.join(shape.newline) + (trailing ? shape.newline : '');
        const { got, outcome } = await scanned(text, shape, slice);
        expect(got).toEqual(reference(text, shape));
        expect(outcome.problems).toEqual([]);
      }),
      { numRuns: propertyRuns(400) },
    );
  });

  it('on broken quoting too, where papaparse takes over', SLOW, async () => {
    const shape: CsvShape = { delimiter: ',', newline: '\n', comments: false };
    const broken = fc.array(fc.stringMatching(/^[ab,"\n]{0,10}$/), { minLength: 1, maxLength: 6 });
    await fc.assert(
      fc.asyncProperty(broken, fc.integer({ min: 1, max: 64 }), async (parts, slice) => {
        const text = parts.join('\n');
        const { got } = await scanned(text, shape, slice);
        const whole = await scanned(text, shape, 1 << 20);
        // Whatever the slices, the same records; and where no quote is left open, papaparse's.
        expect(got).toEqual(whole.got);
        if (whole.outcome.problems.length === 0) expect(got).toEqual(reference(text, shape));
      }),
      { numRuns: propertyRuns(400) },
    );
  });
});
