import { FindingIndex } from '../evaluate/finding-identity';
import type { Finding } from '../evaluate/types';

/**
 * Findings about a row that count toward the verdict. Run-level findings (an exemption unused or
 * expired, a missing root row) are about the policy or the report, not about a credential: the
 * rule and exemption changes already say what the edit did to them.
 */
function counts(finding: Finding): boolean {
  return !finding.exempted && finding.user !== null;
}

/** The findings of `from` that count there and have no counting finding of the same identity in `to`. */
function missingIn(from: readonly Finding[], to: readonly Finding[]): Finding[] {
  const index = new FindingIndex<true>();
  for (const finding of to) if (counts(finding)) index.add(finding, true);
  return from.filter((finding) => counts(finding) && index.lookup(finding).length === 0);
}

/**
 * `hidden`: counted under compare-policy (`before`), not under policy (`after`): absent, or exempted.
 * `added`: the reverse. Hash joins on the finding identity, linear in the findings.
 */
export function compareFindings(before: readonly Finding[], after: readonly Finding[]): { hidden: Finding[]; added: Finding[] } {
  return { hidden: missingIn(before, after), added: missingIn(after, before) };
}
