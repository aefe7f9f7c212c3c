import type { Severity } from '../rules/types';
import type { Finding } from './types';

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };

/** Plain code-unit order, never locale-dependent, with null first: the same order on every machine. */
function compareText(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return a < b ? -1 : 1;
}

/** Account, user, credential: the order within one severity and rule. */
function compareWithinRule(a: Finding, b: Finding): number {
  return compareText(a.account, b.account) || compareText(a.user, b.user) || compareText(a.credential, b.credential);
}

export function compareFindings(a: Finding, b: Finding): number {
  return SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || compareText(a.rule, b.rule) || compareWithinRule(a, b);
}

/**
 * Severity, rule, account, user, credential; ties keep report order. The same order as sorting
 * by compareFindings (both sorts are stable), in two steps: findings are first grouped by
 * severity and rule (a handful of groups, each filled in report order), so only each group is
 * sorted, by the three keys left. A large account has thousands of findings of few rules.
 */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    const key = `${SEVERITY_RANK[finding.severity]}${finding.rule}`;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [finding]);
    else group.push(finding);
  }
  const sorted: Finding[] = [];
  for (const key of [...groups.keys()].sort(compareText)) {
    const group = groups.get(key) ?? [];
    group.sort(compareWithinRule);
    for (const finding of group) sorted.push(finding);
  }
  return sorted;
}
