// @vitest-environment jsdom
/**
 * The views kept for history entries and the record of the view left: what a reload or a
 * return to an entry opens when the browser could not be told in time. Each `keptViews(window)`
 * is one page's life; a second one on the same window is the page after a reload.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { keptViews, type LeftView } from '../../src/store/kept-views';

const LAST = 'incident-atlas:last-left';
const left: LeftView = { entry: 'ab-2', addresses: ['?v=1', '?v=1&q=towe'], query: '?v=1&q=tower' };

/** A window whose sessionStorage is refused outright (sandboxed frame) or refuses writes (quota). */
function windowWith(storage: () => Storage): Window {
  return new Proxy(window, {
    get: (target, key) => (key === 'sessionStorage' ? storage() : Reflect.get(target, key)),
  });
}

beforeEach(() => window.sessionStorage.clear());

describe('views kept for entries', () => {
  it('a view kept by one page is opened by the next, once', () => {
    keptViews(window).keep('ab-1', '?v=1&q=tanf');
    const reloaded = keptViews(window);
    expect(reloaded.take('ab-1')).toBe('?v=1&q=tanf');
    expect(reloaded.take('ab-1')).toBeUndefined();
    expect(keptViews(window).take('ab-1')).toBeUndefined();
  });

  it('an entry written since has nothing kept, in this page or the next', () => {
    const kept = keptViews(window);
    kept.keep('ab-1', '?v=1&q=tanf');
    kept.keep('ab-2', '?v=1&q=asad');
    kept.forget('ab-1');
    expect(keptViews(window).take('ab-1')).toBeUndefined();
    expect(kept.take('ab-1')).toBeUndefined();
    // Only that entry's.
    expect(kept.take('ab-2')).toBe('?v=1&q=asad');
  });

  it('without storage (refused, or full), Back and Forward within the page still work', () => {
    const refused = keptViews(
      windowWith(() => {
        throw new DOMException('denied', 'SecurityError');
      }),
    );
    refused.keep('ab-1', '?v=1&q=tanf');
    expect(refused.take('ab-1')).toBe('?v=1&q=tanf');
    refused.keepLeft(left);
    expect(refused.takeLeft()).toEqual(left);

    const full = Object.create(window.sessionStorage) as Storage;
    const quota = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    Object.assign(full, { setItem: quota, getItem: quota, removeItem: quota });
    const kept = keptViews(windowWith(() => full));
    kept.keep('ab-1', '?v=1&q=tanf');
    expect(kept.take('ab-1')).toBe('?v=1&q=tanf');
    kept.keepLeft(left);
    expect(kept.takeLeft()).toEqual(left);
  });
});

describe('the view left', () => {
  it('is read by the next page once, and each leave replaces the last', () => {
    keptViews(window).keepLeft({ ...left, query: '?v=1&q=old' });
    keptViews(window).keepLeft(left);
    const reloaded = keptViews(window);
    expect(reloaded.takeLeft()).toEqual(left);
    expect(reloaded.takeLeft()).toBeUndefined();
    expect(keptViews(window).takeLeft()).toBeUndefined();
  });

  it.each([
    ['not JSON', '{"entry":'],
    ['empty', ''],
    ['null', 'null'],
    ['an entry that is not text', JSON.stringify({ ...left, entry: 2 })],
    ['a view that is not text', JSON.stringify({ ...left, query: ['?v=1'] })],
    ['addresses that are not a list', JSON.stringify({ ...left, addresses: '?v=1' })],
    ['an address that is not text', JSON.stringify({ ...left, addresses: ['?v=1', 7] })],
  ])('a record written by someone else or damaged (%s) is ignored', (_, text) => {
    window.sessionStorage.setItem(LAST, text);
    expect(keptViews(window).takeLeft()).toBeUndefined();
  });
});
