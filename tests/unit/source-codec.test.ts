/**
 * An event's sources as text and back (the CSV column `source_details` and the importer's
 * packed columns): links alone stay readable links, any richer source keeps every field, and a
 * broken `source_details` cell is named, not half-read.
 */
import { describe, expect, it } from 'vitest';
import type { Source } from '../../src/data/schema';
import {
  decodeSources,
  encodeSources,
  plainSource,
  readSourceDetails,
  sourceDetails,
} from '../../src/data/source-codec';

const source = (url: string, more: Partial<Source> = {}): Source => ({ ...plainSource(url), ...more });

/** One field each, so a source that holds only that field must still be written out in full. */
const oneFieldEach: [string, Partial<Source>][] = [
  ['title', { title: 'Drone attack on Tower 22' }],
  ['publisher', { publisher: 'Reuters' }],
  ['published', { published: '2024-01-28' }],
  ['kind', { kind: 'wire' }],
  ['archive', { archive: 'https://web.archive.org/web/2024/https://a.example/x' }],
  ['relays', { relays: 'Associated Press' }],
  ['quotesUsOfficial', { quotesUsOfficial: true }],
];

describe('source_details (the CSV column)', () => {
  it('is empty when every source is a bare link, so a plain export stays plain', () => {
    expect(plainSource('https://a.example/x').quotesUsOfficial).toBe(false);
    expect(sourceDetails([plainSource('https://a.example/x'), plainSource('https://b.example/y')])).toBe('');
    expect(sourceDetails([])).toBe('');
  });

  it.each(oneFieldEach)('writes every source out when one holds only a %s', (_field, more) => {
    const sources = [source('https://a.example/x', more)];
    const text = sourceDetails(sources);
    expect(text).not.toBe('');
    expect(readSourceDetails(text)).toEqual(sources);
  });

  it('writes the bare links too when only one source of several has more', () => {
    const sources = [plainSource('https://a.example/x'), source('https://b.example/y', { publisher: 'AP' })];
    expect(readSourceDetails(sourceDetails(sources))).toEqual(sources);
  });
});

describe('reading source_details back', () => {
  it('names what is wrong with a cell instead of reading part of it', () => {
    expect(readSourceDetails('{"url": ')).toBe('is not valid JSON');
    expect(readSourceDetails('{"url":"https://a.example"}')).toBe('is not a JSON list of sources');
    expect(readSourceDetails('[42]')).toBe('holds an entry that is not a source');
    expect(readSourceDetails('[null]')).toBe('holds an entry that is not a source');
    expect(readSourceDetails('[{"title":"No link"}]')).toBe('holds a source without a url');
    expect(readSourceDetails('[{"url":""}]')).toBe('holds a source without a url');
    expect(readSourceDetails('[{"url":"https://a.example","kind":"rumour"}]')).toBe(
      'holds a source of unknown kind “rumour”',
    );
  });

  it('quotes at most 30 characters of an unknown kind', () => {
    const kind = 'k'.repeat(40);
    expect(readSourceDetails(`[{"url":"https://a.example","kind":"${kind}"}]`)).toBe(
      `holds a source of unknown kind “${'k'.repeat(30)}”`,
    );
  });

  it('reads a source with no kind, and a known kind', () => {
    expect(readSourceDetails('[{"url":"https://a.example","kind":null}]')).toEqual([
      plainSource('https://a.example'),
    ]);
    expect(readSourceDetails('[{"url":"https://a.example","kind":"official"}]')).toEqual([
      source('https://a.example', { kind: 'official' }),
    ]);
  });

  it('treats empty text and values that are not text as absent, and only true as quoting an official', () => {
    const read = readSourceDetails(
      '[{"url":"https://a.example","title":"","publisher":7,"published":false,"archive":[],"relays":{},"quotesUsOfficial":"yes"}]',
    );
    expect(read).toEqual([plainSource('https://a.example')]);
  });
});

describe("the importer's packed sources", () => {
  it('writes bare links one per line and nothing for no sources', () => {
    expect(encodeSources([])).toBeNull();
    expect(encodeSources([plainSource('https://a.example/x'), plainSource('https://b.example/[y]')])).toBe(
      'https://a.example/x\nhttps://b.example/[y]',
    );
    expect(encodeSources([plainSource('https://a.example/x[')])).toBe('https://a.example/x[');
  });

  it('writes JSON when a link alone cannot be told apart from JSON or holds a line break', () => {
    for (const sources of [
      [plainSource('[a bracketed name]')],
      [plainSource('https://a.example/x'), plainSource('two\nlines')],
      [plainSource('https://a.example/x'), source('https://b.example/y', { title: 'A title' })],
    ]) {
      const text = encodeSources(sources);
      expect(text?.startsWith('[')).toBe(true);
      expect(decodeSources(text)).toEqual(sources);
    }
  });

  it('reads nothing from an empty cell', () => {
    expect(decodeSources(null)).toEqual([]);
    expect(decodeSources('')).toEqual([]);
  });

  it('reads links one per line', () => {
    expect(decodeSources('https://a.example/x\nhttps://b.example/y')).toEqual([
      plainSource('https://a.example/x'),
      plainSource('https://b.example/y'),
    ]);
  });

  it('keeps a cell that starts like JSON but is not a list of sources as a link', () => {
    expect(decodeSources('[Ministry statement]')).toEqual([plainSource('[Ministry statement]')]);
    expect(decodeSources('[{"title":"no link"}]')).toEqual([plainSource('[{"title":"no link"}]')]);
  });
});
