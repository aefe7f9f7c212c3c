import { describe, expect, it } from 'vitest';
import { formatCount, formatDays } from '../../src/output/time-text';

describe('formatCount', () => {
  it('groups whole numbers as en-US does', () => {
    for (const value of [0, 7, 999, 1000, 12_345, 999_999, 1_000_000, 171_506, -1, -12_345, 2 ** 53 - 1]) {
      expect(formatCount(value)).toBe(value.toLocaleString('en-US'));
    }
  });

  it('leaves other numbers to the locale', () => {
    for (const value of [1.5, -0.25, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 60]) {
      expect(formatCount(value)).toBe(value.toLocaleString('en-US'));
    }
    expect(formatDays(1_234)).toBe('1,234 days');
  });
});
