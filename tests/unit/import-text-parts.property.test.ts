/**
 * The worker sends its text dictionaries to the page in parts (text-parts.ts), each copied as
 * a message of its own. Whatever the texts (emoji and other characters outside the basic plane
 * included) and however small the parts, the page must put back exactly the columns the worker
 * built, and build exactly the same events from them.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { datasetFromColumns } from '../../src/data/dataset-from-columns';
import { type EventColumns, TEXT_FIELDS } from '../../src/data/event-columns';
import type { Site } from '../../src/data/model';
import { plainSource } from '../../src/data/source-codec';
import { ColumnsBuilder, type Draft } from '../../src/import/columns-builder';
import { partChars, TextAssembler, takeTextParts } from '../../src/import/text-parts';
import { propertyRuns } from '../support/property-runs';

const SLOW = { timeout: 60_000 };

const SITE: Site = {
  id: 'place-0',
  name: 'Place 0',
  altNames: [],
  nameAr: null,
  nameArSource: null,
  country: 'IQ',
  admin1: null,
  kind: 'other',
  coordPrecision: 'town',
  coordSource: 'test',
  notes: null,
  lon: 44,
  lat: 33,
};

/** Any text, by code point, so surrogate pairs land on every possible cut. */
const text = fc.string({ unit: 'binary', maxLength: 12 });

const draft: fc.Arbitrary<Draft> = fc
  .record({
    id: fc.string({ unit: 'binary', minLength: 1, maxLength: 6 }),
    day: fc.integer({ min: 19_650, max: 19_660 }),
    claimedBy: fc.option(text, { nil: null }),
    summary: text,
    notes: fc.option(text, { nil: null }),
    url: fc.webUrl(),
  })
  .map(
    (d): Draft => ({
      id: d.id,
      day: d.day,
      dayEnd: d.day,
      timeUtc: null,
      datePrecision: 'exact',
      site: 0,
      country: 'IQ',
      type: 'rocket_attack',
      direction: 'attack_on_us',
      status: 'claimed_only',
      claimedBy: d.claimedBy,
      attributedTo: null,
      weapons: null,
      casualties: null,
      usKilled: null,
      usWounded: null,
      casualtySource: null,
      summary: d.summary,
      notes: d.notes,
      distinctFrom: [],
      sources: [plainSource(d.url)],
    }),
  );

function columnsOf(drafts: Draft[]): EventColumns {
  const builder = new ColumnsBuilder();
  for (const d of drafts) builder.push(d);
  return builder.finish();
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

describe('the worker’s texts, sent in parts', () => {
  it('come back as the same columns and the same events, at any part size', SLOW, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(draft, { selector: (d) => d.id, maxLength: 40 }),
        fc.integer({ min: 1, max: 50 }),
        async (drafts, size) => {
          const sent = columnsOf(drafts);
          const whole = columnsOf(drafts);
          const parts = takeTextParts(sent, size);
          // What the typed arrays travel with: no text left to copy in that one message.
          for (const f of TEXT_FIELDS) expect(sent.text[f].dict.text).toBe('');
          expect(partChars(parts)).toBe(TEXT_FIELDS.reduce((n, f) => n + whole.text[f].dict.text.length, 0));
          parts.forEach((part, i) => {
            // At most `size` characters, one more only to keep a surrogate pair whole.
            expect(part.text.length).toBeGreaterThan(0);
            expect(part.text.length).toBeLessThanOrEqual(size + 1);
            if (part.text.length === size + 1) expect(isHigh(part.text.charCodeAt(size - 1))).toBe(true);
            // Never cut between the halves of a pair.
            const next = parts[i + 1];
            if (next?.field === part.field)
              expect(
                isHigh(part.text.charCodeAt(part.text.length - 1)) && isLow(next.text.charCodeAt(0)),
              ).toBe(false);
          });
          const page = new TextAssembler();
          // Each part crosses as a message of its own would: copied by structured clone.
          for (const part of parts) page.add(structuredClone(part));
          await page.restore(sent);
          expect(sent).toEqual(whole);
          const [a, b] = await Promise.all([
            datasetFromColumns(sent, [SITE], 'test'),
            datasetFromColumns(whole, [SITE], 'test'),
          ]);
          expect(a.events).toEqual(b.events);
        },
      ),
      { numRuns: propertyRuns(300) },
    );
  });

  it('cut a long text into parts of the given size, in order', async () => {
    const columns = columnsOf([]);
    columns.text.summary.dict.text = 'abcdefghij';
    const parts = takeTextParts(columns, 4);
    expect(parts).toEqual([
      { field: 'summary', text: 'abcd' },
      { field: 'summary', text: 'efgh' },
      { field: 'summary', text: 'ij' },
    ]);
    const page = new TextAssembler();
    for (const part of parts) page.add(part);
    let pauses = 0;
    await page.restore(columns, async () => {
      pauses += 1;
    });
    expect(columns.text.summary.dict.text).toBe('abcdefghij');
    expect(pauses).toBeGreaterThan(0);
  });
});
