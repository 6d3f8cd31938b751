/**
 * index.html preloads the built-in data files so they download alongside the app's JS: the
 * preloaded URLs must be exactly the ones the app fetches, or the browser downloads each twice.
 */
import { describe, expect, it } from 'vitest';
import { PRELOADED_DATA } from '../../scripts/build/preload-plugin';
import { DATA_FILES } from '../../src/data/fetch-dataset';

describe('data preload', () => {
  it('preloads exactly the files the built-in loader fetches', () => {
    expect([...PRELOADED_DATA].sort()).toEqual(Object.values(DATA_FILES).sort());
  });
});
