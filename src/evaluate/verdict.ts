import type { Counts, FailOn, Verdict } from './types';

/**
 * `error` whenever anything could not be evaluated, whatever `fail-on` says: the gate never fails open.
 * Exempted findings are not in the severity counts, so they never fail the run; notices never do either.
 */
export function decideVerdict(counts: Counts, failOn: FailOn, errors: readonly string[]): Verdict {
  if (errors.length > 0) return 'error';
  switch (failOn) {
    case 'never':
      return 'pass';
    case 'error':
      return counts.error > 0 ? 'fail' : 'pass';
    case 'warning':
      return counts.error + counts.warning > 0 ? 'fail' : 'pass';
  }
}
