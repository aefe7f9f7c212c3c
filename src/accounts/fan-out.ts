import pLimit from 'p-limit';
import { isUserError } from '../user-error';
import type { AccountTarget } from './account-targets';

/** Where a multi-account run stands, for a progress line. */
export interface AccountProgress {
  /** Accounts finished, evaluated or failed. */
  done: number;
  total: number;
  /** Accounts being fetched now, in the order they started. */
  current: string[];
}

export type AccountResult<T> =
  | { target: AccountTarget; ok: true; value: T }
  | { target: AccountTarget; ok: false; error: string };

export interface FanOutOptions<T> {
  targets: readonly AccountTarget[];
  /** Accounts worked on at once (at least 1). */
  concurrency: number;
  /** Fetches and evaluates one account. A UserError is that account's failure; the others go on. */
  work: (target: AccountTarget) => Promise<T>;
  progress?: (progress: AccountProgress) => void;
}

/**
 * Works on every account with at most `concurrency` at once and returns one result per account, in
 * the order of `targets` (not of completion, so documents do not depend on timing). Each account
 * has its own retries and time budget inside `work`, so a throttled or slow account delays only
 * itself. Anything that is not a UserError is our own bug: the other accounts still finish (no
 * half-done requests are left behind), then the first such error is thrown with its stack.
 */
export async function fanOut<T>(options: FanOutOptions<T>): Promise<AccountResult<T>[]> {
  const { targets, work, progress } = options;
  const limit = pLimit(Math.max(1, Math.floor(options.concurrency)));
  const current: string[] = [];
  let done = 0;
  const report = () => progress?.({ done, total: targets.length, current: [...current] });

  report();
  const settled = await Promise.allSettled(
    targets.map((target) =>
      limit(async (): Promise<AccountResult<T>> => {
        current.push(target.accountId);
        report();
        try {
          return { target, ok: true, value: await work(target) };
        } catch (error) {
          if (!isUserError(error)) throw error;
          return { target, ok: false, error: error.message };
        } finally {
          current.splice(current.indexOf(target.accountId), 1);
          done += 1;
          report();
        }
      }),
    ),
  );

  const results: AccountResult<T>[] = [];
  for (const outcome of settled) {
    if (outcome.status === 'rejected') throw outcome.reason;
    results.push(outcome.value);
  }
  return results;
}
