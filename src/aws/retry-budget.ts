/**
 * Time for everything the gate does against AWS comes out of one budget (`max-wait-seconds`):
 * credentials, generation, polling and retries. Waits grow exponentially with full jitter so
 * many accounts generating at once spread out instead of throttling each other, and no wait
 * ever runs past the deadline.
 */

/** The only source of time and randomness for the AWS adapter; tests inject an instant one. */
export interface AwsClock {
  now(): number;
  sleep(ms: number): Promise<void>;
  random(): number;
}

export const systemClock: AwsClock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  random: () => Math.random(),
};

export const FIRST_BACKOFF_CEILING_MS = 1_000;
export const MAX_BACKOFF_MS = 10_000;
/** A floor so that an unlucky draw near zero never turns polling into a tight loop. */
export const MIN_BACKOFF_MS = 50;

/**
 * Full jitter: a uniform draw below min(cap, base × 2^attempt). Attempt 0 waits under 1 s,
 * and no wait exceeds 10 s.
 */
export function backoffDelayMs(attempt: number, random: number): number {
  const ceiling = Math.min(MAX_BACKOFF_MS, FIRST_BACKOFF_CEILING_MS * 2 ** Math.max(0, attempt));
  const drawn = Math.floor(Math.min(Math.max(random, 0), 1) * ceiling);
  return Math.min(ceiling - 1, Math.max(MIN_BACKOFF_MS, drawn));
}

export class RetryBudget {
  readonly startedAt: number;
  readonly deadline: number;
  private waits = 0;

  constructor(
    readonly clock: AwsClock,
    readonly maxWaitMs: number,
  ) {
    this.startedAt = clock.now();
    this.deadline = this.startedAt + Math.max(0, maxWaitMs);
  }

  remainingMs(): number {
    return Math.max(0, this.deadline - this.clock.now());
  }

  elapsedMs(): number {
    return Math.max(0, this.clock.now() - this.startedAt);
  }

  /** "max-wait-seconds (120 s)": the limit as the user set it, for messages. */
  describeLimit(): string {
    return `max-wait-seconds (${Math.round(this.maxWaitMs / 1000)} s)`;
  }

  expired(): boolean {
    return this.remainingMs() <= 0;
  }

  /**
   * Sleeps the next backoff delay, cut to the time left. Returns false when no time is left
   * afterwards, so the caller fails closed instead of trying again past the deadline.
   */
  async backoff(): Promise<boolean> {
    const delay = backoffDelayMs(this.waits, this.clock.random());
    this.waits += 1;
    const remaining = this.remainingMs();
    if (remaining <= 0) return false;
    await this.clock.sleep(Math.min(delay, remaining));
    return !this.expired();
  }
}

export function formatDuration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  if (seconds < 120) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`;
}
