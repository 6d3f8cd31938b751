import { describe, expect, it } from 'vitest';
import { matchesSearch } from '../../src/data/filter-events';
import { parseDataset } from '../../src/data/parse-dataset';
import { normaliseSearch } from '../../src/data/search-text';
import { rawFiles, SITES } from '../support/fixture';

const dataset = parseDataset(rawFiles());
const find = (q: string) => dataset.events.filter((e) => matchesSearch(e, q)).map((e) => e.id);

describe('normaliseSearch', () => {
  it('folds case, diacritics, punctuation and spacing', () => {
    expect(normaliseSearch('  Ayn   al-Asad ')).toBe('ayn al asad');
    expect(normaliseSearch('Āyn ál-Asād')).toBe('ayn al asad');
    expect(normaliseSearch('Al‐Asad')).toBe('al asad');
  });

  it('drops the ayn and hamza marks, which are letters, not punctuation', () => {
    expect(normaliseSearch('ʿAyn al-Asad')).toBe('ayn al asad');
    expect(normaliseSearch('Shaʾbi')).toBe('shabi');
  });

  it('drops invisible bidi overrides and zero-width characters', () => {
    expect(normaliseSearch('Ta\u202Enf\u200B')).toBe('tanf');
  });
});

describe('matchesSearch', () => {
  const asad = ['e2-asad', 'e6-asad-strike'];
  it('finds the base by every spelling', () => {
    expect(find('Ain al-Asad')).toEqual(asad);
    expect(find('Ayn al-Asad')).toEqual(asad);
    expect(find('Al-Asad')).toEqual(asad);
    expect(find('ʿayn AL ASAD')).toEqual(asad);
    expect(find('Āin al-Asād')).toEqual(asad);
  });

  it('searches claimants and needs every word', () => {
    expect(find('islamic resistance')).toEqual(['e1-tanf', 'e3-shaddadi']);
    expect(find('islamic tanf')).toEqual(['e1-tanf']);
    expect(find('')).toHaveLength(dataset.events.length);
    expect(find('nothing-like-this')).toEqual([]);
  });
});

describe('Arabic search', () => {
  it('drops vowel marks (tashkeel) and the tatweel stretch', () => {
    expect(normaliseSearch('قَاعِدَةُ التَّنْف')).toBe(normaliseSearch('قاعدة التنف'));
    expect(normaliseSearch('التــنــف')).toBe(normaliseSearch('التنف'));
  });

  it('folds the hamza forms of alef, alef maqsura and taa marbuta', () => {
    expect(normaliseSearch('عين الأسد')).toBe(normaliseSearch('عين الاسد'));
    expect(normaliseSearch('إربيل')).toBe(normaliseSearch('اربيل'));
    expect(normaliseSearch('آل')).toBe(normaliseSearch('ال'));
    expect(normaliseSearch('المدى')).toBe(normaliseSearch('المدي'));
    expect(normaliseSearch('قاعدة')).toBe(normaliseSearch('قاعده'));
  });

  it('reads Arabic-Indic digits as digits and Arabic punctuation as a space', () => {
    expect(normaliseSearch('البرج ٢٢')).toBe(normaliseSearch('البرج 22'));
    expect(normaliseSearch('الشدادي، الحسكة')).toBe(normaliseSearch('الشدادي الحسكة'));
  });

  it('still tells different letters apart', () => {
    expect(normaliseSearch('التنف')).not.toBe(normaliseSearch('التنق'));
  });
});

describe('searching by the Arabic name of a place', () => {
  const withArabic = parseDataset(
    rawFiles({
      sites: {
        type: 'FeatureCollection',
        version: 'test',
        features: SITES.map((s) =>
          s.id === 'al-asad' ? { ...s, properties: { ...s.properties, nameAr: 'قاعدة عين الأسد' } } : s,
        ),
      },
    }),
  );
  const findAr = (q: string) => withArabic.events.filter((e) => matchesSearch(e, q)).map((e) => e.id);

  it('finds the events at a place however the Arabic is typed', () => {
    expect(findAr('عين الأسد')).toEqual(['e2-asad', 'e6-asad-strike']);
    expect(findAr('عَيْن الاسد')).toEqual(['e2-asad', 'e6-asad-strike']);
    expect(findAr('التنف')).toEqual([]);
  });
});
