/**
 * Free text as the search box and a link keep it: cut to MAX_TEXT code units, the cut made
 * after spaces are settled, so a long text keeps as much as it can and never ends in a space.
 */
import { describe, expect, it } from 'vitest';
import { cleanText, MAX_TEXT } from '../../src/data/values';

describe('cleanText at its length limit', () => {
  it('does not spend the limit on spaces before the text', () => {
    const words = 'a'.repeat(MAX_TEXT);
    expect(cleanText(`   ${words}`)).toBe(words);
  });

  it('leaves no space at the end when the cut falls just after one', () => {
    const text = `${'a'.repeat(MAX_TEXT - 1)} bcd`;
    expect(cleanText(text)).toBe('a'.repeat(MAX_TEXT - 1));
    // What it returns reads back unchanged, as a link needs.
    expect(cleanText(cleanText(text))).toBe(cleanText(text));
  });
});
