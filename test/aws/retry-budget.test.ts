import { describe, expect, it } from 'vitest';
import {
  backoffDelayMs,
  formatDuration,
  MAX_BACKOFF_MS,
  pollDelayMs,
  RetryBudget,
  slowPollDelayMs,
  steadyPollDelayMs,
} from '../../src/aws/retry-budget';
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

describe('pollDelayMs', () => {
  it('polls a young generation every 300 ms ±20 %', () => {
    expect(steadyPollDelayMs(0)).toBe(240);
    expect(steadyPollDelayMs(0.5)).toBe(300);
    expect(steadyPollDelayMs(0.75)).toBe(330);
    expect(steadyPollDelayMs(1)).toBe(360);
    expect(pollDelayMs(0, 0, 0.5)).toBe(300);
    expect(pollDelayMs(5_999, 0, 0.25)).toBe(270);
  });

  it('after 6 s of waiting, doubles a ceiling from 600 ms per poll with full jitter, capped at 10 s', () => {
    // The same draw just before and at 6 s: the last steady poll (±20 %), then the first slow one (below 600).
    expect(pollDelayMs(5_999, 0, 0.999)).toBe(360);
    expect(pollDelayMs(6_000, 0, 0.999)).toBe(599);
    expect([0, 1, 2, 3, 4, 5, 30].map((poll) => pollDelayMs(6_000, poll, 0.5))).toEqual([300, 600, 1200, 2400, 4800, 5000, 5000]);
    expect([0, 1, 2, 3, 4, 5, 30].map((poll) => slowPollDelayMs(poll, 0.999))).toEqual([599, 1198, 2397, 4795, 9590, 9990, 9990]);
    for (let poll = 0; poll < 60; poll += 1) expect(slowPollDelayMs(poll, 1)).toBeLessThan(MAX_BACKOFF_MS);
  });

  it('never returns zero after the steady phase either', () => {
    expect(slowPollDelayMs(0, 0)).toBe(50);
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

describe('RetryBudget.poll', () => {
  it('polls every 300 ms for the first 6 s of a generation, then doubles up to the 10 s cap', async () => {
    const fake = fakeClock({ random: () => 0.5 });
    const budget = new RetryBudget(fake.clock, 300_000);
    for (let i = 0; i < 27; i += 1) expect(await budget.poll()).toBe(true);
    // 20 steady polls (0–5.7 s), then half of each ceiling 600, 1200, 2400, 4800, 9600, 10 000, 10 000.
    expect(fake.sleeps).toEqual([...Array<number>(20).fill(300), 300, 600, 1200, 2400, 4800, 5000, 5000]);
  });

  it('measures the 6 s from the first poll, including time spent elsewhere (calls, failure backoffs)', async () => {
    const fake = fakeClock({ random: () => 0.5 });
    const budget = new RetryBudget(fake.clock, 300_000);
    await budget.poll();
    fake.advance(5_400); // 5.7 s after the first poll: still steady
    await budget.poll();
    await budget.poll(); // 6 s: slow (half of 600), and the next one doubles
    await budget.poll();
    expect(fake.sleeps).toEqual([300, 300, 300, 600]);
  });

  it('starts again at the steady interval when a new generation starts', async () => {
    const fake = fakeClock({ random: () => 0.5 });
    const budget = new RetryBudget(fake.clock, 300_000);
    fake.advance(1_000);
    await budget.poll();
    fake.advance(20_000);
    await budget.poll();
    await budget.poll();
    budget.restartPolling();
    await budget.poll();
    await budget.poll();
    // Steady 300; slow 300, 600 (20 s in); after the restart steady again, not the next slow 1200.
    expect(fake.sleeps).toEqual([300, 300, 600, 300, 300]);
  });

  it('keeps the failure backoff apart from polls: polls neither advance nor reset it', async () => {
    const fake = fakeClock({ random: () => 0.5 });
    const budget = new RetryBudget(fake.clock, 300_000);
    await budget.backoff();
    await budget.poll();
    await budget.poll();
    await budget.backoff();
    await budget.poll();
    await budget.backoff();
    // Failures 500, 1000, 2000 (the exponent only counts failures); polls 300 throughout.
    expect(fake.sleeps).toEqual([500, 300, 300, 1000, 300, 2000]);
  });

  it('cuts a poll to the deadline and then says no time is left', async () => {
    const fake = fakeClock({ random: () => 1 });
    const budget = new RetryBudget(fake.clock, 600);
    expect(await budget.poll()).toBe(true); // 360
    expect(await budget.poll()).toBe(false); // 360 > 240 left: cut
    expect(fake.sleeps).toEqual([360, 240]);
    expect(budget.expired()).toBe(true);
    expect(await budget.poll()).toBe(false);
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
