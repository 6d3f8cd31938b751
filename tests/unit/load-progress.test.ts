import { describe, expect, it } from 'vitest';
import { progressText } from '../../src/app/load-status';

describe('the loading progress text', () => {
  it('gives bytes and a percentage when the size is known', () => {
    expect(progressText({ received: 61_440, total: 180_224 })).toBe('60 kB of 176 kB (34%)');
    expect(progressText({ received: 5 * 1024 * 1024, total: 20 * 1024 * 1024 })).toBe(
      '5.0 MB of 20 MB (25%)',
    );
  });

  it('gives bytes alone when the size is unknown, and never more than 100%', () => {
    expect(progressText({ received: 900, total: null })).toBe('900 bytes received');
    expect(progressText({ received: 2048, total: 1024 })).toBe('2 kB of 1 kB (100%)');
  });
});
