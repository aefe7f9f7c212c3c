import { describe, expect, it } from 'vitest';
import type { Counts, FailOn } from '../../src/evaluate/types';
import { decideVerdict } from '../../src/evaluate/verdict';

const counts = (error: number, warning: number, notice: number, exempted = 0): Counts => ({
  error,
  warning,
  notice,
  exempted,
});

describe('decideVerdict', () => {
  it.each<[FailOn, Counts, string]>([
    ['error', counts(0, 0, 0), 'pass'],
    ['error', counts(1, 0, 0), 'fail'],
    ['error', counts(0, 5, 5), 'pass'],
    ['warning', counts(0, 0, 0), 'pass'],
    ['warning', counts(1, 0, 0), 'fail'],
    ['warning', counts(0, 1, 0), 'fail'],
    ['warning', counts(0, 0, 3), 'pass'],
    ['never', counts(4, 4, 4), 'pass'],
    ['error', counts(0, 0, 0, 9), 'pass'],
    ['warning', counts(0, 0, 0, 9), 'pass'],
  ])('fail-on %s with %o → %s', (failOn, given, verdict) => {
    expect(decideVerdict(given, failOn, [])).toBe(verdict);
  });

  it('is error whenever something could not be evaluated, whatever fail-on says', () => {
    for (const failOn of ['error', 'warning', 'never'] as const) {
      expect(decideVerdict(counts(0, 0, 0), failOn, ['account 1 failed'])).toBe('error');
      expect(decideVerdict(counts(3, 0, 0), failOn, ['bad policy'])).toBe('error');
    }
  });
});
