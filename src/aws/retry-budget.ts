/**
 * Time for everything the gate does against AWS comes out of one budget (`max-wait-seconds`):
 * credentials, generation, polling and retries. Two schedules share it, and no wait of either
 * ever runs past the deadline:
 * - failures (throttling, LimitExceeded, 5xx, network errors) back off exponentially with full
 *   jitter, so many accounts failing at once spread out instead of throttling each other;
 * - a report being generated is polled at a short steady interval first, because a generation
 *   usually takes seconds and the gate should notice it is done soon after; a generation that
 *   runs long is then polled less and less often, so it does not hammer the API.
 */
import type { InputLabel } from '../settings/input-label';


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

/**
 * The steady poll interval while a generation is young; ±20 % jitter keeps accounts from polling
 * in step. Short because the gate notices a finished generation half an interval late on average,
 * and with many accounts that pick-up delay is most of the time spent beyond the generation itself.
 */
export const POLL_INTERVAL_MS = 300;
export const POLL_JITTER = 0.2;
/**
 * How long a generation is polled at the steady interval before polls grow apart. Sized in calls,
 * not time: 20 steady polls, as many as the steady phase has always made, so the short interval
 * does not make a generation that runs long cost more calls before its polls spread out.
 */
export const STEADY_POLLING_MS = 6_000;

/** A steady poll: POLL_INTERVAL_MS ± 20 %, uniform (240–360 ms). */
export function steadyPollDelayMs(random: number): number {
  const unit = Math.min(Math.max(random, 0), 1);
  return Math.round(POLL_INTERVAL_MS * (1 - POLL_JITTER + 2 * POLL_JITTER * unit));
}

/**
 * A poll after the steady phase: full jitter below a ceiling that starts at twice the steady
 * interval and doubles per poll (0.6, 1.2, 2.4, 4.8, 9.6 s), capped at 10 s. Floored like the
 * failure backoff so a draw near zero is still a wait.
 */
export function slowPollDelayMs(slowPolls: number, random: number): number {
  const ceiling = Math.min(MAX_BACKOFF_MS, POLL_INTERVAL_MS * 2 ** (Math.max(0, slowPolls) + 1));
  const drawn = Math.floor(Math.min(Math.max(random, 0), 1) * ceiling);
  return Math.min(ceiling - 1, Math.max(MIN_BACKOFF_MS, drawn));
}

/**
 * The wait before the next poll of a generation that has been waited on for `waitedMs`, of which
 * `slowPolls` polls were already past the steady phase.
 */
export function pollDelayMs(waitedMs: number, slowPolls: number, random: number): number {
  return waitedMs < STEADY_POLLING_MS ? steadyPollDelayMs(random) : slowPollDelayMs(slowPolls, random);
}

export class RetryBudget {
  readonly startedAt: number;
  readonly deadline: number;
  /** Failure backoffs so far in this budget: the exponent of the next one. */
  private failures = 0;
  /** When the wait on the current generation began (its first in-progress answer); null before one. */
  private pollingSince: number | null = null;
  private slowPolls = 0;

  constructor(
    readonly clock: AwsClock,
    readonly maxWaitMs: number,
    /** How messages name the limit: the action's `max-wait-seconds` (default), the CLI's `--max-wait-seconds`. */
    private readonly label: InputLabel | null = null,
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
    return `${this.label === null ? 'max-wait-seconds' : this.label('max-wait-seconds')} (${Math.round(this.maxWaitMs / 1000)} s)`;
  }

  /** The setting to raise, for advice: `` `max-wait-seconds` `` or `--max-wait-seconds`. */
  limitName(): string {
    return this.label === null ? '`max-wait-seconds`' : this.label('max-wait-seconds');
  }

  expired(): boolean {
    return this.remainingMs() <= 0;
  }

  /**
   * After a failure: sleeps the next exponential backoff delay, cut to the time left. Returns
   * false when no time is left afterwards, so the caller fails closed instead of trying again
   * past the deadline. The exponent counts every failure of this budget and is never reset by
   * polls or successes, so a throttled account keeps backing off further.
   */
  async backoff(): Promise<boolean> {
    const delay = backoffDelayMs(this.failures, this.clock.random());
    this.failures += 1;
    return this.sleepWithinDeadline(delay);
  }

  /**
   * After an in-progress answer: sleeps until the next poll of the generation (steady 300 ms ±20 %
   * for its first 6 s, then growing), cut to the time left; returns false when no time is left.
   * The first call starts the generation's clock; failures in between do not stop it, so polling
   * resumes where the elapsed time puts it.
   */
  async poll(): Promise<boolean> {
    const now = this.clock.now();
    this.pollingSince ??= now;
    const waited = now - this.pollingSince;
    const delay = pollDelayMs(waited, this.slowPolls, this.clock.random());
    if (waited >= STEADY_POLLING_MS) this.slowPolls += 1;
    return this.sleepWithinDeadline(delay);
  }

  /** AWS started a new generation: poll it from the steady interval again. */
  restartPolling(): void {
    this.pollingSince = null;
    this.slowPolls = 0;
  }

  private async sleepWithinDeadline(delay: number): Promise<boolean> {
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
