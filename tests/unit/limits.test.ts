/** Sizes as the load messages say them: whole bytes, then kB, then MB (one decimal below 10). */
import { describe, expect, it } from 'vitest';
import { formatBytes, MAX_FILE_BYTES } from '../../src/data/limits';

describe('formatBytes', () => {
  it('switches unit exactly at 1 kB and 1 MB', () => {
    expect(formatBytes(1023)).toBe('1023 bytes');
    expect(formatBytes(1024)).toBe('1 kB');
    expect(formatBytes(1024 * 1024 - 1)).toBe('1024 kB');
    expect(formatBytes(1024 * 1024)).toBe('1.0 MB');
  });

  it('gives one decimal below 10 MB and whole megabytes from there', () => {
    expect(formatBytes(9.5 * 1024 * 1024)).toBe('9.5 MB');
    expect(formatBytes(10 * 1024 * 1024)).toBe('10 MB');
    expect(formatBytes(MAX_FILE_BYTES)).toBe('100 MB');
  });
});
