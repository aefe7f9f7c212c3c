import type { AwsClock } from '../../src/aws/retry-budget';

export interface FakeClock {
  clock: AwsClock;
  /** Every sleep requested, in order (ms). */
  sleeps: number[];
  /** Virtual ms since the clock was created. */
  elapsed(): number;
  advance(ms: number): void;
}

/**
 * Virtual time: sleeping advances `now` instantly, so backoff and deadlines run in
 * microseconds and the exact waits can be asserted.
 */
export function fakeClock(options: { start?: number; random?: () => number } = {}): FakeClock {
  const start = options.start ?? Date.parse('2026-11-20T12:00:00Z');
  let now = start;
  const sleeps: number[] = [];
  return {
    clock: {
      now: () => now,
      sleep: async (ms) => {
        sleeps.push(ms);
        now += ms;
      },
      random: options.random ?? (() => 0.5),
    },
    sleeps,
    elapsed: () => now - start,
    advance: (ms) => {
      now += ms;
    },
  };
}
