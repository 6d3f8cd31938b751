import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { neutraliseFormula, restoreFormula } from '../../src/data/csv-formula';
import { csvCell, csvTable } from '../../src/export/csv-writer';
import { propertyRuns } from '../support/property-runs';

describe('CSV writer: RFC 4180 quoting', () => {
  it('leaves plain cells bare and quotes what a reader would split or trim', () => {
    expect(csvCell('Al-Tanf')).toBe('Al-Tanf');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('line\r\nbreak')).toBe('"line\r\nbreak"');
    expect(csvCell('lf\nonly')).toBe('"lf\nonly"');
    expect(csvCell(' padded ')).toBe('" padded "');
    expect(csvCell('')).toBe('');
  });

  it('quotes a leading # so a reader skipping comment lines keeps the row', () => {
    expect(csvCell('#1 event')).toBe('"#1 event"');
  });

  it('ends every line with CRLF and puts the provenance block first, one line per entry', () => {
    const text = csvTable(['id', 'summary'], [{ id: 'a', summary: 'x, y' }], ['Dataset: one\nline']);
    expect(text).toBe('# Dataset: one line\r\nid,summary\r\na,"x, y"\r\n');
  });
});

describe('CSV writer: formula injection', () => {
  it.each([
    ['=HYPERLINK("http://evil.example","click")', '\'=HYPERLINK("http://evil.example","click")'],
    ["+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', "'\r=1"],
    ['＝1+1', "'＝1+1"],
  ])('neutralises %j', (cell, safe) => {
    expect(neutraliseFormula(cell)).toBe(safe);
  });

  it('keeps plain numbers, negative coordinates included, as numbers', () => {
    for (const n of ['-12.5', '+3', '1e-7', '-0.25', '42']) expect(neutraliseFormula(n)).toBe(n);
  });

  it('survives a real CSV reader: the formula arrives as text with its guard', () => {
    const text = csvTable(['a', 'b'], [{ a: '=1+1', b: '-33.5' }]);
    const [, row] = Papa.parse<string[]>(text.trim(), { newline: '\r\n' }).data;
    expect(row).toEqual(["'=1+1", '-33.5']);
  });

  it('reads back what it wrote, for any text (restore undoes neutralise)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 12 }),
        fc.constantFrom('', "'", "''", '=', '-', "'="),
        (s, lead) => {
          const cell = lead + s;
          expect(restoreFormula(neutraliseFormula(cell))).toBe(cell);
        },
      ),
      { numRuns: propertyRuns(500) },
    );
  });
});
