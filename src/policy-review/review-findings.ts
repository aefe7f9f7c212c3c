import { evaluate } from '../evaluate/evaluate';
import { detachFromReport } from '../evaluate/evaluate-incremental';
import { sortFindings } from '../evaluate/sort-findings';
import type { Finding, ReportInput } from '../evaluate/types';
import type { Policy } from '../policy/types';
import { compareFindings } from './compare-findings';

export interface ReviewedFindings {
  hidden: Finding[];
  added: Finding[];
}

/** The findings side of the review, fed one account at a time. */
export interface FindingsReview {
  /** Evaluates `report` under the compare-policy and joins it with `after`, its findings under the policy. */
  add(report: ReportInput, after: readonly Finding[]): void;
  finish(): ReviewedFindings;
}

/**
 * Several accounts: each report is evaluated under the compare-policy while its rows are at hand,
 * and joined at once with its findings under the policy. A finding's identity includes its account,
 * so joining account by account is the same join as over the whole run; only the hidden findings
 * are kept, never a second copy of the run's findings (100 accounts × 5 000 users stay in memory budget).
 */
export function startFindingsReview(comparePolicy: Policy, now: number): FindingsReview {
  const hidden: Finding[] = [];
  const added: Finding[] = [];
  return {
    add(report, after) {
      const before = evaluate({ reports: [report], policy: comparePolicy, now }).findings;
      const part = compareFindings(before, after);
      // Detached like the run's own findings, so no hidden finding keeps its account's CSV alive.
      for (const finding of part.hidden) hidden.push(detachFromReport(finding));
      for (const finding of part.added) added.push(finding);
    },
    finish() {
      return { hidden: sortFindings(hidden), added: sortFindings(added) };
    },
  };
}
