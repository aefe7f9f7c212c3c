import { describe, expect, it } from 'vitest';
import { ageInDays, ageOf, isoOf } from '../../src/rules/age';
import { DAY, NA, NO_INFO, NOT_SUPPORTED, NOW, SECOND } from '../support/row-builder';

describe('ageInDays', () => {
  it('counts whole days, rounding down', () => {
    expect(ageInDays(NOW, NOW)).toBe(0);
    expect(ageInDays(NOW - DAY + 1, NOW)).toBe(0);
    expect(ageInDays(NOW - DAY, NOW)).toBe(1);
    expect(ageInDays(NOW - 90 * DAY, NOW)).toBe(90);
    expect(ageInDays(NOW - 90 * DAY - SECOND, NOW)).toBe(90);
    expect(ageInDays(NOW - 91 * DAY + SECOND, NOW)).toBe(90);
  });

  it('gives a future timestamp age 0', () => {
    expect(ageInDays(NOW + SECOND, NOW)).toBe(0);
    expect(ageInDays(NOW + 30 * DAY, NOW)).toBe(0);
  });
});

describe('date columns', () => {
  it('have no age or instant for any sentinel', () => {
    for (const field of [NA, NO_INFO, NOT_SUPPORTED]) {
      expect(ageOf(field, NOW)).toBeNull();
      expect(isoOf(field)).toBeNull();
    }
  });

  it('turn a date into its age and ISO text', () => {
    expect(ageOf({ kind: 'date', at: NOW - 3 * DAY }, NOW)).toBe(3);
    expect(isoOf({ kind: 'date', at: Date.parse('2026-07-01T09:00:00Z') })).toBe('2026-07-01T09:00:00.000Z');
  });
});
