import { countFindings } from '../evaluate/evaluate-incremental';
import type { BaselineSummary, Counts, Finding } from '../evaluate/types';

/**
 * The counts the verdict is decided on. With `new-only`, only the findings marked `new` (and not
 * exempted) count, so an old violation that was already there in the baseline never fails the
 * run; `fail-on` still picks the severities. Otherwise every finding not exempted counts.
 */
export function verdictCounts(findings: readonly Finding[], counts: Counts, baseline: BaselineSummary | null): Counts {
  if (baseline === null || !baseline.newOnly) return counts;
  return countFindings(findings.filter((finding) => finding.baseline === 'new'));
}
