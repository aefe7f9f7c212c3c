import { describe, expect, it } from 'vitest';
import { backoffDelayMs, formatDuration, MAX_BACKOFF_MS, RetryBudget } from '../../src/aws/retry-budget';
import { fakeClock } from '../support/aws-fake-clock';

describe('backoffDelayMs', () => {
  it('keeps the first wait under one second whatever the draw', () => {
    for (const r of [0, 0.3, 0.999999, 1]) expect(backoffDelayMs(0, r)).toBeLessThan(1000);
  });

  it('never waits more than 10 s, even after many attempts', () => {
    for (let attempt = 0; attempt < 60; attempt += 1) expect(backoffDelayMs(attempt, 1)).toBeLessThanOrEqual(MAX_BACKOFF_MS);
  });

  it('doubles the ceiling per attempt (full jitter draws below it)', () => {
    expect(backoffDelayMs(0, 0.5)).toBe(500);
    expect(backoffDelayMs(1, 0.5)).toBe(1000);
    expect(backoffDelayMs(2, 0.5)).toBe(2000);
    expect(backoffDelayMs(3, 0.5)).toBe(4000);
    expect(backoffDelayMs(4, 0.5)).toBe(5000);
  });

  it('never returns zero, so a lucky draw cannot make a tight loop', () => {
    expect(backoffDelayMs(0, 0)).toBeGreaterThan(0);
  });
});

describe('RetryBudget', () => {
  it('sleeps the backoff while time is left and reports whether more is left', async () => {
    const fake = fakeClock({ random: () => 0.5 });
    const budget = new RetryBudget(fake.clock, 10_000);
    expect(await budget.backoff()).toBe(true);
    expect(fake.sleeps).toEqual([500]);
    expect(budget.remainingMs()).toBe(9_500);
    expect(budget.elapsedMs()).toBe(500);
  });

  it('cuts the last wait to the deadline and then says no time is left', async () => {
    const fake = fakeClock({ random: () => 0.999 });
    const budget = new RetryBudget(fake.clock, 2_500);
    expect(await budget.backoff()).toBe(true); // 999
    expect(await budget.backoff()).toBe(false); // 1998 > 1501 left: cut
    expect(fake.sleeps).toEqual([999, 1501]);
    expect(fake.elapsed()).toBe(2_500);
    expect(budget.expired()).toBe(true);
    expect(await budget.backoff()).toBe(false);
    expect(fake.sleeps).toHaveLength(2);
  });
});

describe('formatDuration', () => {
  it.each([
    [0, '0 s'],
    [45_000, '45 s'],
    [119_000, '119 s'],
    [300_000, '5 min'],
    [330_000, '5 min 30 s'],
  ])('%d ms is %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });
});
